import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import type { Notification } from '@opi/contracts';
import { signInAs } from '../../testing/auth';
import { aMe } from '../../testing/factories';
import { aNotification, pageOf } from '../../testing/notifications';
import { text } from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { authInterceptor } from '../auth/auth.interceptor';
import { AuthService } from '../auth/auth.service';
import { Header } from './header';
import { NotificationBell, UNREAD_POLL_MS } from './notification-bell';

@Component({ template: '' })
class Blank {}

describe('NotificationBell', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(aMe(), http);
  });

  afterEach(() => {
    jest.useRealTimers();
    http.verify();
  });

  /** The next request for the unread count (the first goes out on a timer, just after start). */
  async function countRequest(): Promise<TestRequest> {
    const unreadCount = {
      method: 'GET',
      url: '/api/notifications/unread-count',
    };
    for (let wait = 0; wait < 10; wait++) {
      // `match` takes what it finds off the list of open requests.
      const found = http.match(unreadCount);
      if (found.length > 0) {
        expect(found).toHaveLength(1);
        return found[0];
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return http.expectOne(unreadCount);
  }

  async function render(count: number) {
    const fixture = TestBed.createComponent(NotificationBell);
    await fixture.whenStable();
    (await countRequest()).flush({ count });
    await fixture.whenStable();
    return fixture;
  }

  const button = (fixture: ComponentFixture<unknown>) =>
    (fixture.nativeElement as HTMLElement).querySelector(
      'button',
    ) as HTMLElement;
  const badge = (fixture: ComponentFixture<unknown>) =>
    (fixture.nativeElement as HTMLElement).querySelector('.mat-badge-content');
  const badgeHidden = (fixture: ComponentFixture<unknown>) =>
    button(fixture).classList.contains('mat-badge-hidden');
  const menuItems = () => [
    ...document.querySelectorAll('.mat-mdc-menu-panel [mat-menu-item]'),
  ];

  /** Opens the menu by a click and answers its list with `items`. */
  async function openMenu(
    fixture: ComponentFixture<unknown>,
    items: Notification[],
    count = items.filter((n) => n.readAt === null).length,
  ) {
    button(fixture).click();
    fixture.detectChanges();
    const list = http.expectOne(
      (r) => r.method === 'GET' && r.url === '/api/notifications',
    );
    expect(list.request.params.get('page')).toBe('1');
    expect(list.request.params.get('pageSize')).toBe('8');
    expect(list.request.params.has('unread')).toBe(false);
    list.flush(pageOf(items));
    // Opening the menu reads the count again.
    http
      .expectOne({ method: 'GET', url: '/api/notifications/unread-count' })
      .flush({ count });
    await fixture.whenStable();
  }

  it('shows the unread count in a badge and in its accessible name', async () => {
    const fixture = await render(3);

    expect(text(badge(fixture))).toBe('3');
    expect(badgeHidden(fixture)).toBe(false);
    expect(button(fixture).getAttribute('aria-label')).toBe(
      'Notifications, 3 unread',
    );
  });

  it('hides the badge when nothing is unread', async () => {
    const fixture = await render(0);

    expect(badgeHidden(fixture)).toBe(true);
    expect(button(fixture).getAttribute('aria-label')).toBe('Notifications');
  });

  it('caps the badge at 99+', async () => {
    const fixture = await render(250);

    expect(text(badge(fixture))).toBe('99+');
    expect(button(fixture).getAttribute('aria-label')).toBe(
      'Notifications, 250 unread',
    );
  });

  it('names the count in the reader’s language', async () => {
    const fixture = await render(1);
    TestBed.inject(TranslocoService).setActiveLang('fr');
    await fixture.whenStable();

    expect(button(fixture).getAttribute('aria-label')).toBe(
      'Notifications, 1 non lue',
    );
  });

  it('reads the count again after each navigation', async () => {
    const fixture = await render(2);

    await TestBed.inject(Router).navigateByUrl('/needs');
    (await countRequest()).flush({ count: 5 });
    await fixture.whenStable();

    expect(text(badge(fixture))).toBe('5');
  });

  it('reads the count again every minute, and stops when signed out', async () => {
    jest.useFakeTimers();
    const fixture = TestBed.createComponent(NotificationBell);
    fixture.detectChanges();
    jest.advanceTimersByTime(0);
    http.expectOne('/api/notifications/unread-count').flush({ count: 1 });

    jest.advanceTimersByTime(UNREAD_POLL_MS - 1);
    http.expectNone('/api/notifications/unread-count');
    jest.advanceTimersByTime(1);
    http.expectOne('/api/notifications/unread-count').flush({ count: 4 });
    fixture.detectChanges();
    expect(text(badge(fixture))).toBe('4');

    TestBed.inject(AuthService).clear();
    fixture.detectChanges();
    jest.advanceTimersByTime(UNREAD_POLL_MS * 3);
    http.expectNone('/api/notifications/unread-count');
  });

  it('lists the latest notifications when opened, marking the unread ones in words', async () => {
    const fixture = await render(1);

    await openMenu(fixture, [
      aNotification({
        id: 'n1',
        params: {
          fromOrganisation: 'CareSense ApS',
          recordTitle: 'Night-time unrest',
        },
        link: '/partnerships/p1',
      }),
      aNotification({
        id: 'n2',
        kind: 'introductionMade',
        params: { partnershipTitle: 'Sensors in Aarhus' },
        link: '/partnerships/p2',
        readAt: '2026-03-11T09:00:00.000Z',
      }),
    ]);

    const [first, second, markAll, all] = menuItems();
    expect(text(first.querySelector('.bell-item__sentence'))).toBe(
      'CareSense ApS is interested in “Night-time unrest”',
    );
    expect(first.getAttribute('href')).toBe('/partnerships/p1');
    expect(text(first)).toBe(
      'CareSense ApS is interested in “Night-time unrest” Unread Mar 10, 2026',
    );
    expect(text(first.querySelector('.bell-item__date'))).toBe('Mar 10, 2026');
    expect(text(second.querySelector('.bell-item__sentence'))).toBe(
      'You were introduced in “Sensors in Aarhus”',
    );
    expect(second.querySelector('.bell-item__unread')).toBeNull();
    expect(text(markAll)).toBe('Mark all as read');
    expect(text(all)).toBe('All notifications and settings');
    expect(all.getAttribute('href')).toBe('/notifications');
  });

  it('says so when there are no notifications', async () => {
    const fixture = await render(0);

    await openMenu(fixture, []);

    expect(
      text(document.querySelector('.mat-mdc-menu-panel .bell-menu__state')),
    ).toBe('You have no notifications yet.');
    expect(menuItems().map(text)).toEqual([
      'Mark all as read',
      'All notifications and settings',
    ]);
  });

  it('marks a notification read when it is opened from the menu', async () => {
    const fixture = await render(2);
    await openMenu(
      fixture,
      [aNotification({ id: 'n1', link: '/partnerships/p1' }), aNotification()],
      2,
    );

    (menuItems()[0] as HTMLElement).click();
    fixture.detectChanges();

    http
      .expectOne({ method: 'POST', url: '/api/notifications/n1/read' })
      .flush(null, { status: 204, statusText: 'No Content' });
    expect(text(badge(fixture))).toBe('1');
    await fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/partnerships/p1');
    // After it is saved (and after the navigation) the count is read again.
    for (const request of http.match('/api/notifications/unread-count')) {
      if (!request.cancelled) {
        request.flush({ count: 1 });
      }
    }
  });

  it('does not mark a read notification again', async () => {
    const fixture = await render(0);
    await openMenu(fixture, [
      aNotification({ id: 'n1', readAt: '2026-03-11T09:00:00.000Z' }),
    ]);

    (menuItems()[0] as HTMLElement).click();
    fixture.detectChanges();

    http.expectNone({ method: 'POST', url: '/api/notifications/n1/read' });
    await fixture.whenStable();
    for (const request of http.match('/api/notifications/unread-count')) {
      request.flush({ count: 0 });
    }
  });

  it('marks all read', async () => {
    const fixture = await render(2);
    await openMenu(fixture, [aNotification(), aNotification()]);

    (menuItems()[2] as HTMLElement).click();
    fixture.detectChanges();
    http
      .expectOne({ method: 'POST', url: '/api/notifications/read-all' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(badgeHidden(fixture)).toBe(true);
    expect(
      text(
        (fixture.nativeElement as HTMLElement).querySelector('[role=status]'),
      ),
    ).toBe('All notifications are marked as read.');
    http.expectOne('/api/notifications/unread-count').flush({ count: 0 });
  });

  describe('in the header', () => {
    it('stands next to the user menu of signed-in users', async () => {
      const fixture = TestBed.createComponent(Header);
      await fixture.whenStable();
      (await countRequest()).flush({ count: 7 });
      await fixture.whenStable();

      const account = (fixture.nativeElement as HTMLElement).querySelector(
        '.header__account',
      );
      expect(
        [...(account?.children ?? [])].map((el) => el.tagName.toLowerCase()),
      ).toEqual(['opi-notification-bell', 'opi-user-menu']);
      expect(text(account?.querySelector('.mat-badge-content'))).toBe('7');
    });

    it('is not there for visitors', async () => {
      const fixture = TestBed.createComponent(Header);
      await fixture.whenStable();
      (await countRequest()).flush({ count: 0 });

      TestBed.inject(AuthService).clear();
      await fixture.whenStable();

      expect(
        (fixture.nativeElement as HTMLElement).querySelector(
          'opi-notification-bell',
        ),
      ).toBeNull();
    });
  });
});
