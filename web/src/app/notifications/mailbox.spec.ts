import {
  HttpTestingController,
  type TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatExpansionPanelHarness } from '@angular/material/expansion/testing';
import type { OutboxMail } from '@opi/contracts';
import { signInAs } from '../../testing/auth';
import { aMe } from '../../testing/factories';
import { anOutboxMail, pageOf } from '../../testing/notifications';
import { navigationEnd, openPage, text } from '../../testing/page';
import { providePortalTesting } from '../../testing/portal';

describe('Mailbox (/notifications/mailbox)', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: providePortalTesting(),
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const outboxRequest = (): TestRequest =>
    http.expectOne((r) => r.method === 'GET' && r.url === '/api/mail-outbox');

  async function open(url: string, items: OutboxMail[], total = items.length) {
    signInAs(aMe(), http);
    const opened = await openPage(url, { settled: false });
    const request = outboxRequest();
    request.flush(pageOf(items, { total }));
    await opened.settle();
    return { ...opened, request: request.request };
  }

  const welcome = anOutboxMail({
    id: 'm1',
    to: 'mette@aarhus.dk',
    subject: 'CareSense ApS is interested in “Night-time unrest”',
    text: 'Hello Mette,\n\nCareSense ApS is interested in “Night-time unrest”.\n\nOpen it: http://localhost:4200/partnerships',
    createdAt: '2026-03-10T09:00:00.000Z',
  });

  it('is for signed-in users only', async () => {
    const opened = await openPage('/notifications/mailbox');

    expect(opened.router.url).toBe(
      '/login?returnUrl=%2Fnotifications%2Fmailbox',
    );
  });

  it('explains itself and lists the mails, each opening on its text', async () => {
    const opened = await open('/notifications/mailbox', [
      welcome,
      anOutboxMail({
        id: 'm2',
        transport: 'smtp',
        sentAt: '2026-03-09T10:00:00.000Z',
        createdAt: '2026-03-09T09:59:00.000Z',
      }),
      anOutboxMail({
        id: 'm3',
        transport: 'smtp',
        error: 'Connection refused',
      }),
      anOutboxMail({ id: 'm4', transport: 'smtp' }),
    ]);

    expect(opened.request.params.get('page')).toBe('1');
    expect(opened.request.params.get('pageSize')).toBe('20');
    expect(text(opened.page.querySelector('h1'))).toBe('E-mails sent to you');
    expect(text(opened.page.querySelector('.opi-page__lead'))).toMatch(
      /^In demo mode the portal sends no e-mails/,
    );

    const panels = await opened.loader.getAllHarnesses(
      MatExpansionPanelHarness,
    );
    expect(panels).toHaveLength(4);
    expect(await panels[0].getTitle()).toBe(welcome.subject);
    expect(await panels[0].getDescription()).toBe(
      'To mette@aarhus.dk Written Mar 10, 2026',
    );
    expect(await panels[0].isExpanded()).toBe(false);

    await panels[0].expand();
    expect(await panels[0].isExpanded()).toBe(true);
    const panel = opened.page.querySelector('[data-mail="m1"]');
    // The text as written, line breaks and all (shown with `white-space: pre-wrap`).
    expect(panel?.querySelector('.mailbox__text')?.textContent).toBe(
      welcome.text,
    );
    expect(text(panel?.querySelector('.mailbox__status'))).toBe(
      'Kept in the portal (demo mode), not sent.',
    );

    const status = (id: string) =>
      text(opened.page.querySelector(`[data-mail="${id}"] .mailbox__status`));
    expect(status('m2')).toBe('Sent Mar 9, 2026.');
    expect(status('m3')).toBe('Could not be sent: Connection refused');
    expect(status('m4')).toBe('Waiting to be sent.');
  });

  it('says when no mail has been written yet', async () => {
    const opened = await open('/notifications/mailbox', []);

    expect(text(opened.page.querySelector('.mailbox__empty'))).toBe(
      'No e-mails have been written to you yet.',
    );
    expect(opened.page.querySelector('mat-paginator')).toBeNull();
  });

  it('pages through the mails', async () => {
    const opened = await open('/notifications/mailbox', [welcome], 21);

    const navigated = navigationEnd(opened.router);
    opened.page
      .querySelector<HTMLElement>('.mat-mdc-paginator-navigation-next')
      ?.click();
    await navigated;
    opened.harness.fixture.detectChanges();

    expect(opened.router.url).toBe('/notifications/mailbox?page=2');
    const next = outboxRequest();
    expect(next.request.params.get('page')).toBe('2');
    next.flush(pageOf([], { page: 2, total: 21 }));
    await opened.settle();
  });

  it('links back to the notifications', async () => {
    const opened = await open('/notifications/mailbox', []);

    const back = opened.page.querySelector('.mailbox__back a');
    expect(text(back)).toBe('Notifications and settings');
    expect(back?.getAttribute('href')).toBe('/notifications');
  });
});
