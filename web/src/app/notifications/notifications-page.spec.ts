import {
  HttpTestingController,
  type TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { TranslocoService } from '@jsverse/transloco';
import type { Notification, NotificationSettings } from '@opi/contracts';
import { signInAs } from '../../testing/auth';
import { aMe } from '../../testing/factories';
import {
  aNotification,
  pageOf,
  someNotificationSettings,
} from '../../testing/notifications';
import { navigationEnd, openPage, press, text } from '../../testing/page';
import { providePortalTesting } from '../../testing/portal';
import { UnreadNotifications } from './unread-notifications';

type OpenPage = Awaited<ReturnType<typeof openPage>>;

describe('NotificationsPage (/notifications)', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: providePortalTesting(),
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const listRequest = (): TestRequest =>
    http.expectOne((r) => r.method === 'GET' && r.url === '/api/notifications');
  const settingsRequest = (): TestRequest =>
    http.expectOne({ method: 'GET', url: '/api/me/notification-settings' });

  async function open(
    url = '/notifications',
    {
      items = [] as Notification[],
      total = items.length,
      settings = someNotificationSettings(),
    } = {},
  ) {
    signInAs(aMe(), http);
    const opened = await openPage(url, { settled: false });
    const list = listRequest();
    list.flush(pageOf(items, { total }));
    settingsRequest().flush(settings);
    await opened.settle();
    return { ...opened, list: list.request };
  }

  const item = ({ page }: OpenPage, id: string) =>
    page.querySelector<HTMLElement>(`[data-notification="${id}"]`);
  const sentences = ({ page }: OpenPage) =>
    [...page.querySelectorAll('.notification__sentence')].map(text);

  const sensors = 'Night-time sensors in Aarhus';
  const everyKind: Notification[] = [
    aNotification({
      id: 'matches',
      kind: 'strongMatches',
      params: {
        count: 3,
        matches: [
          {
            subjectTitle: 'Night-time unrest',
            candidateTitle: 'NightWatch sensors',
            score: 0.87,
            link: '/needs/n1',
          },
          {
            subjectTitle: 'Night-time unrest',
            candidateTitle: 'Calm lighting',
            score: 0.64,
            link: '/needs/n1?tab=partners',
          },
        ],
      },
      link: '/needs/n1',
    }),
    aNotification({
      id: 'interest',
      kind: 'interestReceived',
      params: {
        fromOrganisation: 'CareSense ApS',
        recordTitle: 'Night-time unrest',
      },
      link: '/partnerships',
    }),
    aNotification({
      id: 'introduced',
      kind: 'introductionMade',
      params: { partnershipTitle: sensors },
      link: '/partnerships/p1',
      readAt: '2026-03-11T08:00:00.000Z',
    }),
    aNotification({
      id: 'stage',
      kind: 'stageChanged',
      params: { partnershipTitle: sensors, stage: 'agreement' },
      link: '/partnerships/p1',
    }),
    aNotification({
      id: 'task',
      kind: 'taskDue',
      params: {
        partnershipTitle: sensors,
        taskTitle: 'Sign the agreement',
        dueDate: '2026-03-14',
      },
      link: '/partnerships/p1',
      createdAt: '2026-03-14T06:00:00.000Z',
    }),
  ];

  it('is for signed-in users only', async () => {
    const opened = await openPage('/notifications');

    expect(opened.router.url).toBe('/login?returnUrl=%2Fnotifications');
  });

  it('writes each kind’s sentence from its values, linking to what it is about', async () => {
    const opened = await open('/notifications', { items: everyKind });

    expect(text(opened.page.querySelector('h1'))).toBe('Notifications');
    expect(sentences(opened)).toEqual([
      '3 new strong matches',
      'CareSense ApS is interested in “Night-time unrest”',
      `You were introduced in “${sensors}”`,
      `“${sensors}” moved to Agreement`,
      `Task “Sign the agreement” in “${sensors}” is due Mar 14, 2026`,
    ]);
    expect(
      item(opened, 'stage')
        ?.querySelector('.notification__link')
        ?.getAttribute('href'),
    ).toBe('/partnerships/p1');

    const matches = [
      ...(item(opened, 'matches')?.querySelectorAll('.notification__match') ??
        []),
    ].map((li) => [text(li), li.querySelector('a')?.getAttribute('href')]);
    expect(matches).toEqual([
      ['Night-time unrest → NightWatch sensors Match 87%', '/needs/n1'],
      ['Night-time unrest → Calm lighting Match 64%', '/needs/n1?tab=partners'],
    ]);

    // Unread ones say so in words, and offer to mark them read.
    expect(
      text(item(opened, 'task')?.querySelector('.notification__meta')),
    ).toBe('Unread Mar 14, 2026 Mark as read');
    expect(
      text(item(opened, 'introduced')?.querySelector('.notification__meta')),
    ).toBe('Mar 10, 2026');
  });

  it('writes the sentences in the reader’s language, with the stage’s own name', async () => {
    const opened = await open('/notifications', { items: everyKind });

    TestBed.inject(TranslocoService).setActiveLang('da');
    await opened.settle();

    expect(sentences(opened)).toEqual([
      '3 nye stærke match',
      'CareSense ApS er interesseret i “Night-time unrest”',
      `I er blevet præsenteret for hinanden i “${sensors}”`,
      `“${sensors}” er flyttet til Aftale`,
      `Opgaven “Sign the agreement” i “${sensors}” har frist 14. mar. 2026`,
    ]);
  });

  it('says one strong match in the singular', async () => {
    const opened = await open('/notifications', {
      items: [
        aNotification({
          kind: 'strongMatches',
          params: { count: 1, matches: [] },
        }),
      ],
    });

    expect(sentences(opened)).toEqual(['1 new strong match']);
  });

  it('asks for the first page of all notifications', async () => {
    const { list } = await open();

    expect(list.params.get('page')).toBe('1');
    expect(list.params.get('pageSize')).toBe('20');
    expect(list.params.has('unread')).toBe(false);
  });

  it('keeps “Unread only” in the address and asks for unread ones', async () => {
    const opened = await open('/notifications', { items: everyKind });

    const filter = await opened.loader.getHarness(
      MatCheckboxHarness.with({ label: 'Unread only' }),
    );
    expect(await filter.isChecked()).toBe(false);
    const navigated = navigationEnd(opened.router);
    // A native click: the harness would wait for the request.
    opened.page
      .querySelector<HTMLElement>('.notifications__filter input')
      ?.click();
    await navigated;
    opened.harness.fixture.detectChanges();

    expect(opened.router.url).toBe('/notifications?unread=true');
    const list = listRequest();
    expect(list.request.params.get('unread')).toBe('true');
    list.flush(pageOf([]));
    await opened.settle();

    expect(await filter.isChecked()).toBe(true);
    expect(text(opened.page.querySelector('.notifications__empty'))).toBe(
      'You have no unread notifications.',
    );
  });

  it('opens with the filter the address holds', async () => {
    const { list, loader } = await open('/notifications?unread=true&page=2');

    expect(list.params.get('unread')).toBe('true');
    expect(list.params.get('page')).toBe('2');
    expect(
      await (
        await loader.getHarness(
          MatCheckboxHarness.with({ label: 'Unread only' }),
        )
      ).isChecked(),
    ).toBe(true);
  });

  it('says when there are no notifications yet', async () => {
    const opened = await open();

    expect(text(opened.page.querySelector('.notifications__empty'))).toBe(
      'You have no notifications yet.',
    );
  });

  it('pages through the notifications', async () => {
    const opened = await open('/notifications', {
      items: everyKind,
      total: 45,
    });

    const paginator = await opened.loader.getHarness(MatPaginatorHarness);
    expect(await paginator.getRangeLabel()).toBe('1–20 of 45');
    const navigated = navigationEnd(opened.router);
    opened.page
      .querySelector<HTMLElement>('.mat-mdc-paginator-navigation-next')
      ?.click();
    await navigated;
    opened.harness.fixture.detectChanges();

    expect(opened.router.url).toBe('/notifications?page=2');
    const list = listRequest();
    expect(list.request.params.get('page')).toBe('2');
    list.flush(pageOf([], { page: 2, total: 45 }));
    await opened.settle();
  });

  it('marks one notification read, keeping the focus on it', async () => {
    const opened = await open('/notifications', { items: everyKind });
    const refresh = jest.spyOn(TestBed.inject(UnreadNotifications), 'refresh');

    press(opened.harness, 'Mark as read');
    const mark = http.expectOne({
      method: 'POST',
      url: '/api/notifications/matches/read',
    });
    expect(mark.request.body).toBeNull();
    mark.flush(null, { status: 204, statusText: 'No Content' });
    await opened.settle();

    expect(
      item(opened, 'matches')?.querySelector('.notification__unread'),
    ).toBeNull();
    expect(item(opened, 'matches')?.querySelector('button')).toBeNull();
    expect(text(opened.page.querySelector('.notifications__status'))).toBe(
      'Marked as read.',
    );
    expect(document.activeElement).toBe(
      item(opened, 'matches')?.querySelector('.notification__link'),
    );
    // The bell reads its count again.
    expect(refresh).toHaveBeenCalled();
  });

  it('marks all read', async () => {
    const opened = await open('/notifications', { items: everyKind });

    press(opened.harness, 'Mark all as read');
    http
      .expectOne({ method: 'POST', url: '/api/notifications/read-all' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await opened.settle();

    expect(opened.page.querySelectorAll('.notification__unread')).toHaveLength(
      0,
    );
    expect(text(opened.page.querySelector('.notifications__status'))).toBe(
      'All notifications are marked as read.',
    );
    expect(
      opened.page.querySelector<HTMLButtonElement>('.notifications__mark-all')
        ?.disabled,
    ).toBe(true);
  });

  it('says when marking read failed', async () => {
    const opened = await open('/notifications', { items: everyKind });

    press(opened.harness, 'Mark all as read');
    http
      .expectOne({ method: 'POST', url: '/api/notifications/read-all' })
      .flush(null, { status: 500, statusText: 'Server Error' });
    await opened.settle();

    expect(text(opened.page.querySelector('.notifications__problem'))).toBe(
      'Something went wrong on our side. Please try again.',
    );
    expect(opened.page.querySelectorAll('.notification__unread')).toHaveLength(
      4,
    );
  });

  describe('settings', () => {
    const row = ({ page }: OpenPage, kind: string) =>
      page.querySelector(`tr[data-kind="${kind}"]`);
    const emailSelect = (opened: OpenPage, kind: string) =>
      opened.loader.getHarness(
        MatSelectHarness.with({ ancestor: `tr[data-kind="${kind}"]` }),
      );
    const optionsOf = async (opened: OpenPage, kind: string) => {
      const select = await emailSelect(opened, kind);
      await select.open();
      const options = await Promise.all(
        (await select.getOptions()).map((o) => o.getText()),
      );
      await select.close();
      return options;
    };

    it('shows a row per kind, with what it shows and how it is e-mailed', async () => {
      const opened = await open();

      expect(
        [...opened.page.querySelectorAll('.settings__table th[scope=row]')].map(
          (th) => text(th.querySelector('.settings__kind-label')),
        ),
      ).toEqual([
        'Strong matches',
        'Interest received',
        'Introductions',
        'Stage changes',
        'Tasks due',
      ]);
      expect(
        text(
          row(opened, 'taskDue')?.querySelector('.settings__kind-description'),
        ),
      ).toBe('A task in one of your partnerships is due today.');
      expect(
        await (await emailSelect(opened, 'strongMatches')).getValueText(),
      ).toBe('Weekly digest');
      // The toggle and the select are named by their row and column.
      const toggle = row(opened, 'stageChanged')?.querySelector(
        'button[role=switch]',
      );
      const names = (toggle?.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => text(document.getElementById(id)));
      expect(names).toEqual(['Stage changes', 'Show in the portal']);
    });

    it('offers no “Immediately” for strong matches, which only come as a digest', async () => {
      const opened = await open();

      expect(await optionsOf(opened, 'strongMatches')).toEqual([
        'Never',
        'Daily digest',
        'Weekly digest',
      ]);
      expect(
        text(row(opened, 'strongMatches')?.querySelector('mat-hint')),
      ).toBe('Matches are only sent as a digest.');
      expect(await optionsOf(opened, 'interestReceived')).toEqual([
        'Never',
        'Immediately',
        'Daily digest',
        'Weekly digest',
      ]);
      expect(
        row(opened, 'interestReceived')?.querySelector('mat-hint'),
      ).toBeNull();
    });

    it('names the e-mail languages in themselves', async () => {
      const opened = await open();

      TestBed.inject(TranslocoService).setActiveLang('fr');
      await opened.settle();
      const language = await opened.loader.getHarness(
        MatSelectHarness.with({ selector: '.settings__language mat-select' }),
      );
      await language.open();
      expect(
        await Promise.all(
          (await language.getOptions()).map((o) => o.getText()),
        ),
      ).toEqual(['English', 'Dansk', 'Nederlands', 'Français']);
      await language.close();
    });

    it('saves the settings as a whole and says so', async () => {
      const opened = await open();

      await (
        await emailSelect(opened, 'interestReceived')
      ).clickOptions({
        text: 'Immediately',
      });
      await (
        await emailSelect(opened, 'strongMatches')
      ).clickOptions({
        text: 'Daily digest',
      });
      await (
        await opened.loader.getHarness(
          MatSlideToggleHarness.with({ ancestor: 'tr[data-kind="taskDue"]' }),
        )
      ).toggle();
      const language = await opened.loader.getHarness(
        MatSelectHarness.with({ selector: '.settings__language mat-select' }),
      );
      await language.clickOptions({ text: 'Nederlands' });

      press(opened.harness, 'Save settings');
      const save = http.expectOne({
        method: 'PUT',
        url: '/api/me/notification-settings',
      });
      const body: NotificationSettings = {
        language: 'nl',
        preferences: [
          { kind: 'strongMatches', inApp: true, email: 'daily' },
          { kind: 'interestReceived', inApp: true, email: 'immediate' },
          { kind: 'introductionMade', inApp: true, email: 'off' },
          { kind: 'stageChanged', inApp: true, email: 'off' },
          { kind: 'taskDue', inApp: false, email: 'off' },
        ],
      };
      expect(save.request.body).toEqual(body);
      save.flush(body);
      await opened.settle();

      expect(text(opened.page.querySelector('.settings__saved'))).toBe(
        'Your notification settings were saved.',
      );
      expect(
        opened.page.querySelector('.settings__saved')?.getAttribute('role'),
      ).toBe('status');
    });

    it('shows the API’s words when it refuses the settings', async () => {
      const opened = await open();

      press(opened.harness, 'Save settings');
      http
        .expectOne({ method: 'PUT', url: '/api/me/notification-settings' })
        .flush(
          {
            statusCode: 400,
            message: ['strongMatches cannot be e-mailed immediately'],
            error: 'Bad Request',
          },
          { status: 400, statusText: 'Bad Request' },
        );
      await opened.settle();

      const alert = opened.page.querySelector('opi-form-alert');
      expect(alert?.getAttribute('role')).toBe('alert');
      expect(text(alert?.querySelector('p'))).toBe(
        'Some of the information was not accepted. Check it and try again.',
      );
      expect([...(alert?.querySelectorAll('li') ?? [])].map(text)).toEqual([
        'strongMatches cannot be e-mailed immediately',
      ]);
      expect(document.activeElement).toBe(alert);
      expect(text(opened.page.querySelector('.settings__saved'))).toBe('');
    });

    it('puts an error naming a field on that field', async () => {
      const opened = await open();

      press(opened.harness, 'Save settings');
      http
        .expectOne({ method: 'PUT', url: '/api/me/notification-settings' })
        .flush(
          {
            statusCode: 400,
            message: [
              'preferences.1.email must be one of the following values: off, immediate, daily, weekly',
            ],
            error: 'Bad Request',
          },
          { status: 400, statusText: 'Bad Request' },
        );
      await opened.settle();

      expect(opened.page.querySelector('opi-form-alert')).toBeNull();
      expect(
        text(row(opened, 'interestReceived')?.querySelector('mat-error')),
      ).toContain('preferences.1.email must be one of the following values');
    });

    it('links to the e-mails sent to the reader', async () => {
      const opened = await open();

      const link = [...opened.page.querySelectorAll('a')].find(
        (a) => text(a) === 'E-mails sent to you',
      );
      expect(link?.getAttribute('href')).toBe('/notifications/mailbox');
    });
  });
});
