import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { By } from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import type { Interest, Me, Page, PartnershipSummary } from '@opi/contracts';
import { signInAs } from '../../testing/auth';
import { aMe } from '../../testing/factories';
import { fill, openPage, text } from '../../testing/page';
import {
  aPartnership,
  aPartnershipSummary,
  aPartyOrganisation,
  anInterest,
} from '../../testing/partnerships';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';
import { authInterceptor } from '../auth/auth.interceptor';
import { Header } from '../layout/header';

type OpenPage = Awaited<ReturnType<typeof openPage>>;

const page = <T>(items: T[]): Page<T> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 100,
});

describe('PartnershipsPage (/partnerships)', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
        // Dialogs close at once, without waiting for an animation jsdom never plays.
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const aarhus = aPartyOrganisation({ id: 'aarhus', name: 'Aarhus Kommune' });
  const careSense = aPartyOrganisation({
    id: 'caresense',
    name: 'CareSense ApS',
    kind: 'company',
  });

  const sensors = aPartnershipSummary({
    id: 'p1',
    title: 'Night-time sensors in Aarhus',
    stage: 'exploring',
    parties: [aarhus, careSense],
    lastActivityAt: '2026-03-10T12:00:00.000Z',
    version: 3,
  });
  const quiet = aPartnershipSummary({
    id: 'p2',
    title: 'Video calls with relatives',
    stage: 'testing',
    stale: true,
    lastActivityAt: '2025-12-01T12:00:00.000Z',
    version: 7,
  });

  const offer = anInterest({
    id: 'i1',
    from: careSense,
    to: aarhus,
    subject: { type: 'offering', id: 'o1', title: 'NightWatch sensors' },
    target: { type: 'need', id: 'n1', title: 'Night-time unrest' },
    message: 'We would like to test NightWatch in one of your care homes.',
  });
  const asked = anInterest({
    id: 'i2',
    from: aarhus,
    to: aPartyOrganisation({ id: 'au', name: 'Aarhus University' }),
    subject: { type: 'need', id: 'n1', title: 'Night-time unrest' },
    target: null,
    status: 'declined',
    declineReason: 'No capacity this year.',
    canRespond: false,
    respondedAt: '2026-03-05T09:00:00.000Z',
  });

  const direction =
    (name: string) =>
    (r: { url: string; params: { get(k: string): string | null } }) =>
      r.url === '/api/interests' && r.params.get('direction') === name;

  async function open(
    me: Me,
    {
      received = [offer],
      sent = [asked],
      partnerships = [sensors, quiet],
    }: {
      received?: Interest[];
      sent?: Interest[];
      partnerships?: PartnershipSummary[];
    } = {},
  ) {
    signInAs(me, http);
    const opened = await openPage('/partnerships', { settled: false });
    http.expectOne(direction('received')).flush(page(received));
    http.expectOne(direction('sent')).flush(page(sent));
    const list = http.expectOne(
      (r) => r.method === 'GET' && r.url === '/api/partnerships',
    );
    expect(list.request.params.get('pageSize')).toBe('100');
    list.flush(page(partnerships));
    await opened.settle();
    return opened;
  }

  const broker = () => aMe({ role: 'cluster_manager' });

  /** Each column of the board: its stage and the titles of its cards. */
  const board = ({ page: root }: OpenPage) =>
    [...root.querySelectorAll('.column')]
      .map((column) => [
        column.getAttribute('data-stage'),
        [...column.querySelectorAll('.card__title')].map(text),
      ])
      .filter(([, titles]) => titles?.length);

  const card = ({ page: root }: OpenPage, id: string) =>
    root.querySelector<HTMLElement>(`[data-partnership="${id}"]`);

  /** Clicks a button by its text without waiting (the harness would wait for the request). */
  function press(root: ParentNode | null, label: string, opened: OpenPage) {
    const button = [...(root?.querySelectorAll('button') ?? [])].find(
      (b) => text(b) === label,
    );
    if (!button) {
      throw new Error(`No button "${label}"`);
    }
    button.click();
    opened.harness.fixture.detectChanges();
  }

  const dialogElement = () => document.querySelector('mat-dialog-container');

  async function moveByMenu(opened: OpenPage, id: string, stage: string) {
    const menu = await opened.loader.getHarness(
      MatMenuHarness.with({ ancestor: `[data-partnership="${id}"]` }),
    );
    await menu.open();
    // A native click: the harness would wait for the request, which the spec answers.
    (await (await menu.getItems({ text: stage }))[0].host()).click();
    opened.harness.fixture.detectChanges();
  }

  const stageChange = (id: string): TestRequest =>
    http.expectOne({ method: 'POST', url: `/api/partnerships/${id}/stage` });

  it('links signed-in readers to it from the header', async () => {
    signInAs(aMe(), http);
    const fixture = TestBed.createComponent(Header);
    await fixture.whenStable();

    const link = [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll('nav a'),
    ].find((a) => text(a) === 'Partnerships');
    expect(link?.getAttribute('href')).toBe('/partnerships');
  });

  it('shows cluster managers the pipeline board, one column per stage', async () => {
    const opened = await open(broker());

    expect(text(opened.page.querySelector('#partnerships-pipeline'))).toBe(
      'Partnership pipeline',
    );
    expect(
      [...opened.page.querySelectorAll('.column__name')].map((h) =>
        text(h).replace(/ \d+$/, ''),
      ),
    ).toEqual([
      'Proposed',
      'Introduced',
      'Exploring',
      'Agreement',
      'Testing',
      'Evaluation',
      'Scaling up',
      'Closed',
    ]);
    expect(board(opened)).toEqual([
      ['exploring', ['Night-time sensors in Aarhus']],
      ['testing', ['Video calls with relatives']],
    ]);
    const first = card(opened, 'p1');
    expect(text(first?.querySelector('.card__parties'))).toBe(
      'Aarhus Kommune · CareSense ApS',
    );
    expect(text(first?.querySelector('.card__activity'))).toBe(
      'Last activity Mar 10, 2026',
    );
    expect(first?.querySelector('.card__stale')).toBeNull();
    expect(first?.querySelector('.card__title a')?.getAttribute('href')).toBe(
      '/partnerships/p1',
    );
    expect(text(card(opened, 'p2')?.querySelector('.card__stale'))).toBe(
      'No activity for 60 days',
    );
  });

  it('moves a card with its “Move to stage” menu, sending the stage and the version it holds', async () => {
    const opened = await open(broker());

    const menu = await opened.loader.getHarness(
      MatMenuHarness.with({ ancestor: '[data-partnership="p1"]' }),
    );
    expect(await menu.getTriggerText()).toBe('Move to stage');
    expect(await (await menu.host()).getAttribute('aria-label')).toBe(
      'Move “Night-time sensors in Aarhus” to another stage',
    );
    await menu.open();
    const items = await menu.getItems();
    expect(await items[2].getText()).toBe('Exploring');
    expect(await items[2].isDisabled()).toBe(true);
    await menu.close();

    await moveByMenu(opened, 'p1', 'Agreement');
    const move = stageChange('p1');
    expect(move.request.body).toEqual({ stage: 'agreement', version: 3 });
    move.flush(aPartnership({ ...sensors, stage: 'agreement', version: 4 }));
    await opened.settle();

    expect(board(opened)).toEqual([
      ['agreement', ['Night-time sensors in Aarhus']],
      ['testing', ['Video calls with relatives']],
    ]);
    expect(text(opened.page.querySelector('.partnerships__status'))).toBe(
      '“Night-time sensors in Aarhus” moved to Agreement.',
    );
    expect(text(document.activeElement)).toBe('Move to stage');

    // The next move goes with the version the API answered.
    await moveByMenu(opened, 'p1', 'Exploring');
    expect(stageChange('p1').request.body).toEqual({
      stage: 'exploring',
      version: 4,
    });
  });

  it('moves a card dropped on another stage’s column', async () => {
    const opened = await open(broker());
    const target = opened.harness.fixture.debugElement.query(
      By.css('#partnership-stage-agreement'),
    );

    target.triggerEventHandler('cdkDropListDropped', {
      previousContainer: { data: 'exploring' },
      container: { data: 'agreement' },
      item: { data: sensors },
    });
    opened.harness.fixture.detectChanges();

    const move = stageChange('p1');
    expect(move.request.body).toEqual({ stage: 'agreement', version: 3 });
    move.flush(aPartnership({ ...sensors, stage: 'agreement', version: 4 }));
    await opened.settle();
    expect(board(opened)[0]).toEqual([
      'agreement',
      ['Night-time sensors in Aarhus'],
    ]);
  });

  it('shows the API’s refusal and lets a cluster manager override it with a reason', async () => {
    const opened = await open(broker());

    await moveByMenu(opened, 'p1', 'Testing');
    stageChange('p1').flush(
      {
        statusCode: 409,
        message:
          'A partnership moves one stage at a time: exploring → agreement.',
        error: 'Conflict',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await opened.settle();

    const dialog = await opened.overlay.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe(
      'Override the pipeline for “Night-time sensors in Aarhus”?',
    );
    expect(text(dialogElement()?.querySelector('.text-dialog__message'))).toBe(
      'A partnership moves one stage at a time: exploring → agreement.',
    );

    // A reason is required.
    press(dialogElement(), 'Move anyway', opened);
    await opened.settle();
    expect(text(dialogElement()?.querySelector('mat-error'))).toBe(
      'This field is required.',
    );

    await fill(
      opened.overlay,
      'Reason for the override',
      'Agreed at the cluster meeting',
    );
    press(dialogElement(), 'Move anyway', opened);
    const override = stageChange('p1');
    expect(override.request.body).toEqual({
      stage: 'testing',
      version: 3,
      override: true,
      reason: 'Agreed at the cluster meeting',
    });
    override.flush(aPartnership({ ...sensors, stage: 'testing', version: 4 }));
    await opened.settle();

    expect(dialogElement()).toBeNull();
    expect(board(opened)).toEqual([
      [
        'testing',
        ['Video calls with relatives', 'Night-time sensors in Aarhus'],
      ],
    ]);
    expect(opened.page.querySelector('.board__problem')).toBeNull();
  });

  it('puts the card back and shows the API’s words when the override is cancelled', async () => {
    const opened = await open(broker());

    await moveByMenu(opened, 'p1', 'Testing');
    stageChange('p1').flush(
      { statusCode: 409, message: 'Not allowed', error: 'Conflict' },
      { status: 409, statusText: 'Conflict' },
    );
    await opened.settle();
    await (
      await opened.overlay.getHarness(
        MatButtonHarness.with({
          ancestor: 'mat-dialog-container',
          text: 'Cancel',
        }),
      )
    ).click();
    await opened.settle();

    expect(board(opened)[0]).toEqual([
      'exploring',
      ['Night-time sensors in Aarhus'],
    ]);
    const problem = opened.page.querySelector('.board__problem');
    expect(text(problem?.querySelector('p'))).toBe(
      'The partnership was not moved:',
    );
    expect(text(problem?.querySelector('.board__message'))).toBe('Not allowed');
  });

  it('closes a partnership moved to “Closed” with an outcome and a reason', async () => {
    const opened = await open(broker());

    await moveByMenu(opened, 'p2', 'Closed');
    await opened.settle();
    const dialog = await opened.overlay.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe(
      'Close “Video calls with relatives”?',
    );
    const outcome = await opened.overlay.getHarness(MatRadioGroupHarness);
    await outcome.checkRadioButton({ label: 'Stopped' });
    await fill(opened.overlay, 'Reason', 'The pilot lost its funding.');
    press(dialogElement(), 'Close the partnership', opened);

    const close = stageChange('p2');
    expect(close.request.body).toEqual({
      stage: 'closed',
      version: 7,
      outcome: 'stopped',
      reason: 'The pilot lost its funding.',
    });
    close.flush(
      aPartnership({
        ...quiet,
        stage: 'closed',
        outcome: 'stopped',
        version: 8,
      }),
    );
    await opened.settle();

    expect(board(opened)[1]).toEqual([
      'closed',
      ['Video calls with relatives'],
    ]);
    expect(text(card(opened, 'p2')?.querySelector('.card__outcome'))).toBe(
      'Stopped',
    );
  });

  it('lists other readers’ partnerships, linking to each', async () => {
    const opened = await open(aMe({ role: 'public_staff' }));

    expect(opened.page.querySelector('opi-partnership-board')).toBeNull();
    expect(text(opened.page.querySelector('#partnerships-pipeline'))).toBe(
      'Your partnerships',
    );
    const items = [...opened.page.querySelectorAll('.list__item')].map(
      (item) => ({
        title: text(item.querySelector('.list__title')),
        href: item.querySelector('a')?.getAttribute('href'),
        meta: [...item.querySelectorAll('.list__meta > span')].map(text),
      }),
    );
    expect(items).toEqual([
      {
        title: 'Night-time sensors in Aarhus',
        href: '/partnerships/p1',
        meta: [
          'Exploring',
          'Aarhus Kommune · CareSense ApS',
          'Last activity Mar 10, 2026',
        ],
      },
      {
        title: 'Video calls with relatives',
        href: '/partnerships/p2',
        meta: [
          'Testing',
          expect.stringContaining(' · '),
          'Last activity Dec 1, 2025',
        ],
      },
    ]);
  });

  it('says when there is nothing yet', async () => {
    const opened = await open(aMe(), {
      received: [],
      sent: [],
      partnerships: [],
    });

    expect(
      [...opened.page.querySelectorAll('.interests__empty')].map(text),
    ).toEqual([
      'No organisation has expressed interest in yours yet.',
      expect.stringMatching(/^You have not expressed interest yet\./),
    ]);
    expect(text(opened.page.querySelector('.partnerships__empty'))).toMatch(
      /^Your organisations have no partnerships yet\./,
    );
  });

  it('says when there are no partnerships on the board', async () => {
    const opened = await open(broker(), { partnerships: [] });

    expect(text(opened.page.querySelector('.partnerships__empty'))).toBe(
      'There are no partnerships yet.',
    );
  });

  it('lists the interests received and sent, naming and linking the records and organisations', async () => {
    const opened = await open(aMe());

    const received = opened.page.querySelector('.interests__received');
    const offerItem = received?.querySelector('[data-interest="i1"]');
    expect(text(offerItem?.querySelector('.interest__type'))).toBe('Offering');
    const links = [...(offerItem?.querySelectorAll('a') ?? [])].map((a) => [
      text(a),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['NightWatch sensors', '/offerings/o1'],
      ['CareSense ApS', '/organisations/caresense'],
      ['Aarhus Kommune', '/organisations/aarhus'],
      ['Night-time unrest', '/needs/n1'],
    ]);
    expect(text(offerItem?.querySelector('.interest__message'))).toBe(
      'We would like to test NightWatch in one of your care homes.',
    );
    expect(text(offerItem?.querySelector('.interest__status'))).toBe(
      'Waiting for an answer',
    );

    const sentItem = opened.page.querySelector(
      '.interests__sent [data-interest="i2"]',
    );
    expect(text(sentItem?.querySelector('.interest__status'))).toBe('Declined');
    expect(text(sentItem?.querySelector('.interest__reason'))).toBe(
      'Reason: No capacity this year.',
    );
    expect(sentItem?.querySelector('.interest__target')).toBeNull();
    expect(sentItem?.querySelectorAll('button')).toHaveLength(0);
  });

  it('accepts a received interest and links to the partnership it made', async () => {
    const opened = await open(aMe());
    const item = () =>
      opened.page.querySelector('.interests__received [data-interest="i1"]');

    press(item(), 'Accept', opened);
    const accept = http.expectOne({
      method: 'POST',
      url: '/api/interests/i1/accept',
    });
    accept.flush({
      ...offer,
      status: 'accepted',
      canRespond: false,
      partnershipId: 'p9',
      respondedAt: '2026-03-12T09:00:00.000Z',
    });
    opened.harness.fixture.detectChanges();
    // It is a partnership now: the list is read again.
    http
      .expectOne((r) => r.method === 'GET' && r.url === '/api/partnerships')
      .flush(page([sensors]));
    await opened.settle();

    expect(text(item()?.querySelector('.interest__status'))).toBe('Accepted');
    expect(item()?.querySelectorAll('button')).toHaveLength(0);
    const link = item()?.querySelector('.interest__partnership a');
    expect(text(link)).toBe('Open the partnership');
    expect(link?.getAttribute('href')).toBe('/partnerships/p9');
    expect(document.activeElement).toBe(link);
  });

  it('declines a received interest with a reason given in a dialog', async () => {
    const opened = await open(aMe());
    const item = () =>
      opened.page.querySelector('.interests__received [data-interest="i1"]');

    press(item(), 'Decline', opened);
    await opened.settle();
    const dialog = await opened.overlay.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe(
      'Decline the interest of CareSense ApS?',
    );
    await fill(opened.overlay, 'Reason', 'We chose another supplier.');
    press(dialogElement(), 'Decline', opened);
    const decline = http.expectOne({
      method: 'POST',
      url: '/api/interests/i1/decline',
    });
    expect(decline.request.body).toEqual({
      reason: 'We chose another supplier.',
    });
    decline.flush({
      ...offer,
      status: 'declined',
      canRespond: false,
      declineReason: 'We chose another supplier.',
    });
    await opened.settle();

    expect(dialogElement()).toBeNull();
    expect(text(item()?.querySelector('.interest__status'))).toBe('Declined');
    expect(text(item()?.querySelector('.interest__reason'))).toBe(
      'Reason: We chose another supplier.',
    );
  });

  it('keeps the decline dialog open with the API’s words when it refuses', async () => {
    const opened = await open(aMe());

    press(opened.page.querySelector('[data-interest="i1"]'), 'Decline', opened);
    await opened.settle();
    await fill(opened.overlay, 'Reason', 'x');
    press(dialogElement(), 'Decline', opened);
    http.expectOne({ method: 'POST', url: '/api/interests/i1/decline' }).flush(
      {
        statusCode: 400,
        message: ['reason must be longer than or equal to 3 characters'],
        error: 'Bad Request',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await opened.settle();

    expect(text(dialogElement()?.querySelector('mat-error'))).toContain(
      'reason must be longer than or equal to 3 characters',
    );
  });
});
