import {
  HttpErrorResponse,
  type HttpInterceptorFn,
  type HttpRequest,
  HttpResponse,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import { Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleGroupHarness } from '@angular/material/button-toggle/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { MatTabGroupHarness } from '@angular/material/tabs/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import axe from 'axe-core';
import type {
  AddParticipantRequest,
  MatrixPoint,
  Me,
  UpdateWorkshopProposalRequest,
  WorkshopChange,
  WorkshopMatrix,
  WorkshopParticipant,
  WorkshopProposal,
  WorkshopProposalRevision,
  WorkshopSession,
} from '@opi/contracts';
import { type Observable, of, throwError } from 'rxjs';
import { AuthService, TOKEN_STORAGE_KEY } from '../auth/auth.service';
import { aMe, aMembership, aNeed } from '../../testing/factories';
import {
  fill,
  navigationEnd,
  openPage,
  selectIn,
  text,
} from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';
import { authInterceptor } from '../auth/auth.interceptor';
import { MatrixChart } from './matrix-chart';
import { SessionMatrix } from './session-matrix';
import {
  WORKSHOP_EVENT_SOURCE,
  type WorkshopEventSource,
} from './workshop-events';
import { LIVE_DEBOUNCE_MS } from './workshop-session-page';

// ---------------------------------------------------------------------------------------------
// Test data

let sequence = 0;

function aParticipant(
  overrides: Partial<WorkshopParticipant> = {},
): WorkshopParticipant {
  const n = ++sequence;
  return {
    id: `pt-${n}`,
    name: `Participant ${n}`,
    side: 'entrepreneur',
    organisationName: null,
    guest: false,
    motivation: null,
    expectations: null,
    email: null,
    ...overrides,
  };
}

function aProposal(
  overrides: Partial<WorkshopProposal> = {},
): WorkshopProposal {
  const n = ++sequence;
  return {
    id: `prop-${n}`,
    seriesId: 'series-1',
    sessionId: 's1',
    sessionNumber: 2,
    authorName: 'Anna Author',
    title: `Proposal ${n}`,
    problem: 'Nobody knows who to call.',
    proposal: 'One front desk for all pilots.',
    needed: 'A coordinator.',
    beneficiaries: 'Patients and nurses.',
    pains: 'Long waits.',
    gains: 'Faster pilots.',
    groupName: null,
    horizon: null,
    responsible: null,
    topicId: null,
    revisions: 0,
    version: 1,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    mine: false,
    myScore: null,
    ...overrides,
  };
}

/** Session 2 of a series, in the empathy round; the caller facilitates unless told otherwise. */
function aSession(overrides: Partial<WorkshopSession> = {}): WorkshopSession {
  return {
    id: 's1',
    seriesId: 'series-1',
    seriesTitle: 'Care at home 2026',
    number: 2,
    title: 'Conditions for pilots',
    startsAt: '2026-04-14T09:00:00.000Z',
    place: 'Aarhus City Hall',
    online: false,
    facilitatorName: 'Frida Facilitator',
    step: 'empathy',
    participantCount: 0,
    access: { facilitator: true, participantId: null },
    participants: [],
    elements: [],
    proposals: [],
    dotsLeft: 5,
    ...overrides,
  };
}

function aPoint(overrides: Partial<MatrixPoint> = {}): MatrixPoint {
  return {
    proposalId: 'prop-x',
    title: 'A point',
    opportunity: { mean: 4, spread: 0.5, count: 2 },
    difficulty: { mean: 2, spread: 1, count: 2 },
    votes: 2,
    quadrant: 'quick-win',
    horizon: null,
    responsible: null,
    topicId: null,
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------
// Fakes: the API behind HttpClient, and the server-sent events

/**
 * The workshop endpoints in memory, behaving like the API: a session (with the caller's access),
 * its matrix, proposals with versions (a stale version answers 409), scores, dots, participants.
 */
class FakeWorkshopsApi {
  session = aSession();
  matrix: WorkshopMatrix = { sessionId: 's1', points: [], scorers: 0 };
  history: Record<string, WorkshopProposalRevision[]> = {};
  me: Me | null = null;
  /** Answer requests to this path (and method) with this status. */
  failing: { method: string; url: string; status: number } | null = null;
  readonly requests: HttpRequest<unknown>[] = [];

  readonly interceptor: HttpInterceptorFn = (req) => {
    this.requests.push(req);
    return this.answer(req);
  };

  /** Requests made, as "METHOD url". */
  calls(method?: string): string[] {
    return this.requests
      .filter((r) => !method || r.method === method)
      .map((r) => `${r.method} ${r.url}`);
  }

  bodiesOf(method: string, url: string): unknown[] {
    return this.requests
      .filter((r) => r.method === method && r.url === url)
      .map((r) => r.body);
  }

  private answer(req: HttpRequest<unknown>): Observable<HttpResponse<unknown>> {
    const ok = (body: unknown = null, status = 200) =>
      of(new HttpResponse({ status, body }));
    const fail = (status: number) =>
      throwError(
        () =>
          new HttpErrorResponse({
            status,
            url: req.url,
            error: { statusCode: status, message: 'refused' },
          }),
      );
    const { method, url } = req;
    if (this.failing?.method === method && this.failing.url === url) {
      return fail(this.failing.status);
    }
    const s = this.session;
    if (method === 'GET' && url === '/api/me') {
      return this.me ? ok(this.me) : fail(401);
    }
    if (method === 'GET' && url === '/api/workshop-sessions/s1') {
      return ok(JSON.parse(JSON.stringify(s)));
    }
    if (method === 'GET' && url === '/api/workshop-sessions/s1/matrix') {
      return ok(JSON.parse(JSON.stringify(this.matrix)));
    }
    if (method === 'PATCH' && url === '/api/workshop-sessions/s1') {
      this.session = { ...s, ...(req.body as object) };
      return ok(this.session);
    }
    const score = /^\/api\/workshop-sessions\/s1\/scores\/(.+)$/.exec(url);
    if (method === 'PUT' && score) {
      const body = req.body as { opportunity: number; difficulty: number };
      this.session = {
        ...s,
        proposals: s.proposals.map((p) =>
          p.id === score[1] ? { ...p, myScore: body } : p,
        ),
      };
      return ok(null, 204);
    }
    if (method === 'POST' && url === '/api/workshop-sessions/s1/participants') {
      const body = req.body as AddParticipantRequest;
      const participant = aParticipant({
        name: body.name ?? 'Maja Member',
        side: body.side,
        guest: body.guest ?? false,
        email: body.email,
      });
      this.session = { ...s, participants: [...s.participants, participant] };
      return ok({
        participant,
        invitationToken: body.guest ? 'guest-token-1' : null,
      });
    }
    const participant =
      /^\/api\/workshop-sessions\/s1\/participants\/(.+)$/.exec(url);
    if (method === 'DELETE' && participant) {
      this.session = {
        ...s,
        participants: s.participants.filter((p) => p.id !== participant[1]),
      };
      return ok(null, 204);
    }
    const dots = /^\/api\/workshop-sessions\/s1\/elements\/(.+)\/dots$/.exec(
      url,
    );
    if (method === 'PUT' && dots) {
      const wanted = (req.body as { dots: number }).dots;
      const element = s.elements.find((e) => e.id === dots[1]);
      if (!element || wanted - element.myDots > s.dotsLeft) {
        return fail(400);
      }
      const changed = {
        ...element,
        dots: element.dots + wanted - element.myDots,
        myDots: wanted,
      };
      this.session = {
        ...s,
        dotsLeft: s.dotsLeft - (wanted - element.myDots),
        elements: s.elements.map((e) => (e.id === element.id ? changed : e)),
      };
      return ok(changed);
    }
    const proposal = /^\/api\/workshop-proposals\/([^/]+)$/.exec(url);
    if (method === 'PATCH' && proposal) {
      const { version, sessionId, ...text } =
        req.body as UpdateWorkshopProposalRequest;
      const stored = s.proposals.find((p) => p.id === proposal[1]);
      if (!stored) {
        return fail(404);
      }
      if (sessionId !== s.id) {
        return fail(400);
      }
      if (stored.version !== version) {
        return fail(409);
      }
      const saved = {
        ...stored,
        ...text,
        version: stored.version + 1,
        revisions: stored.revisions + 1,
      };
      this.session = {
        ...s,
        proposals: s.proposals.map((p) => (p.id === saved.id ? saved : p)),
      };
      return ok(saved);
    }
    const history = /^\/api\/workshop-proposals\/([^/]+)\/history$/.exec(url);
    if (method === 'GET' && history) {
      return ok(this.history[history[1]] ?? []);
    }
    const need = /^\/api\/workshop-proposals\/([^/]+)\/need$/.exec(url);
    if (method === 'POST' && need) {
      return ok(aNeed({ id: 'need-from-proposal', status: 'draft' }), 201);
    }
    return fail(404);
  }
}

/** A server-sent events connection the spec speaks through. */
class FakeEventSource implements WorkshopEventSource {
  closed = false;
  private readonly listeners = new Map<string, ((event: never) => void)[]>();

  constructor(readonly url: string) {}

  addEventListener(type: string, listener: (event: never) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
  }

  /** The server says something changed. */
  change(what: string, sessionId = 's1'): void {
    const data: WorkshopChange = {
      sessionId,
      what,
      at: new Date().toISOString(),
    };
    this.fire('message', { data: JSON.stringify(data) });
  }

  fire(type: string, event: object = {}): void {
    for (const listener of this.listeners.get(type) ?? []) {
      listener(event as never);
    }
  }
}

/** Stands in for the ECharts chart (drawn in the browser journeys): it shows how many points. */
@Component({
  selector: 'opi-matrix-chart',
  template: `<div data-testid="matrix-chart">{{ points().length }}</div>`,
})
class MatrixChartStub {
  readonly points = input.required<readonly MatrixPoint[]>();
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------

describe('WorkshopSessionPage (/workshops/sessions/:sessionId)', () => {
  let api: FakeWorkshopsApi;
  let sources: FakeEventSource[];

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    api = new FakeWorkshopsApi();
    sources = [];
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([authInterceptor, api.interceptor])),
        provideTranslocoTesting(),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
        {
          provide: WORKSHOP_EVENT_SOURCE,
          useValue: (url: string) => {
            const source = new FakeEventSource(url);
            sources.push(source);
            return source;
          },
        },
      ],
    });
    TestBed.overrideComponent(SessionMatrix, {
      remove: { imports: [MatrixChart] },
      add: { imports: [MatrixChartStub] },
    });
  });

  async function open() {
    return openPage('/workshops/sessions/s1');
  }

  /** Waits until the page has fetched again after a change (they come in bursts). */
  async function refetched(opened: Awaited<ReturnType<typeof open>>) {
    await wait(LIVE_DEBOUNCE_MS + 50);
    await opened.settle();
  }

  async function selectedTab(opened: Awaited<ReturnType<typeof open>>) {
    const tabs = await opened.loader.getHarness(MatTabGroupHarness);
    return (await tabs.getSelectedTab()).getLabel();
  }

  async function openTab(
    opened: Awaited<ReturnType<typeof open>>,
    label: string,
  ) {
    const tabs = await opened.loader.getHarness(MatTabGroupHarness);
    await tabs.selectTab({ label });
    await opened.settle();
  }

  const button = (within: Element | null | undefined, label: string) => {
    const found = [...(within?.querySelectorAll('button') ?? [])].find(
      (b) => text(b) === label,
    );
    if (!found) {
      throw new Error(`No button "${label}"`);
    }
    return found;
  };

  /** Signs in as `me`, as the portal does after a reload (before the page opens). */
  function signIn(me: Me) {
    localStorage.setItem(TOKEN_STORAGE_KEY, 'token-1');
    api.me = me;
    TestBed.inject(AuthService).init();
  }

  it('shows the session, its steps and the current step’s section', async () => {
    api.session = aSession({ step: 'ideal-conditions' });

    const opened = await open();
    const { page } = opened;

    expect(text(page.querySelector('.session__series'))).toBe(
      'Care at home 2026',
    );
    expect(text(page.querySelector('h1'))).toBe(
      'Session 2: Conditions for pilots',
    );
    expect([...page.querySelectorAll('.session__facts dd')].map(text)).toEqual([
      'Apr 14, 2026',
      'Aarhus City Hall',
      'Frida Facilitator',
    ]);
    expect(
      [...page.querySelectorAll('.steps__item')].map((li) => [
        text(li.querySelector('.steps__name')),
        li.getAttribute('aria-current'),
      ]),
    ).toEqual([
      ['Empathy round', null],
      ['Ideal conditions', 'step'],
      ['Prioritising', null],
      ['Closed', null],
    ]);
    expect(await selectedTab(opened)).toBe('Ideal conditions');
  });

  it('opens the live updates and fetches the session and matrix again on each burst of changes', async () => {
    const opened = await open();
    expect(sources.map((s) => s.url)).toEqual([
      '/api/workshop-sessions/s1/events',
    ]);
    const fetches = () =>
      api
        .calls('GET')
        .filter((c) => c.startsWith('GET /api/workshop-sessions/s1'));
    expect(fetches()).toEqual([
      'GET /api/workshop-sessions/s1',
      'GET /api/workshop-sessions/s1/matrix',
    ]);
    sources[0].fire('open');
    await opened.settle();
    expect(text(opened.page.querySelector('.session__live'))).toBe(
      'Live: changes appear by themselves',
    );

    // Someone adds a proposal and someone scores: one fetch for both.
    api.session = aSession({
      proposals: [aProposal({ title: 'Shared test beds' })],
    });
    api.matrix = {
      sessionId: 's1',
      points: [aPoint({ title: 'Shared test beds' })],
      scorers: 3,
    };
    sources[0].change('proposals');
    sources[0].change('scores');
    await refetched(opened);

    expect(fetches()).toHaveLength(4);
    expect(fetches().slice(2)).toEqual([
      'GET /api/workshop-sessions/s1',
      'GET /api/workshop-sessions/s1/matrix',
    ]);
    await openTab(opened, 'Ideal conditions');
    expect(
      [...opened.page.querySelectorAll('.proposal__title')].map(text),
    ).toEqual(['Shared test beds']);
    await openTab(opened, 'Prioritising');
    expect(text(opened.page.querySelector('.matrix__scorers'))).toBe(
      '3 participants have scored.',
    );
    expect(text(opened.page.querySelector('[data-testid=matrix-chart]'))).toBe(
      '1',
    );
    expect(
      [...opened.page.querySelectorAll('.matrix__table tr')].map((tr) =>
        [...tr.querySelectorAll('th, td')].map(text),
      ),
    ).toEqual([
      [
        'Proposal',
        'Opportunity / importance',
        'Difficulty / feasibility',
        'Votes',
        'Quadrant',
      ],
      ['Shared test beds', '4 ± 0.5', '2 ± 1', '2', 'Quick wins'],
    ]);

    // Changes of another session are not ours.
    sources[0].change('scores', 'other-session');
    await wait(LIVE_DEBOUNCE_MS + 50);
    expect(fetches()).toHaveLength(4);

    // Leaving the page closes the connection.
    await opened.harness.navigateByUrl('/guide');
    expect(sources[0].closed).toBe(true);
  });

  it('catches up after the connection was lost', async () => {
    const opened = await open();
    sources[0].fire('open');
    sources[0].fire('error');
    await opened.settle();
    expect(text(opened.page.querySelector('.session__live'))).toBe(
      'Connection lost: reconnecting…',
    );

    sources[0].fire('open');
    await refetched(opened);

    expect(api.calls('GET').filter((c) => c.endsWith('/s1'))).toHaveLength(2);
  });

  it('lets the facilitator move the session to the next step', async () => {
    const opened = await open();

    await (
      await opened.loader.getHarness(
        MatButtonHarness.with({ text: 'On to Ideal conditions' }),
      )
    ).click();
    await opened.settle();

    expect(api.bodiesOf('PATCH', '/api/workshop-sessions/s1')).toEqual([
      { step: 'ideal-conditions' },
    ]);
    expect(
      opened.page
        .querySelector('[aria-current=step]')
        ?.textContent?.includes('Ideal conditions'),
    ).toBe(true);
    // The tab follows the step.
    expect(await selectedTab(opened)).toBe('Ideal conditions');
  });

  describe('as a participant', () => {
    const me = aParticipant({
      id: 'pt-me',
      name: 'Pia Participant',
      side: 'healthcare',
    });

    beforeEach(() => {
      api.session = aSession({
        access: { facilitator: false, participantId: 'pt-me' },
        participants: [me],
      });
    });

    it('says who they take part as, with no facilitator’s controls', async () => {
      const { page } = await open();

      expect(text(page.querySelector('.session__me'))).toBe(
        'You take part as Pia Participant (Healthcare actor).',
      );
      expect(page.querySelector('.steps__actions')).toBeNull();
      expect([...page.querySelectorAll('[role=tab]')].map(text)).toEqual([
        'Empathy round',
        'Ideal conditions',
        'Prioritising',
      ]);
    });

    it('places a dot on an element (the absolute number is sent)', async () => {
      api.session = {
        ...api.session,
        dotsLeft: 1,
        elements: [
          {
            id: 'el-1',
            side: 'healthcare',
            text: 'Time for staff',
            dots: 2,
            myDots: 0,
          },
          {
            id: 'el-2',
            side: 'healthcare',
            text: 'Clear contracts',
            dots: 3,
            myDots: 4,
          },
        ],
      };
      const opened = await open();
      const side = opened.page.querySelector(
        '[aria-labelledby=empathy-side-healthcare]',
      );
      expect(
        [...(side?.querySelectorAll('.empathy__text') ?? [])].map(text),
      ).toEqual(['Clear contracts', 'Time for staff']);
      expect(text(opened.page.querySelector('.empathy__dots-left'))).toBe(
        'You have 1 of 5 dots left.',
      );

      const row = side?.querySelectorAll('.empathy__element')[1];
      (
        row?.querySelector('[aria-label="Give a dot"]') as HTMLButtonElement
      ).click();
      await opened.settle();

      expect(
        api.bodiesOf('PUT', '/api/workshop-sessions/s1/elements/el-1/dots'),
      ).toEqual([{ dots: 1 }]);
      expect(text(opened.page.querySelector('.empathy__dots-left'))).toBe(
        'You have 0 of 5 dots left.',
      );
      expect(
        opened.page
          .querySelectorAll<HTMLButtonElement>('[aria-label="Give a dot"]')
          .item(0).disabled,
      ).toBe(true);
    });

    it('scores a proposal with both values, saved as soon as both are chosen', async () => {
      api.session = {
        ...api.session,
        step: 'prioritising',
        proposals: [aProposal({ id: 'p1', title: 'One front desk' })],
      };
      const opened = await open();
      const groups = await opened.loader.getAllHarnesses(
        MatButtonToggleGroupHarness,
      );
      expect(groups).toHaveLength(2);

      await (await groups[0].getToggles({ text: '4' }))[0].check();
      await opened.settle();
      expect(api.calls('PUT')).toEqual([]);
      expect(text(opened.page.querySelector('.scoring__state'))).toBe(
        'Choose the other score too, to save.',
      );

      await (await groups[1].getToggles({ text: '2' }))[0].check();
      await opened.settle();

      expect(
        api.bodiesOf('PUT', '/api/workshop-sessions/s1/scores/p1'),
      ).toEqual([{ opportunity: 4, difficulty: 2 }]);
      expect(text(opened.page.querySelector('.scoring__state'))).toBe(
        'Saved: opportunity 4, difficulty 2',
      );

      // A change sends both values again.
      await (await groups[0].getToggles({ text: '5' }))[0].check();
      await opened.settle();
      expect(
        api.bodiesOf('PUT', '/api/workshop-sessions/s1/scores/p1')[1],
      ).toEqual({ opportunity: 5, difficulty: 2 });
    });

    it('shows the scores given before', async () => {
      api.session = {
        ...api.session,
        step: 'prioritising',
        proposals: [
          aProposal({ id: 'p1', myScore: { opportunity: 3, difficulty: 1 } }),
        ],
      };
      const opened = await open();

      const [opportunity, difficulty] = await opened.loader.getAllHarnesses(
        MatButtonToggleGroupHarness,
      );
      const checked = async (group: MatButtonToggleGroupHarness) => {
        for (const toggle of await group.getToggles()) {
          if (await toggle.isChecked()) {
            return toggle.getText();
          }
        }
        return null;
      };
      expect(await checked(opportunity)).toBe('3');
      expect(await checked(difficulty)).toBe('1');
    });

    it('marks proposals carried over from earlier sessions and shows their history', async () => {
      api.session = {
        ...api.session,
        step: 'ideal-conditions',
        proposals: [
          aProposal({
            id: 'p1',
            title: 'Shared test beds',
            sessionNumber: 1,
            revisions: 1,
            version: 2,
          }),
          aProposal({ id: 'p2', title: 'One front desk', sessionNumber: 2 }),
        ],
      };
      api.history['p1'] = [
        {
          ...aProposal({ title: 'Test beds' }),
          version: 1,
          sessionNumber: 1,
          editedBy: 'Anna Author',
          editedAt: '2026-03-01T10:00:00.000Z',
        },
      ];
      const opened = await open();

      const [first, second] = [
        ...opened.page.querySelectorAll('opi-session-proposal'),
      ];
      expect(text(first.querySelector('.proposal__badge--earlier'))).toBe(
        'From session 1',
      );
      expect(second.querySelector('.proposal__badge--earlier')).toBeNull();
      // Only members of a municipality or hospital make needs.
      expect(opened.page.textContent).not.toContain('Make it a need');

      button(first, 'Earlier versions (1)').click();
      await opened.settle();

      expect(text(first.querySelector('.proposal__revision-meta'))).toBe(
        'Version 1 · session 1 · Anna Author · Mar 1, 2026',
      );
      expect(text(first.querySelector('.proposal__revision-title'))).toBe(
        'Test beds',
      );
    });

    it('refines their own proposal, sending the version and what changed', async () => {
      api.session = {
        ...api.session,
        step: 'ideal-conditions',
        proposals: [
          aProposal({
            id: 'p1',
            title: 'Test beds',
            mine: true,
            version: 3,
            sessionNumber: 1,
          }),
          aProposal({ id: 'p2', title: 'Not mine' }),
        ],
      };
      const opened = await open();
      const [mine, other] = [
        ...opened.page.querySelectorAll('opi-session-proposal'),
      ];
      expect(other.querySelector('.proposal__refine')).toBeNull();

      button(mine, 'Refine').click();
      await opened.settle();
      expect(text(mine.querySelector('.proposal__version'))).toBe(
        'Refining version 3',
      );
      const form = opened.loader.getChildLoader('opi-session-proposal form');
      await fill(await form, 'Title', 'Shared test beds');
      button(mine, 'Save refinement').click();
      await refetched(opened);

      expect(api.bodiesOf('PATCH', '/api/workshop-proposals/p1')).toEqual([
        { version: 3, sessionId: 's1', title: 'Shared test beds' },
      ]);
      expect(text(mine.querySelector('.proposal__title'))).toBe(
        'Shared test beds',
      );
      expect(mine.querySelector('form')).toBeNull();
    });

    it('says when someone else refined the proposal first, and loads their version', async () => {
      api.session = {
        ...api.session,
        step: 'ideal-conditions',
        proposals: [
          aProposal({ id: 'p1', title: 'Test beds', mine: true, version: 3 }),
        ],
      };
      const opened = await open();
      const card = () => opened.page.querySelector('opi-session-proposal');
      button(card(), 'Refine').click();
      await opened.settle();
      await fill(
        await opened.loader.getChildLoader('opi-session-proposal form'),
        'Title',
        'My test beds',
      );
      // Meanwhile, the facilitator refines it.
      api.session = {
        ...api.session,
        proposals: [
          aProposal({
            id: 'p1',
            title: 'Facilitator’s test beds',
            mine: true,
            version: 4,
            revisions: 1,
          }),
        ],
      };

      button(card(), 'Save refinement').click();
      await opened.settle();

      expect(text(card()?.querySelector('.proposal__conflict'))).toBe(
        'Someone else changed this proposal in the meantime. Their version is now in the form: make your changes again and save.',
      );
      await refetched(opened);
      expect(card()?.querySelector<HTMLInputElement>('input')?.value).toBe(
        'Facilitator’s test beds',
      );
      expect(text(card()?.querySelector('.proposal__version'))).toBe(
        'Refining version 4',
      );
    });

    it('adds a proposal', async () => {
      api.session = { ...api.session, step: 'ideal-conditions' };
      const opened = await open();

      const form = await opened.loader.getChildLoader('.proposals__new');
      await fill(form, 'Title', 'Pilot passport');
      await fill(form, 'Problem', 'Every pilot starts from scratch.');
      await fill(form, 'Proposal', 'A passport that travels along.');
      button(
        opened.page.querySelector('.proposals__new'),
        'Add proposal',
      ).click();
      await opened.settle();

      expect(
        api.bodiesOf('POST', '/api/workshop-sessions/s1/proposals'),
      ).toEqual([
        {
          title: 'Pilot passport',
          problem: 'Every pilot starts from scratch.',
          proposal: 'A passport that travels along.',
          needed: '',
          beneficiaries: '',
          pains: '',
          gains: '',
          groupName: null,
        },
      ]);
    });

    it('offers a member of a municipality to make a proposal a need', async () => {
      signIn(
        aMe({
          memberships: [
            aMembership({
              organisationId: 'aarhus',
              name: 'Aarhus Kommune',
              kind: 'municipality',
            }),
            aMembership({
              organisationId: 'acme',
              name: 'Acme ApS',
              kind: 'company',
            }),
          ],
        }),
      );
      api.session = {
        ...api.session,
        step: 'ideal-conditions',
        proposals: [aProposal({ id: 'p1' })],
      };
      const opened = await open();
      const arrived = navigationEnd(opened.router);

      button(
        opened.page.querySelector('opi-session-proposal'),
        'Make it a need',
      ).click();
      await arrived;

      expect(api.bodiesOf('POST', '/api/workshop-proposals/p1/need')).toEqual([
        { organisationId: 'aarhus' },
      ]);
      expect(opened.router.url).toBe('/needs/need-from-proposal/edit');
    });
  });

  describe('participants (facilitators)', () => {
    beforeEach(() => {
      api.session = aSession({
        participants: [
          aParticipant({
            id: 'pt-g',
            name: 'Gitte Guest',
            side: 'government',
            guest: true,
            email: 'gitte@example.org',
          }),
        ],
      });
    });

    it('lists the participants with their side and a guest badge', async () => {
      const opened = await open();
      await openTab(opened, 'Participants');

      const row = opened.page.querySelector('.participant');
      expect(text(row?.querySelector('.participant__name strong'))).toBe(
        'Gitte Guest',
      );
      expect(text(row?.querySelector('.participant__badge'))).toBe('Guest');
      expect(
        [...(row?.querySelectorAll('.participant__facts li') ?? [])].map(text),
      ).toEqual(['Government', 'gitte@example.org']);
    });

    it('adds a guest and shows the invitation link once', async () => {
      const opened = await open();
      await openTab(opened, 'Participants');

      const form = await opened.loader.getChildLoader('.participants__add');
      await (
        await form.getHarness(MatRadioGroupHarness)
      ).checkRadioButton({ label: 'A guest (no account)' });
      await fill(form, 'E-mail address', 'ole@example.org');
      await fill(form, 'Name', 'Ole Outsider');
      await (
        await selectIn(form, 'Side')
      ).clickOptions({
        text: 'Entrepreneur',
      });
      button(
        opened.page.querySelector('.participants__add'),
        'Add participant',
      ).click();
      await opened.settle();

      expect(
        api.bodiesOf('POST', '/api/workshop-sessions/s1/participants'),
      ).toEqual([
        {
          email: 'ole@example.org',
          side: 'entrepreneur',
          guest: true,
          name: 'Ole Outsider',
        },
      ]);
      const link = opened.page.querySelector('.guest-link');
      expect(text(link?.querySelector('p'))).toBe(
        'Ole Outsider is added as a guest. Pass on this personal link now: it is shown only once.',
      );
      expect(link?.querySelector('input')?.value).toBe(
        `${location.origin}/workshops/join/guest-token-1`,
      );
      expect(button(link, 'Copy link')).toBeTruthy();
      // A live update does not take it away…
      sources[0].change('participants');
      await refetched(opened);
      expect(opened.page.querySelector('.guest-link')).not.toBeNull();
      expect(
        [...opened.page.querySelectorAll('.participant__name strong')].map(
          text,
        ),
      ).toEqual(['Ole Outsider', 'Gitte Guest']);

      // …but once passed on, it is gone for good.
      button(opened.page.querySelector('.guest-link'), 'Done').click();
      await opened.settle();
      expect(opened.page.querySelector('.guest-link')).toBeNull();
      expect(opened.page.textContent).not.toContain('guest-token-1');
    });

    it('adds a portal member without a link', async () => {
      const opened = await open();
      await openTab(opened, 'Participants');

      const form = await opened.loader.getChildLoader('.participants__add');
      await fill(form, 'E-mail address', 'maja@example.org');
      await (
        await selectIn(form, 'Side')
      ).clickOptions({
        text: 'Knowledge institution',
      });
      button(
        opened.page.querySelector('.participants__add'),
        'Add participant',
      ).click();
      await opened.settle();

      expect(
        api.bodiesOf('POST', '/api/workshop-sessions/s1/participants'),
      ).toEqual([{ email: 'maja@example.org', side: 'knowledge' }]);
      expect(opened.page.querySelector('.guest-link')).toBeNull();
      const snackBar = await opened.overlay.getHarness(MatSnackBarHarness);
      expect(await snackBar.getMessage()).toBe('Maja Member is added.');
    });

    it('removes a participant once the facilitator confirms', async () => {
      const opened = await open();
      await openTab(opened, 'Participants');

      button(opened.page.querySelector('.participant'), 'Remove').click();
      const dialog = await opened.overlay.getHarness(MatDialogHarness);
      expect(await dialog.getTitleText()).toBe('Remove Gitte Guest?');
      await (
        await dialog.getHarness(MatButtonHarness.with({ text: 'Remove' }))
      ).click();
      await refetched(opened);

      expect(api.calls('DELETE')).toEqual([
        'DELETE /api/workshop-sessions/s1/participants/pt-g',
      ]);
      expect(opened.page.querySelector('.participant')).toBeNull();
    });
  });

  it('has no serious accessibility problems, on any tab', async () => {
    const me = aParticipant({ id: 'pt-me', side: 'knowledge' });
    api.session = aSession({
      access: { facilitator: true, participantId: 'pt-me' },
      participants: [me, aParticipant({ guest: true, email: 'g@example.org' })],
      elements: [
        {
          id: 'el-1',
          side: 'knowledge',
          text: 'Open data',
          dots: 2,
          myDots: 1,
        },
      ],
      proposals: [
        aProposal({ id: 'p1', mine: true, sessionNumber: 1, revisions: 1 }),
      ],
    });
    api.matrix = {
      sessionId: 's1',
      points: [aPoint({ proposalId: 'p1' })],
      scorers: 1,
    };
    const opened = await open();
    for (const label of ['Ideal conditions', 'Prioritising', 'Participants']) {
      await openTab(opened, label);
    }

    const results = await axe.run(opened.page, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      // jsdom lays nothing out: contrast is checked in the browser journeys.
      rules: { 'color-contrast': { enabled: false } },
    });

    expect(results.passes.map((p) => p.id)).toEqual(
      expect.arrayContaining([
        'aria-tab-name',
        'button-name',
        'definition-list',
        'heading-order',
        'label',
        'list',
      ]),
    );
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`),
    ).toEqual([]);
    // axe over every rule on a whole page takes seconds in jsdom, more on a busy machine.
  }, 30_000);

  it('tells a reader without access how to get in', async () => {
    api.failing = {
      method: 'GET',
      url: '/api/workshop-sessions/s1',
      status: 403,
    };

    const { page } = await open();

    expect(text(page.querySelector('[role=alert] p'))).toBe(
      'You do not take part in this session. Open it with your invitation link, or sign in with the account you were added with.',
    );
    expect(page.querySelector('[role=alert] a')?.getAttribute('href')).toBe(
      `/login?returnUrl=${encodeURIComponent('/workshops/sessions/s1')}`,
    );
  });
});
