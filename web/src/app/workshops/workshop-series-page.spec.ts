import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatDatepickerInputHarness } from '@angular/material/datepicker/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTimepickerInputHarness } from '@angular/material/timepicker/testing';
import { By } from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import {
  type Me,
  SELF_SERVICE_ROLES,
  type WorkshopProposal,
  type WorkshopSeries,
  type WorkshopTopicSuggestion,
} from '@opi/contracts';
import { signInAs } from '../../testing/auth';
import { aMe } from '../../testing/factories';
import { fill, openPage, press, text } from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import {
  aRecommendation,
  aWorkshopProposal,
  aWorkshopSeries,
  aWorkshopSession,
  aWorkshopTopic,
} from '../../testing/workshop-series';
import { appRoutes } from '../app.routes';
import { authInterceptor } from '../auth/auth.interceptor';
import { AuthService } from '../auth/auth.service';

type OpenPage = Awaited<ReturnType<typeof openPage>>;

describe('WorkshopSeriesPage (/workshops/:seriesId)', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(aMe(), http);
  });

  const dataSharing = aWorkshopTopic({
    id: 't1',
    name: 'Data sharing',
    position: 0,
    recommendations: [
      aRecommendation({
        id: 'r1',
        topicId: 't1',
        authority: 'Region Midtjylland',
        text: 'Fund a shared care record pilot.',
      }),
    ],
  });
  const wandering = aWorkshopProposal({
    id: 'p1',
    title: 'Night-time sensors',
    sessionNumber: 1,
    version: 3,
  });
  const records = aWorkshopProposal({
    id: 'p2',
    title: 'One care record',
    sessionNumber: 2,
    topicId: 't1',
    horizon: 'short-term',
    responsible: 'government',
    version: 5,
  });
  const calls = aWorkshopProposal({
    id: 'p3',
    title: 'Video calls with relatives',
    sessionNumber: 2,
    version: 1,
  });

  function dementia(overrides: Partial<WorkshopSeries> = {}): WorkshopSeries {
    return aWorkshopSeries({
      id: 's1',
      title: 'Dementia care in Aarhus',
      description: 'Entrepreneurs and care homes on night-time wandering.',
      facilitators: [{ id: 'u1', name: 'Mette Hansen' }],
      version: 4,
      facilitator: true,
      sessions: [
        aWorkshopSession({
          id: 'se2',
          number: 2,
          title: 'Ideal conditions',
          startsAt: '2026-03-19T13:30:00.000Z',
          online: true,
          place: null,
          step: 'ideal-conditions',
          participantCount: 1,
        }),
        aWorkshopSession({
          id: 'se1',
          number: 1,
          title: 'Getting to know each other',
          startsAt: '2026-03-12T09:00:00.000Z',
          place: 'Aarhus City Hall',
          step: 'closed',
          participantCount: 12,
        }),
      ],
      topics: [dataSharing],
      ...overrides,
    });
  }

  async function open(
    series: WorkshopSeries = dementia(),
    proposals: WorkshopProposal[] = [wandering, records, calls],
  ) {
    const page = await openPage('/workshops/s1', { settled: false });
    http.expectOne({ method: 'GET', url: '/api/workshops/s1' }).flush(series);
    http
      .expectOne({ method: 'GET', url: '/api/workshops/s1/proposals' })
      .flush(proposals);
    await page.settle();
    return page;
  }

  /** Each list of the board: its name and the titles of its proposals. */
  const board = ({ page }: OpenPage) =>
    [...page.querySelectorAll('.topic')].map((topic) => [
      text(topic.querySelector('.topic__name')),
      [...topic.querySelectorAll('.proposal__title')].map(text),
    ]);

  const card = ({ page }: OpenPage, id: string) =>
    page.querySelector<HTMLElement>(`[data-proposal="${id}"]`);

  /** Signs someone else in (the portal reloads the user from `GET /api/me`). */
  function signInAgainAs(me: Me): void {
    TestBed.inject(AuthService).refresh().subscribe();
    http.expectOne('/api/me').flush(me);
  }

  it('shows the series, its facilitators and its sessions in order', async () => {
    const page = await open();

    expect(text(page.page.querySelector('h1'))).toBe('Dementia care in Aarhus');
    expect(text(page.page.querySelector('.series__description'))).toBe(
      'Entrepreneurs and care homes on night-time wandering.',
    );
    expect(text(page.page.querySelector('.series__people'))).toBe(
      'Mette Hansen',
    );
    const sessions = [...page.page.querySelectorAll('.session')].map((s) => ({
      name: text(s.querySelector('.session__name')),
      href: s.querySelector('a')?.getAttribute('href'),
      facts: [...s.querySelectorAll('.session__facts > span')].map(text),
    }));
    expect(sessions).toEqual([
      {
        name: 'Session 1: Getting to know each other',
        href: '/workshops/sessions/se1',
        facts: [
          expect.stringMatching(/^Mar 12, 2026 at /),
          'Aarhus City Hall',
          'Closed',
          '12 participants',
        ],
      },
      {
        name: 'Session 2: Ideal conditions',
        href: '/workshops/sessions/se2',
        facts: [
          expect.stringMatching(/^Mar 19, 2026 at /),
          'Online',
          'Ideal conditions',
          '1 participant',
        ],
      },
    ]);
    const report = [...page.page.querySelectorAll('.series__actions a')].find(
      (a) => text(a) === 'Report',
    );
    expect(report?.getAttribute('href')).toBe('/workshops/s1/report');
  });

  it('clusters the proposals: the ones in no topic first, then each topic', async () => {
    const page = await open();

    expect(board(page)).toEqual([
      [
        'Not yet in a topic',
        ['Night-time sensors', 'Video calls with relatives'],
      ],
      ['Data sharing', ['One care record']],
    ]);
    expect(text(card(page, 'p1')?.querySelector('.proposal__meta'))).toBe(
      'Session 1',
    );
    const recommendation = page.page.querySelector(
      '[data-recommendation="r1"]',
    );
    expect(
      text(recommendation?.querySelector('.recommendation__authority')),
    ).toBe('To Region Midtjylland');
  });

  it('moves a proposal to a topic through its menu, with the version it holds', async () => {
    const page = await open();

    const menu = await page.loader.getHarness(
      MatMenuHarness.with({ ancestor: '[data-proposal="p1"]' }),
    );
    expect(await menu.getTriggerText()).toBe('Move to topic');
    expect(await (await menu.host()).getAttribute('aria-label')).toBe(
      'Move “Night-time sensors” to a topic',
    );
    await menu.open();
    const items = await menu.getItems();
    expect(await Promise.all(items.map((i) => i.getText()))).toEqual([
      'Not yet in a topic',
      'Data sharing',
    ]);
    expect(await items[0].isDisabled()).toBe(true);
    // A native click: the harness would wait for the request, which is answered below.
    (await items[1].host()).click();
    page.harness.fixture.detectChanges();

    const move = http.expectOne({
      method: 'PATCH',
      url: '/api/workshop-proposals/p1',
    });
    expect(move.request.body).toEqual({ version: 3, topicId: 't1' });
    move.flush({ ...wandering, topicId: 't1', version: 4 });
    await page.settle();

    expect(board(page)).toEqual([
      ['Not yet in a topic', ['Video calls with relatives']],
      ['Data sharing', ['Night-time sensors', 'One care record']],
    ]);
    expect(text(page.page.querySelector('.topics__status'))).toBe(
      '“Night-time sensors” moved to Data sharing.',
    );
    // The menu's trigger moved with its card: the focus follows it there.
    expect(
      document.activeElement
        ?.closest('[data-topic]')
        ?.getAttribute('data-topic'),
    ).toBe('t1');
    expect(text(document.activeElement)).toBe('Move to topic');

    // The next change is made with the version the API answered.
    const again = await page.loader.getHarness(
      MatMenuHarness.with({ ancestor: '[data-proposal="p1"]' }),
    );
    await again.open();
    (
      await (await again.getItems({ text: 'Not yet in a topic' }))[0].host()
    ).click();
    page.harness.fixture.detectChanges();
    expect(
      http.expectOne({ method: 'PATCH', url: '/api/workshop-proposals/p1' })
        .request.body,
    ).toEqual({ version: 4, topicId: null });
  });

  it('moves a proposal dropped on another topic’s list', async () => {
    const page = await open();
    const target = page.harness.fixture.debugElement.query(
      By.css('#workshop-topic-t1'),
    );
    const source = page.harness.fixture.debugElement.query(
      By.css('#workshop-topic-none'),
    );

    target.triggerEventHandler('cdkDropListDropped', {
      previousContainer: { data: null, id: source.nativeElement.id },
      container: { data: 't1', id: target.nativeElement.id },
      item: { data: wandering },
    });
    page.harness.fixture.detectChanges();

    const move = http.expectOne({
      method: 'PATCH',
      url: '/api/workshop-proposals/p1',
    });
    expect(move.request.body).toEqual({ version: 3, topicId: 't1' });
    move.flush({ ...wandering, topicId: 't1', version: 4 });
    await page.settle();
    expect(board(page)[1]).toEqual([
      'Data sharing',
      ['Night-time sensors', 'One care record'],
    ]);
  });

  it('puts the card back and reloads when someone else changed the proposal', async () => {
    const page = await open();

    const menu = await page.loader.getHarness(
      MatMenuHarness.with({ ancestor: '[data-proposal="p1"]' }),
    );
    await menu.open();
    (await (await menu.getItems({ text: 'Data sharing' }))[0].host()).click();
    page.harness.fixture.detectChanges();
    http
      .expectOne({ method: 'PATCH', url: '/api/workshop-proposals/p1' })
      .flush(
        { statusCode: 409, message: 'Stale version', error: 'Conflict' },
        { status: 409, statusText: 'Conflict' },
      );
    page.harness.fixture.detectChanges();
    http
      .expectOne({ method: 'GET', url: '/api/workshops/s1/proposals' })
      .flush([{ ...wandering, version: 9 }, records, calls]);
    await page.settle();

    expect(board(page)[0][1]).toEqual([
      'Night-time sensors',
      'Video calls with relatives',
    ]);
    expect(text(page.page.querySelector('.topics__problem'))).toBe(
      'Someone else changed this proposal in the meantime. The proposals have been reloaded: try again.',
    );
  });

  it('sets a proposal’s horizon and responsible party', async () => {
    const page = await open();
    const cardLoader = await page.loader.getChildLoader('[data-proposal="p2"]');
    const [horizon, responsible] =
      await cardLoader.getAllHarnesses(MatSelectHarness);
    expect(await horizon.getValueText()).toBe('Short term');
    expect(await responsible.getValueText()).toBe('Government');

    await horizon.open();
    await horizon.clickOptions({ text: 'Immediate' });
    page.harness.fixture.detectChanges();
    const save = http.expectOne({
      method: 'PATCH',
      url: '/api/workshop-proposals/p2',
    });
    expect(save.request.body).toEqual({ version: 5, horizon: 'immediate' });
    save.flush({ ...records, horizon: 'immediate', version: 6 });
    await page.settle();

    expect(await horizon.getValueText()).toBe('Immediate');
  });

  it('creates a suggested topic and moves its proposals into it', async () => {
    const page = await open();

    press(page.harness, 'Suggestions');
    const suggestions: WorkshopTopicSuggestion[] = [
      {
        name: 'Contact with relatives',
        careAreas: ['dementia'],
        proposalIds: ['p1', 'p3', 'gone'],
      },
    ];
    http
      .expectOne({ method: 'GET', url: '/api/workshops/s1/topic-suggestions' })
      .flush(suggestions);
    await page.settle();
    const suggestion = page.page.querySelector('.suggestion');
    expect(text(suggestion?.querySelector('h4'))).toBe(
      'Contact with relatives',
    );
    expect(
      [
        ...(suggestion?.querySelectorAll('.suggestion__proposals li') ?? []),
      ].map(text),
    ).toEqual(['Night-time sensors', 'Video calls with relatives']);

    press(page.harness, 'Create this topic');
    const create = http.expectOne({
      method: 'POST',
      url: '/api/workshops/s1/topics',
    });
    expect(create.request.body).toEqual({ name: 'Contact with relatives' });
    create.flush(
      aWorkshopTopic({ id: 't2', name: 'Contact with relatives', position: 1 }),
    );
    const first = http.expectOne({
      method: 'PATCH',
      url: '/api/workshop-proposals/p1',
    });
    expect(first.request.body).toEqual({ version: 3, topicId: 't2' });
    first.flush({ ...wandering, topicId: 't2', version: 4 });
    const second = http.expectOne({
      method: 'PATCH',
      url: '/api/workshop-proposals/p3',
    });
    expect(second.request.body).toEqual({ version: 1, topicId: 't2' });
    second.flush({ ...calls, topicId: 't2', version: 2 });
    await page.settle();

    expect(board(page)).toEqual([
      ['Not yet in a topic', []],
      ['Data sharing', ['One care record']],
      [
        'Contact with relatives',
        ['Night-time sensors', 'Video calls with relatives'],
      ],
    ]);
    expect(page.page.querySelector('.suggestion')).toBeNull();
    expect(text(page.page.querySelector('.topics__status'))).toBe(
      'Topic “Contact with relatives” created with 2 proposals.',
    );
  });

  it('adds a recommendation to a topic', async () => {
    const page = await open();

    press(page.harness, 'Add recommendation');
    await page.settle();
    const topic = await page.loader.getChildLoader('[data-topic="t1"]');
    await fill(topic, 'Addressed to', 'Aarhus Kommune');
    await fill(topic, 'Recommendation', 'Open the care homes to test sites.');
    press(page.harness, 'Save recommendation');

    const add = http.expectOne({
      method: 'POST',
      url: '/api/workshop-topics/t1/recommendations',
    });
    expect(add.request.body).toEqual({
      authority: 'Aarhus Kommune',
      text: 'Open the care homes to test sites.',
    });
    add.flush(
      aRecommendation({
        id: 'r2',
        topicId: 't1',
        authority: 'Aarhus Kommune',
        text: 'Open the care homes to test sites.',
      }),
    );
    await page.settle();

    expect(
      [
        ...page.page.querySelectorAll(
          '[data-topic="t1"] .recommendation__authority',
        ),
      ].map(text),
    ).toEqual(['To Region Midtjylland', 'To Aarhus Kommune']);
  });

  it('plans a new session', async () => {
    const page = await open();

    await fill(page.loader, 'Title', 'Prioritising');
    await (
      await page.loader.getHarness(MatDatepickerInputHarness)
    ).setValue('3/26/2026');
    await (
      await page.loader.getHarness(MatTimepickerInputHarness)
    ).setValue('14:30');
    await (
      await page.loader.getHarness(
        MatCheckboxHarness.with({ label: 'Online session' }),
      )
    ).check();
    press(page.harness, 'Add session');

    const create = http.expectOne({
      method: 'POST',
      url: '/api/workshops/s1/sessions',
    });
    expect(create.request.body).toEqual({
      title: 'Prioritising',
      startsAt: new Date(2026, 2, 26, 14, 30).toISOString(),
      online: true,
      place: null,
      facilitatorName: null,
    });
    create.flush(
      aWorkshopSession({
        id: 'se3',
        number: 3,
        title: 'Prioritising',
        online: true,
        place: null,
      }),
    );
    await page.settle();

    expect(
      [...page.page.querySelectorAll('.session__name')].map(text).at(-1),
    ).toBe('Session 3: Prioritising');
  });

  it('says the series changed when someone else saved it first', async () => {
    const page = await open();

    press(page.harness, 'Edit title and description');
    await page.settle();
    await fill(page.loader, /^Title/, 'Dementia care in Aarhus 2026');
    press(page.harness, 'Save');
    const save = http.expectOne({ method: 'PATCH', url: '/api/workshops/s1' });
    expect(save.request.body).toEqual({
      version: 4,
      title: 'Dementia care in Aarhus 2026',
      description: 'Entrepreneurs and care homes on night-time wandering.',
    });
    save.flush(
      { statusCode: 409, message: 'Stale version', error: 'Conflict' },
      { status: 409, statusText: 'Conflict' },
    );
    await page.settle();

    expect(text(page.page.querySelector('.series__conflict p'))).toBe(
      'The series was changed by someone else in the meantime. Reload it to see their changes, then edit again.',
    );
    press(page.harness, 'Reload');
    http
      .expectOne({ method: 'GET', url: '/api/workshops/s1' })
      .flush(dementia({ title: 'Dementia and night care', version: 5 }));
    await page.settle();
    expect(text(page.page.querySelector('h1'))).toBe('Dementia and night care');
    expect(page.page.querySelector('.series__conflict')).toBeNull();
  });

  it.each(['cluster_manager', 'admin'] as const)(
    'offers a %s to seed a partnership from each proposal',
    async (role) => {
      signInAgainAs(aMe({ role }));
      const page = await open(dementia({ facilitator: false }));

      const buttons = await page.loader.getAllHarnesses(
        MatButtonHarness.with({ text: 'Seed a partnership' }),
      );
      expect(
        await Promise.all(
          buttons.map(async (b) => (await b.host()).getAttribute('aria-label')),
        ),
      ).toEqual([
        'Seed a partnership from “Night-time sensors”',
        'Seed a partnership from “Video calls with relatives”',
        'Seed a partnership from “One care record”',
      ]);
    },
  );

  it.each(SELF_SERVICE_ROLES)(
    'does not offer a %s to seed a partnership, even as a facilitator',
    async (role) => {
      signInAgainAs(aMe({ role }));
      const page = await open();

      expect(page.page.querySelectorAll('.proposal')).toHaveLength(3);
      expect(page.page.querySelector('.proposal__seed')).toBeNull();
      expect(
        await page.loader.getAllHarnesses(
          MatButtonHarness.with({ text: 'Seed a partnership' }),
        ),
      ).toEqual([]);
    },
  );

  it('is read-only for participants', async () => {
    const page = await open(dementia({ facilitator: false }));

    expect(page.page.querySelector('.series__edit-button')).toBeNull();
    expect(page.page.querySelector('form')).toBeNull();
    expect(page.page.querySelector('.proposal__move')).toBeNull();
    expect(page.page.querySelector('mat-select')).toBeNull();
    expect(page.page.querySelector('[cdkDragHandle]')).toBeNull();
    expect(
      await page.loader.getAllHarnesses(
        MatButtonHarness.with({ text: /Rename|Delete|Add recommendation/ }),
      ),
    ).toEqual([]);
    expect(
      [
        ...(card(page, 'p2')?.querySelectorAll('.proposal__facts dd') ?? []),
      ].map(text),
    ).toEqual(['Short term', 'Government']);
    expect(
      [
        ...(card(page, 'p1')?.querySelectorAll('.proposal__facts dd') ?? []),
      ].map(text),
    ).toEqual(['Not set', 'Not set']);
  });
});
