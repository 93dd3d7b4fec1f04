import {
  HttpResponse,
  type HttpInterceptorFn,
  type HttpRequest,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoService } from '@jsverse/transloco';
import type {
  MatchFeedback,
  MatchList,
  Me,
  SimilarNeedMatch,
  OrganisationMatch,
} from '@opi/contracts';
import axe from 'axe-core';
import { of } from 'rxjs';
import { FakeApi } from '../../testing/fake-api';
import {
  aMatchList,
  aMatchReason,
  aMe,
  aMembership,
  aNeed,
  anOffering,
  anOfferingMatch,
  anOrganisation,
  aTestSiteMatch,
} from '../../testing/factories';
import { errorsOf, fill, openPage, text } from '../../testing/page';
import { aPartnership } from '../../testing/partnerships';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';
import { AuthService, TOKEN_STORAGE_KEY } from '../auth/auth.service';
// The lazy routes, loaded up front so the first spec does not pay for compiling them.
import '../needs/needs.routes';
import '../offerings/offerings.routes';

describe('ProposalsPanel (on /needs/:id and /offerings/:id)', () => {
  let api: FakeApi;

  beforeEach(() => {
    localStorage.clear();
    api = new FakeApi();
    api.needs = [aNeed({ id: 'n1', title: 'Night-time unrest' })];
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([api.interceptor])),
        provideTranslocoTesting(),
      ],
    });
  });

  function signIn() {
    localStorage.setItem(TOKEN_STORAGE_KEY, 'token-1');
    api.me = aMe();
    TestBed.inject(AuthService).init();
  }

  /** Two offerings proposed for need n1: a good one with a reason against, and a weak one. */
  function proposeTwo(feedback: MatchFeedback | null = null) {
    api.partners['n1'] = aMatchList([
      anOfferingMatch({
        offering: anOffering({
          id: 'o1',
          title: 'NightWatch sensors',
          language: 'en',
          organisation: anOrganisation({
            name: 'CareSense ApS',
            kind: 'company',
            country: 'DK',
          }),
        }),
        score: 0.823,
        reasons: [
          aMatchReason({
            code: 'shared-care-area',
            params: { codes: ['dementia', 'elderly-care'], fromText: [] },
          }),
          aMatchReason({
            code: 'text-overlap',
            text: 'Both about falls',
            params: {
              concepts: ['fall'],
              labels: ['falls'],
              words: [],
              similarity: 0.4,
            },
          }),
          aMatchReason({
            code: 'trl-below-minimum',
            text: 'TRL 4 is below the minimum of 6',
            params: { trl: 4, minTrl: 6 },
          }),
        ],
        feedback,
      }),
      anOfferingMatch({
        offering: anOffering({
          id: 'o2',
          title: 'Bed exit alarm',
          organisation: anOrganisation({
            name: 'Zorgtech BV',
            kind: 'company',
            country: 'NL',
          }),
        }),
        score: 0.41,
        reasons: [
          aMatchReason({
            code: 'same-funding-call',
            text: 'Both apply to the same call',
            params: {},
          }),
          aMatchReason({
            code: 'little-overlap',
            text: 'Little in common beyond the care domain',
            params: {},
          }),
        ],
      }),
    ]);
  }

  const panel = (page: HTMLElement) =>
    page.querySelector<HTMLElement>('opi-proposals-panel');
  const rows = (page: HTMLElement) => [
    ...(panel(page)?.querySelectorAll<HTMLElement>('li.proposal') ?? []),
  ];
  const titles = (page: HTMLElement) =>
    rows(page).map((row) => text(row.querySelector('h3')));
  const reasons = (row: HTMLElement | undefined) =>
    [...(row?.querySelectorAll('.reason') ?? [])].map(text);
  const meter = (row: HTMLElement | undefined) =>
    row?.querySelector('[role=meter]');
  const button = (row: HTMLElement | undefined, label: string) => {
    const found = [...(row?.querySelectorAll('button') ?? [])].find(
      (b) => text(b) === label,
    );
    if (!found) {
      throw new Error(`No button "${label}"`);
    }
    return found;
  };
  const puts = () =>
    api.requests
      .filter((r) => r.method === 'PUT' && r.url === '/api/matches/feedback')
      .map((r) => r.body);
  const spaced = (value: string | null | undefined) =>
    value?.replace(/\s+/g, ' ') ?? '';

  it('lists the partners proposed for a need with their score and reasons', async () => {
    proposeTwo();

    const { page } = await openPage('/needs/n1');

    const section = panel(page)?.querySelector('section');
    expect(text(section?.querySelector('h2'))).toBe('Proposed partners');
    expect(text(section?.querySelector('.proposals__intro'))).toBe(
      'Offerings that could meet this need, best fit first, and why each one was proposed.',
    );
    expect(api.lastQuery('/api/needs/n1/matches')).toEqual({ limit: '10' });
    expect(titles(page)).toEqual(['NightWatch sensors', 'Bed exit alarm']);

    const [first, second] = rows(page);
    const link = first.querySelector('h3 a');
    expect(link?.getAttribute('href')).toBe('/offerings/o1');
    expect(link?.getAttribute('lang')).toBe('en');
    expect(
      [...first.querySelectorAll('.proposal__org > span')].map(text),
    ).toEqual(['CareSense ApS', 'Denmark']);
    expect(meter(first)?.getAttribute('aria-valuenow')).toBe('82');
    expect(meter(first)?.getAttribute('aria-valuemin')).toBe('0');
    expect(meter(first)?.getAttribute('aria-valuemax')).toBe('100');
    expect(meter(first)?.getAttribute('aria-label')).toBe('Match 82%');
    expect(text(meter(first))).toBe('82%');
    expect(first.querySelector<HTMLElement>('.meter__fill')?.style.width).toBe(
      '82%',
    );
    expect(reasons(first)).toEqual([
      'Both address dementia and elderly care',
      'Both about falls',
      'Against: TRL 4 is below the minimum of 6',
    ]);
    expect(
      first.querySelectorAll('.reason--against .reason__icon'),
    ).toHaveLength(1);

    expect(meter(second)?.getAttribute('aria-label')).toBe('Match 41%');
    // A reason the portal has no words for comes in the engine's English.
    expect(reasons(second)).toEqual([
      'Both apply to the same call',
      'Against: Little in common beyond the care domain',
    ]);
    expect(second.querySelector('[lang=en]')).not.toBeNull();

    expect(text(section?.querySelector('.proposals__computed'))).toBe(
      'Computed Mar 1, 2026',
    );
  });

  it('speaks the reader’s language', async () => {
    proposeTwo();
    TestBed.inject(TranslocoService).setActiveLang('da');

    const { page } = await openPage('/needs/n1');

    expect(text(panel(page)?.querySelector('h2'))).toBe('Foreslåede partnere');
    const [first, second] = rows(page);
    expect(
      [...first.querySelectorAll('.proposal__org > span')].map(text),
    ).toEqual(['CareSense ApS', 'Danmark']);
    expect(spaced(meter(first)?.getAttribute('aria-label'))).toBe('Match 82 %');
    expect(text(meter(first))).toBe('82 %');
    expect(reasons(first)).toEqual([
      'Begge handler om demens og ældrepleje',
      'Begge omtaler falls',
      'Imod: TRL 4 er under kravet om mindst 6',
    ]);
    expect(reasons(second)).toEqual([
      'Both apply to the same call',
      'Imod: Ikke meget til fælles ud over fagområdet',
    ]);
    expect(text(panel(page)?.querySelector('.proposals__computed'))).toBe(
      'Beregnet 1. mar. 2026',
    );
  });

  it('lists the test sites proposed for an offering, with the need each fits', async () => {
    api.offerings = [anOffering({ id: 'o1' })];
    api.testSites['o1'] = aMatchList([
      aTestSiteMatch({
        organisation: {
          id: 'aarhus',
          name: 'Aarhus Kommune',
          kind: 'municipality',
          country: 'DK',
          region: 'Midtjylland',
        },
        need: aNeed({ id: 'n7', title: 'Natlig uro', language: 'da' }),
        score: 0.6,
        reasons: [
          aMatchReason({
            code: 'test-site-setting',
            params: { settings: ['nursing-home'], capacity: 40 },
          }),
          aMatchReason({
            code: 'same-region',
            params: { region: 'Midtjylland', country: 'DK' },
          }),
        ],
      }),
    ]);

    const { page } = await openPage('/offerings/o1');

    expect(text(panel(page)?.querySelector('h2'))).toBe('Proposed test sites');
    expect(api.lastQuery('/api/offerings/o1/test-sites')).toEqual({
      limit: '10',
    });
    const [row] = rows(page);
    expect(text(row.querySelector('h3'))).toBe('Aarhus Kommune');
    expect(row.querySelector('h3 a')?.getAttribute('href')).toBe(
      '/organisations/aarhus',
    );
    expect(
      [...row.querySelectorAll('.proposal__org > span')].map(text),
    ).toEqual(['Municipality', 'Denmark']);
    const need = row.querySelector('.proposal__need');
    expect(text(need)).toBe('Fits their need: Natlig uro');
    expect(need?.querySelector('a')?.getAttribute('href')).toBe('/needs/n7');
    expect(need?.querySelector('a')?.getAttribute('lang')).toBe('da');
    expect(meter(row)?.getAttribute('aria-valuenow')).toBe('60');
    expect(reasons(row)).toEqual([
      'Offers a test site in nursing home (capacity 40)',
      'Both in Midtjylland',
    ]);
  });

  it('asks a visitor to sign in to save proposals instead of offering the buttons', async () => {
    proposeTwo();

    const { page } = await openPage('/needs/n1');

    const hint = panel(page)?.querySelector('.proposals__sign-in a');
    expect(text(hint)).toBe('Sign in to save proposals');
    expect(hint?.getAttribute('href')).toBe(
      `/login?returnUrl=${encodeURIComponent('/needs/n1')}`,
    );
    expect(panel(page)?.querySelectorAll('li.proposal button')).toHaveLength(0);
  });

  it('lets a signed-in reader mark a proposal interesting, and take it back', async () => {
    signIn();
    proposeTwo();
    const opened = await openPage('/needs/n1');
    const first = () => rows(opened.page)[0];

    expect(panel(opened.page)?.querySelector('.proposals__sign-in')).toBeNull();
    const interesting = button(first(), 'Interesting');
    expect(interesting.getAttribute('aria-pressed')).toBe('false');
    const describedBy = interesting.getAttribute('aria-describedby') ?? '';
    expect(text(document.getElementById(describedBy))).toBe(
      'NightWatch sensors',
    );

    interesting.click();
    await opened.settle();

    expect(button(first(), 'Interesting').getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(puts()).toEqual([
      { subjectId: 'n1', candidateId: 'o1', verdict: 'interesting' },
    ]);

    button(first(), 'Interesting').click();
    await opened.settle();

    expect(button(first(), 'Interesting').getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(puts()[1]).toEqual({
      subjectId: 'n1',
      candidateId: 'o1',
      verdict: null,
    });
  });

  it('shows the verdict a reader gave before', async () => {
    signIn();
    proposeTwo('interesting');

    const { page } = await openPage('/needs/n1');

    expect(
      button(rows(page)[0], 'Interesting').getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('hides a proposal that is not relevant, with an undo that brings it back', async () => {
    signIn();
    proposeTwo();
    const opened = await openPage('/needs/n1');

    button(rows(opened.page)[0], 'Not relevant').click();
    await opened.settle();

    expect(puts()).toEqual([
      { subjectId: 'n1', candidateId: 'o1', verdict: 'hidden' },
    ]);
    expect(titles(opened.page)).toEqual(['Bed exit alarm']);
    // The focus goes on to the next proposal.
    expect(document.activeElement?.textContent).toBe('Bed exit alarm');
    const snackBar = await opened.overlay.getHarness(MatSnackBarHarness);
    expect(await snackBar.getMessage()).toBe(
      '“NightWatch sensors” is hidden from your proposals.',
    );
    expect(await snackBar.getActionDescription()).toBe('Undo');

    await snackBar.dismissWithAction();
    await opened.settle();

    expect(puts()[1]).toEqual({
      subjectId: 'n1',
      candidateId: 'o1',
      verdict: null,
    });
    expect(titles(opened.page)).toEqual([
      'NightWatch sensors',
      'Bed exit alarm',
    ]);
    expect(document.activeElement?.textContent).toBe('NightWatch sensors');
  });

  it('keeps a hidden proposal out when the page is opened again', async () => {
    signIn();
    proposeTwo();
    const opened = await openPage('/needs/n1');
    button(rows(opened.page)[1], 'Not relevant').click();
    await opened.settle();

    await opened.harness.navigateByUrl('/needs');
    await opened.harness.navigateByUrl('/needs/n1');
    await opened.settle();

    expect(titles(opened.harness.routeNativeElement as HTMLElement)).toEqual([
      'NightWatch sensors',
    ]);
  });

  it('shows the proposal as it was when the verdict could not be saved', async () => {
    signIn();
    proposeTwo();
    const opened = await openPage('/needs/n1');
    api.failing = '/api/matches/feedback';

    button(rows(opened.page)[0], 'Not relevant').click();
    await opened.settle();

    expect(titles(opened.page)).toEqual([
      'NightWatch sensors',
      'Bed exit alarm',
    ]);
    const snackBar = await opened.overlay.getHarness(MatSnackBarHarness);
    expect(await snackBar.getMessage()).toBe(
      'Something went wrong on our side. Please try again.',
    );
  });

  it('says when there are no proposals yet', async () => {
    const { page } = await openPage('/needs/n1');

    expect(text(panel(page)?.querySelector('.opi-state'))).toBe(
      'No proposals yet.',
    );
    expect(panel(page)?.querySelector('ol')).toBeNull();
    expect(panel(page)?.querySelector('.proposals__computed')).toBeNull();
  });

  it('says so while it loads', async () => {
    proposeTwo();
    api.holding = '/api/needs/n1/matches';
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/needs/n1');
    const page = harness.routeNativeElement as HTMLElement;
    harness.fixture.detectChanges();

    expect(text(panel(page)?.querySelector('[role=status]'))).toBe(
      'Loading proposed partners…',
    );

    api.release();
    await harness.fixture.whenStable();

    expect(panel(page)?.querySelector('[role=status]')).toBeNull();
    expect(titles(page)).toHaveLength(2);
  });

  it('shows an error the reader can retry', async () => {
    proposeTwo();
    api.failing = '/api/needs/n1/matches';
    const opened = await openPage('/needs/n1');

    const alert = panel(opened.page)?.querySelector('[role=alert]');
    expect(text(alert?.querySelector('p'))).toBe(
      'The proposed partners could not be loaded.',
    );
    // The record itself is there.
    expect(text(opened.page.querySelector('h1'))).toBe('Night-time unrest');

    api.failing = false;
    button(alert as HTMLElement, 'Try again').click();
    await opened.settle();

    expect(titles(opened.page)).toEqual([
      'NightWatch sensors',
      'Bed exit alarm',
    ]);
  });

  it('has no serious accessibility problems', async () => {
    signIn();
    proposeTwo('interesting');
    const { page } = await openPage('/needs/n1');

    const results = await axe.run(panel(page) as HTMLElement, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      // jsdom lays nothing out: contrast is checked in the browser journeys.
      rules: { 'color-contrast': { enabled: false } },
    });

    expect(results.passes.map((p) => p.id)).toEqual(
      expect.arrayContaining(['aria-meter-name', 'button-name', 'list']),
    );
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`),
    ).toEqual([]);
  });
});

describe('ProposalsPanel: expressing interest and introducing', () => {
  let api: FakeApi;
  /** What the brokering endpoints were sent. */
  let sent: HttpRequest<unknown>[];
  let similar: MatchList<SimilarNeedMatch>;
  let evaluation: MatchList<OrganisationMatch>;

  /** Answers the brokering endpoints and the lists FakeApi leaves empty; the rest goes to FakeApi. */
  const brokering: HttpInterceptorFn = (req, next) => {
    const answer = (body: unknown) =>
      of(new HttpResponse({ status: 201, body }));
    if (req.method === 'POST' && req.url === '/api/interests') {
      sent.push(req);
      return answer({ id: 'i1', status: 'pending' });
    }
    if (req.method === 'POST' && req.url === '/api/partnerships') {
      sent.push(req);
      return answer(aPartnership({ id: 'p9', stage: 'proposed' }));
    }
    if (req.method === 'GET' && req.url === '/api/needs/n1/similar') {
      return of(new HttpResponse({ status: 200, body: similar }));
    }
    if (
      req.method === 'GET' &&
      req.url === '/api/needs/n1/evaluation-partners'
    ) {
      return of(new HttpResponse({ status: 200, body: evaluation }));
    }
    return next(req);
  };

  const aarhus = anOrganisation({ id: 'aarhus', name: 'Aarhus Kommune' });
  const careSense = anOrganisation({
    id: 'caresense',
    name: 'CareSense ApS',
    kind: 'company',
  });

  beforeEach(() => {
    localStorage.clear();
    sent = [];
    api = new FakeApi();
    api.needs = [
      aNeed({ id: 'n1', title: 'Night-time unrest', organisation: aarhus }),
    ];
    api.offerings = [
      anOffering({ id: 'o1', title: 'NightWatch', organisation: careSense }),
    ];
    api.partners['n1'] = aMatchList([
      anOfferingMatch({
        offering: anOffering({
          id: 'o2',
          title: 'Bed exit alarm',
          organisation: anOrganisation({ id: 'zorgtech', name: 'Zorgtech BV' }),
        }),
      }),
    ]);
    api.testSites['o1'] = aMatchList([
      aTestSiteMatch({
        organisation: {
          id: 'odense',
          name: 'Odense Kommune',
          kind: 'municipality',
          country: 'DK',
          region: null,
        },
      }),
    ]);
    similar = aMatchList([
      {
        need: aNeed({ id: 'n7', title: 'Wandering at night' }),
        score: 0.5,
        reasons: [aMatchReason()],
        feedback: null,
      },
    ]);
    evaluation = aMatchList([
      {
        organisation: {
          id: 'au',
          name: 'Aarhus University',
          kind: 'knowledge_institution',
          country: 'DK',
          region: null,
        },
        score: 0.4,
        reasons: [aMatchReason()],
        feedback: null,
      },
    ]);
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([brokering, api.interceptor])),
        provideTranslocoTesting(),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
  });

  function signInAs(me: Me) {
    localStorage.setItem(TOKEN_STORAGE_KEY, 'token-1');
    api.me = me;
    TestBed.inject(AuthService).init();
  }

  const member = (organisationId: string) =>
    aMe({
      role: 'public_staff',
      memberships: [aMembership({ organisationId })],
    });

  const panelOf = (page: HTMLElement, kind: string) =>
    page
      .querySelector(`#proposals-heading-${kind}`)
      ?.closest('opi-proposals-panel') as HTMLElement | null;
  const rowIn = (page: HTMLElement, kind: string) =>
    panelOf(page, kind)?.querySelector<HTMLElement>('li.proposal') ?? null;
  const labels = (row: HTMLElement | null) =>
    [...(row?.querySelectorAll('button') ?? [])].map(text);

  async function expressInterest(
    opened: Awaited<ReturnType<typeof openPage>>,
    kind: string,
    message: string,
  ) {
    const express = [
      ...(rowIn(opened.page, kind)?.querySelectorAll('button') ?? []),
    ].find((b) => text(b) === 'Express interest');
    express?.click();
    await opened.settle();
    await fill(opened.overlay, 'Message', message);
    await (
      await opened.overlay.getHarness(
        MatButtonHarness.with({
          ancestor: 'mat-dialog-container',
          text: 'Send',
        }),
      )
    ).click();
    await opened.settle();
  }

  it.each([
    {
      kind: 'partners',
      url: '/needs/n1',
      organisation: 'aarhus',
      subject: { type: 'need', id: 'n1' },
      target: { type: 'offering', id: 'o2' },
    },
    {
      kind: 'test-sites',
      url: '/offerings/o1',
      organisation: 'caresense',
      subject: { type: 'offering', id: 'o1' },
      target: { type: 'organisation', id: 'odense' },
    },
    {
      kind: 'similar-needs',
      url: '/needs/n1',
      organisation: 'aarhus',
      subject: { type: 'need', id: 'n1' },
      target: { type: 'need', id: 'n7' },
    },
    {
      kind: 'evaluation-partners',
      url: '/needs/n1',
      organisation: 'aarhus',
      subject: { type: 'need', id: 'n1' },
      target: { type: 'organisation', id: 'au' },
    },
  ])(
    'sends an expression of interest from $kind about the page’s record',
    async ({ kind, url, organisation, subject, target }) => {
      signInAs(member(organisation));
      const opened = await openPage(url);

      await expressInterest(
        opened,
        kind,
        'We would like to explore this together.',
      );

      expect(sent.map((r) => [r.url, r.body])).toEqual([
        [
          '/api/interests',
          {
            subject,
            target,
            message: 'We would like to explore this together.',
          },
        ],
      ]);
      expect(document.querySelector('mat-dialog-container')).toBeNull();
      const row = rowIn(opened.page, kind);
      expect(text(row?.querySelector('.proposal__interest-sent'))).toBe(
        'Interest sent',
      );
      expect(labels(row)).not.toContain('Express interest');
    },
  );

  it('asks for a message of at least 10 characters', async () => {
    signInAs(member('aarhus'));
    const opened = await openPage('/needs/n1');

    await expressInterest(opened, 'partners', 'Hello');

    expect(await errorsOf(opened.overlay, 'Message')).toEqual([
      'Use at least 10 characters.',
    ]);
    expect(sent).toEqual([]);
    const dialog = await opened.overlay.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe(
      'Express interest in “Bed exit alarm”',
    );
  });

  it('offers no “Express interest” to readers outside the record’s organisation', async () => {
    signInAs(member('elsewhere'));
    const { page } = await openPage('/needs/n1');

    expect(labels(rowIn(page, 'partners'))).toEqual([
      'Interesting',
      'Not relevant',
    ]);
  });

  it('lets cluster managers introduce the need’s organisation to the offering’s', async () => {
    signInAs(aMe({ role: 'cluster_manager' }));
    const opened = await openPage('/needs/n1');

    expect(labels(rowIn(opened.page, 'partners'))).toEqual([
      'Interesting',
      'Not relevant',
      'Introduce',
    ]);
    // Only proposed partners are introduced (an offering and a need).
    expect(labels(rowIn(opened.page, 'similar-needs'))).not.toContain(
      'Introduce',
    );
    expect(labels(rowIn(opened.page, 'evaluation-partners'))).not.toContain(
      'Introduce',
    );

    [...(rowIn(opened.page, 'partners')?.querySelectorAll('button') ?? [])]
      .find((b) => text(b) === 'Introduce')
      ?.click();
    await opened.settle();
    await fill(
      opened.overlay,
      'Why they should meet',
      'Zorgtech’s alarm fits your night-time unrest.',
    );
    await (
      await opened.overlay.getHarness(
        MatButtonHarness.with({
          ancestor: 'mat-dialog-container',
          text: 'Send the introduction',
        }),
      )
    ).click();
    await opened.settle();

    expect(sent.map((r) => [r.url, r.body])).toEqual([
      [
        '/api/partnerships',
        {
          organisationIds: ['aarhus', 'zorgtech'],
          needId: 'n1',
          offeringId: 'o2',
          note: 'Zorgtech’s alarm fits your night-time unrest.',
        },
      ],
    ]);
    const done = rowIn(opened.page, 'partners')?.querySelector(
      '.proposal__introduced',
    );
    expect(text(done)).toBe('Introduced. Open the partnership');
    expect(done?.querySelector('a')?.getAttribute('href')).toBe(
      '/partnerships/p9',
    );
  });

  it('offers no “Introduce” to other readers', async () => {
    signInAs(member('aarhus'));
    const { page } = await openPage('/needs/n1');

    expect(labels(rowIn(page, 'partners'))).toEqual([
      'Interesting',
      'Not relevant',
      'Express interest',
    ]);
  });
});
