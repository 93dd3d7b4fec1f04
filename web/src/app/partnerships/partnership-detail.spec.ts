import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDatepickerInputHarness } from '@angular/material/datepicker/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import {
  type Partnership,
  type ScaleUpProposals,
  readyToScale,
} from '@opi/contracts';
import { signInAs } from '../../testing/auth';
import { aGuidePage, aMe } from '../../testing/factories';
import { fill, openPage, text } from '../../testing/page';
import {
  aParty,
  aPartnership,
  aPartnershipEvent,
  aPartnershipTask,
  aPartyOrganisation,
  aScaleUpProposal,
  anEvaluation,
} from '../../testing/partnerships';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';
import { authInterceptor } from '../auth/auth.interceptor';
import { isoDay } from './partnership-labels';

type OpenPage = Awaited<ReturnType<typeof openPage>>;

describe('PartnershipDetail (/partnerships/:id)', () => {
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
    signInAs(aMe(), http);
  });

  afterEach(() => http.verify());

  const aarhus = aPartyOrganisation({ id: 'aarhus', name: 'Aarhus Kommune' });
  const careSense = aPartyOrganisation({
    id: 'caresense',
    name: 'CareSense ApS',
    kind: 'company',
  });

  /** Aarhus and CareSense, introduced and exploring; the reader is a member of CareSense. */
  function sensors(overrides: Partial<Partnership> = {}): Partnership {
    return aPartnership({
      id: 'p1',
      title: 'Night-time sensors in Aarhus',
      stage: 'introduced',
      version: 5,
      partyDetails: [
        aParty({ organisation: aarhus }),
        aParty({ organisation: careSense }),
      ],
      myOrganisationId: 'caresense',
      ...overrides,
    });
  }

  /**
   * Opens the page on `partnership`; once it is ready to scale up, answers its proposals (and the
   * guide page of the scaling phase) too, before the page can settle.
   */
  async function open(
    partnership: Partnership = sensors(),
    scaleUp: ScaleUpProposals = { available: true, canInvite: true, items: [] },
  ) {
    const opened = await openPage('/partnerships/p1', { settled: false });
    http
      .expectOne({ method: 'GET', url: '/api/partnerships/p1' })
      .flush(partnership);
    if (readyToScale(partnership)) {
      const request = await awaitRequest(
        opened,
        (r) => r.url === '/api/partnerships/p1/scale-up',
      );
      request.flush(scaleUp);
      http
        .match((r) => r.url.startsWith('/api/guide/pages/'))
        .forEach((guide) => guide.flush(aGuidePage({ kind: 'phase' })));
    }
    await opened.settle();
    return opened;
  }

  /** The page's request that `match` finds, once its effects have made it. */
  async function awaitRequest(
    opened: OpenPage,
    match: (r: { url: string }) => boolean,
  ) {
    let found = http.match(match);
    for (let i = 0; i < 10 && found.length === 0; i++) {
      opened.harness.fixture.detectChanges();
      await new Promise((resolve) => setTimeout(resolve));
      found = http.match(match);
    }
    expect(found).toHaveLength(1);
    return found[0];
  }

  const party = ({ page }: OpenPage, id: string) =>
    page.querySelector<HTMLElement>(`[data-party="${id}"]`);

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

  const buttons = (root: ParentNode | null) =>
    [...(root?.querySelectorAll('button') ?? [])].map(text);

  const dialogElement = () => document.querySelector('mat-dialog-container');

  /** Answers the guide page the page asks for once it knows the stage (after its effects ran). */
  async function answerGuide(
    opened: OpenPage,
    slug: string,
    page = aGuidePage({ slug, kind: 'phase' }),
  ) {
    const request = await awaitRequest(
      opened,
      (r) => r.url === `/api/guide/pages/${slug}`,
    );
    expect(request.request.params.get('lang')).toBe('en');
    request.flush(page);
    await opened.settle();
  }

  it('shows the partnership, its stage and its parties, without contacts before both agreed', async () => {
    const opened = await open(
      sensors({
        stage: 'proposed',
        note: 'You both work on night-time unrest.',
        partyDetails: [
          aParty({
            organisation: aarhus,
            consentAt: '2026-03-02T09:00:00.000Z',
            consentBy: 'Mette Hansen',
          }),
          aParty({ organisation: careSense, consentAt: null }),
        ],
      }),
    );

    expect(text(opened.page.querySelector('h1'))).toBe(
      'Night-time sensors in Aarhus',
    );
    expect(
      text(opened.page.querySelector('.stepper [aria-current="step"]')),
    ).toBe('Proposed');
    expect(text(opened.page.querySelector('.parties__note p'))).toBe(
      'You both work on night-time unrest.',
    );
    expect(
      text(party(opened, 'aarhus')?.querySelector('.party__consent')),
    ).toBe('Mette Hansen agreed on Mar 2, 2026');
    expect(
      text(party(opened, 'caresense')?.querySelector('.party__consent')),
    ).toBe('Has not answered yet');
    expect(opened.page.querySelector('.party__contacts')).toBeNull();
    expect(text(opened.page.querySelector('.parties__hint'))).toBe(
      'The parties’ contacts are shown here once both have agreed.',
    );
  });

  it('shows the parties’ contacts once they are given', async () => {
    const opened = await open(
      sensors({
        partyDetails: [
          aParty({
            organisation: aarhus,
            contacts: [{ name: 'Mette Hansen', email: 'mette@aarhus.dk' }],
          }),
          aParty({
            organisation: careSense,
            contacts: [{ name: 'Jonas Berg', email: 'jonas@caresense.dk' }],
          }),
        ],
      }),
    );

    const contacts = party(opened, 'aarhus')?.querySelector('.party__contacts');
    expect(contacts?.getAttribute('aria-label')).toBe(
      'Contacts at Aarhus Kommune',
    );
    expect(text(contacts?.querySelector('.party__contact-name'))).toBe(
      'Mette Hansen',
    );
    expect(text(contacts?.querySelector('a'))).toBe('mette@aarhus.dk');
    expect(contacts?.querySelector('a')?.getAttribute('href')).toBe(
      'mailto:mette@aarhus.dk',
    );
    expect(opened.page.querySelector('.parties__hint')).toBeNull();
  });

  it('asks only the reader’s party, while it has not answered, to accept or decline', async () => {
    const proposed = sensors({
      stage: 'proposed',
      partyDetails: [
        aParty({ organisation: aarhus, consentAt: null }),
        aParty({ organisation: careSense, consentAt: null }),
      ],
    });
    const opened = await open(proposed);

    expect(buttons(party(opened, 'aarhus'))).toEqual([]);
    expect(buttons(party(opened, 'caresense'))).toEqual([
      'Accept the introduction',
      'Decline',
    ]);

    press(party(opened, 'caresense'), 'Accept the introduction', opened);
    const consent = http.expectOne({
      method: 'POST',
      url: '/api/partnerships/p1/consent',
    });
    expect(consent.request.body).toEqual({ accept: true });
    consent.flush({
      ...proposed,
      partyDetails: [
        aParty({ organisation: aarhus, consentAt: null }),
        aParty({
          organisation: careSense,
          consentAt: '2026-03-12T09:00:00.000Z',
        }),
      ],
    });
    await opened.settle();

    expect(buttons(party(opened, 'caresense'))).toEqual([]);
    expect(
      text(party(opened, 'caresense')?.querySelector('.party__consent')),
    ).toBe('Agreed on Mar 12, 2026');
  });

  it('has no consent buttons once the reader’s party agreed', async () => {
    const opened = await open(
      sensors({
        stage: 'proposed',
        partyDetails: [
          aParty({ organisation: aarhus, consentAt: null }),
          aParty({ organisation: careSense }),
        ],
      }),
    );

    expect(opened.page.querySelector('.party__answer')).toBeNull();
  });

  it('declines an introduction with a reason', async () => {
    const proposed = sensors({
      stage: 'proposed',
      partyDetails: [
        aParty({ organisation: aarhus }),
        aParty({ organisation: careSense, consentAt: null }),
      ],
    });
    const opened = await open(proposed);

    press(party(opened, 'caresense'), 'Decline', opened);
    await opened.settle();
    expect(
      await (await opened.overlay.getHarness(MatDialogHarness)).getTitleText(),
    ).toBe('Decline the introduction “Night-time sensors in Aarhus”?');
    await fill(opened.overlay, 'Reason', 'We have no capacity this year.');
    press(dialogElement(), 'Decline', opened);
    const consent = http.expectOne({
      method: 'POST',
      url: '/api/partnerships/p1/consent',
    });
    expect(consent.request.body).toEqual({
      accept: false,
      reason: 'We have no capacity this year.',
    });
    consent.flush({
      ...proposed,
      stage: 'closed',
      outcome: 'stopped',
      closeReason: 'We have no capacity this year.',
    });
    await opened.settle();

    expect(text(opened.page.querySelector('.stage__closed'))).toBe(
      'Stopped — We have no capacity this year.',
    );
    expect(opened.page.querySelector('.party__answer')).toBeNull();
  });

  it('moves to the next stage with the version it holds', async () => {
    const opened = await open();

    expect(buttons(opened.page.querySelector('.stage__actions'))).toEqual([
      'Move on to Exploring',
      'Close the partnership',
    ]);
    press(opened.page, 'Move on to Exploring', opened);
    const move = http.expectOne({
      method: 'POST',
      url: '/api/partnerships/p1/stage',
    });
    expect(move.request.body).toEqual({ stage: 'exploring', version: 5 });
    move.flush(sensors({ stage: 'exploring', version: 6 }));
    // Exploring is phase 1 of the guide: its checklist is read.
    await answerGuide(opened, 'phase-1-idea-and-need');

    expect(
      text(opened.page.querySelector('.stepper [aria-current="step"]')),
    ).toBe('Exploring');
    expect(buttons(opened.page.querySelector('.stage__actions'))).toEqual([
      'Move on to Agreement',
      'Back to Introduced',
      'Close the partnership',
    ]);
  });

  it('shows a refused stage change, and lets a cluster manager override it with a reason', async () => {
    const opened = await open(sensors({ canOverride: true }));

    press(opened.page, 'Move on to Exploring', opened);
    http.expectOne({ method: 'POST', url: '/api/partnerships/p1/stage' }).flush(
      {
        statusCode: 409,
        message: 'Both parties must have agreed first.',
        error: 'Conflict',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await opened.settle();

    expect(text(dialogElement()?.querySelector('.text-dialog__message'))).toBe(
      'Both parties must have agreed first.',
    );
    await fill(opened.overlay, 'Reason for the override', 'Agreed by phone');
    press(dialogElement(), 'Move anyway', opened);
    const override = http.expectOne({
      method: 'POST',
      url: '/api/partnerships/p1/stage',
    });
    expect(override.request.body).toEqual({
      stage: 'exploring',
      version: 5,
      override: true,
      reason: 'Agreed by phone',
    });
    override.flush(
      sensors({
        stage: 'exploring',
        version: 6,
        history: [
          aPartnershipEvent({
            id: 'e1',
            kind: 'override',
            fromStage: 'introduced',
            toStage: 'exploring',
            text: 'Agreed by phone',
            by: 'Karen Holm',
            at: '2026-03-12T09:30:00.000Z',
          }),
        ],
      }),
    );
    await answerGuide(opened, 'phase-1-idea-and-need');

    const event = opened.page.querySelector('[data-event="e1"]');
    expect(text(event?.querySelector('.event__what'))).toBe(
      'Moved from Introduced to Exploring, overriding the pipeline',
    );
    expect(text(event?.querySelector('.event__text'))).toBe(
      'Reason: Agreed by phone',
    );
    expect(text(event?.querySelector('.event__meta'))).toMatch(
      /^Karen Holm · Mar 12, 2026/,
    );
  });

  it('shows the API’s words when a reader who may not override is refused', async () => {
    const opened = await open();

    press(opened.page, 'Move on to Exploring', opened);
    http.expectOne({ method: 'POST', url: '/api/partnerships/p1/stage' }).flush(
      {
        statusCode: 409,
        message: 'Someone else changed this partnership: reload it.',
        error: 'Conflict',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await opened.settle();

    expect(dialogElement()).toBeNull();
    const problem = opened.page.querySelector('.stage__problem');
    expect(text(problem?.querySelector('p'))).toBe(
      'The stage was not changed:',
    );
    expect(text(problem?.querySelector('.stage__message'))).toBe(
      'Someone else changed this partnership: reload it.',
    );
    expect(document.activeElement).toBe(problem);
  });

  it('shows the checklist of the stage’s guide phase for the reader’s kind of organisation', async () => {
    const opened = await openPage('/partnerships/p1', { settled: false });
    http
      .expectOne({ method: 'GET', url: '/api/partnerships/p1' })
      .flush(sensors({ stage: 'testing' }));
    await answerGuide(
      opened,
      'phase-3-innovation-and-test',
      aGuidePage({
        slug: 'phase-3-innovation-and-test',
        kind: 'phase',
        phase: 3,
        checklists: [
          {
            role: 'public',
            heading: 'For the public organisation',
            headingId: 'public',
            items: [
              { id: 'x:public:1', text: 'Recruit test citizens', markdown: '' },
            ],
          },
          {
            role: 'company',
            heading: 'For the company',
            headingId: 'company',
            items: [
              {
                id: 'x:company:1',
                text: 'Install the test setup',
                markdown: '',
              },
              { id: 'x:company:2', text: 'Train the staff', markdown: '' },
            ],
          },
        ],
      }),
    );

    const checklist = opened.page.querySelector('.checklist');
    expect(text(checklist?.querySelector('.checklist__heading'))).toBe(
      'For the company',
    );
    expect(
      [...(checklist?.querySelectorAll('.checklist__items li') ?? [])].map(
        text,
      ),
    ).toEqual(['Install the test setup', 'Train the staff']);
    expect(checklist?.querySelector('input')).toBeNull();
    const link = checklist?.querySelector('.checklist__link a');
    expect(text(link)).toBe('Open phase 3 in the guide');
    expect(link?.getAttribute('href')).toBe(
      '/guide/phase-3-innovation-and-test',
    );
  });

  it('adds a note', async () => {
    const opened = await open();

    await fill(opened.loader, 'New note', 'Met at the care home on Monday.');
    press(opened.page.querySelector('.notes__form'), 'Add note', opened);
    const add = http.expectOne({
      method: 'POST',
      url: '/api/partnerships/p1/notes',
    });
    expect(add.request.body).toEqual({
      text: 'Met at the care home on Monday.',
    });
    add.flush(
      sensors({
        history: [
          aPartnershipEvent({
            id: 'n1',
            kind: 'note',
            text: 'Met at the care home on Monday.',
            by: 'Jonas Berg',
            at: '2026-03-12T09:30:00.000Z',
          }),
        ],
      }),
    );
    await opened.settle();

    const notes = [...opened.page.querySelectorAll('.note')];
    expect(notes.map((n) => text(n.querySelector('.note__text')))).toEqual([
      'Met at the care home on Monday.',
    ]);
    expect(text(notes[0].querySelector('.note__meta'))).toMatch(
      /^Jonas Berg · Mar 12, 2026/,
    );
    expect(
      (
        opened.page.querySelector(
          '.notes__form textarea',
        ) as HTMLTextAreaElement
      ).value,
    ).toBe('');
  });

  it('adds a task with a due date picked in the date picker', async () => {
    const opened = await open();

    await fill(opened.loader, 'New task', 'Sign the test agreement');
    await (
      await opened.loader.getHarness(MatDatepickerInputHarness)
    ).setValue('3/26/2026');
    press(opened.page.querySelector('.tasks__form'), 'Add task', opened);
    const add = http.expectOne({
      method: 'POST',
      url: '/api/partnerships/p1/tasks',
    });
    expect(add.request.body).toEqual({
      title: 'Sign the test agreement',
      dueDate: '2026-03-26',
    });
    add.flush(
      sensors({
        tasks: [
          aPartnershipTask({
            id: 't1',
            title: 'Sign the test agreement',
            dueDate: '2026-03-26',
          }),
        ],
      }),
    );
    await opened.settle();

    const task = opened.page.querySelector('[data-task="t1"]');
    expect(text(task?.querySelector('mat-checkbox'))).toBe(
      'Sign the test agreement',
    );
    expect(text(task?.querySelector('.task__due'))).toBe('Due Mar 26, 2026');
  });

  it('marks overdue tasks and ticks a task done', async () => {
    const yesterday = new Date();
    yesterday.setDate(yesterday.getDate() - 1);
    const late = aPartnershipTask({
      id: 't1',
      title: 'Send the data protection agreement',
      dueDate: isoDay(yesterday),
    });
    const later = aPartnershipTask({
      id: 't2',
      title: 'Plan the evaluation',
      dueDate: '2999-01-01',
    });
    const opened = await open(sensors({ tasks: [later, late] }));

    const task = (id: string) =>
      opened.page.querySelector(`[data-task="${id}"]`);
    expect(
      [...opened.page.querySelectorAll('.task mat-checkbox')].map(text),
    ).toEqual(['Send the data protection agreement', 'Plan the evaluation']);
    expect(text(task('t1')?.querySelector('.task__overdue'))).toBe('Overdue');
    expect(task('t2')?.querySelector('.task__overdue')).toBeNull();

    const checkbox = await opened.loader.getHarness(
      MatCheckboxHarness.with({ label: 'Send the data protection agreement' }),
    );
    // A native click: the harness would wait for the request, which is answered below.
    opened.page
      .querySelector<HTMLInputElement>('[data-task="t1"] input[type=checkbox]')
      ?.click();
    opened.harness.fixture.detectChanges();
    const tick = http.expectOne({
      method: 'PATCH',
      url: '/api/partnership-tasks/t1',
    });
    expect(tick.request.body).toEqual({ done: true });
    const done = { ...late, doneAt: '2026-03-12T10:00:00.000Z' };
    tick.flush(done);
    opened.harness.fixture.detectChanges();
    // Read again for the history (and the version) the tick changed.
    http
      .expectOne({ method: 'GET', url: '/api/partnerships/p1' })
      .flush(sensors({ tasks: [later, done], version: 6 }));
    await opened.settle();

    expect(await checkbox.isChecked()).toBe(true);
    expect(task('t1')?.querySelector('.task__overdue')).toBeNull();
    expect(text(task('t1')?.querySelector('.task__done'))).toBe(
      'Done Mar 12, 2026',
    );
  });

  it('offers no forms or stage actions to a reader who may not edit', async () => {
    const opened = await open(sensors({ canEdit: false }));

    expect(opened.page.querySelector('.stage__actions')).toBeNull();
    expect(opened.page.querySelector('.notes__form')).toBeNull();
    expect(opened.page.querySelector('.tasks__form')).toBeNull();
  });

  it('says so when the partnership is not found', async () => {
    const opened = await openPage('/partnerships/p1', { settled: false });
    http
      .expectOne({ method: 'GET', url: '/api/partnerships/p1' })
      .flush(
        { statusCode: 404, message: 'Not found' },
        { status: 404, statusText: 'Not Found' },
      );
    await opened.settle();

    expect(text(opened.page.querySelector('h1'))).toBe('Partnership not found');
    expect(
      await opened.loader.getAllHarnesses(
        MatButtonHarness.with({ text: 'Try again' }),
      ),
    ).toHaveLength(0);
  });

  describe('scale-up, once scaling or succeeded', () => {
    const scaling = (overrides: Partial<Partnership> = {}) =>
      sensors({
        stage: 'scaling',
        offering: { type: 'offering', id: 'o1', title: 'Night sensors' },
        ...overrides,
      });
    const odense = aScaleUpProposal({
      organisation: {
        id: 'odense',
        name: 'Odense Kommune',
        kind: 'municipality',
        country: 'DK',
        region: 'Region Syddanmark',
      },
      need: { type: 'need', id: 'n9', title: 'Residents wander at night' },
      score: 0.82,
    });
    const skejby = aScaleUpProposal({
      organisation: {
        id: 'skejby',
        name: 'Skejby Hospital',
        kind: 'hospital',
        country: 'DK',
        region: null,
      },
      need: null,
      score: 0.41,
      invitedAt: '2026-05-04T10:00:00.000Z',
    });
    const proposalOf = ({ page }: OpenPage, id: string) =>
      page.querySelector<HTMLElement>(`[data-scale-up="${id}"]`);

    it('is not offered before scaling', async () => {
      const opened = await open(sensors({ stage: 'introduced' }));

      expect(opened.page.querySelector('opi-partnership-scale-up')).toBeNull();
    });

    it('is not offered when the partnership closed as stopped', async () => {
      const opened = await open(
        sensors({ stage: 'closed', outcome: 'stopped' }),
      );

      expect(opened.page.querySelector('opi-partnership-scale-up')).toBeNull();
    });

    it('lists similar needs elsewhere with score, reasons and who was invited', async () => {
      const opened = await open(scaling(), {
        available: true,
        canInvite: true,
        items: [odense, skejby],
      });

      expect(text(opened.page.querySelector('#partnership-scale-up'))).toBe(
        'Take it further',
      );
      const first = proposalOf(opened, 'odense');
      expect(text(first?.querySelector('h3'))).toBe('Odense Kommune');
      expect(text(first?.querySelector('.scale-up__where'))).toBe(
        'Municipality · Region Syddanmark · Denmark',
      );
      expect(text(first?.querySelector('.scale-up__need'))).toBe(
        'Their need: Residents wander at night',
      );
      expect(
        first?.querySelector('[role="meter"]')?.getAttribute('aria-valuenow'),
      ).toBe('82');
      expect([...(first?.querySelectorAll('.reason') ?? [])].map(text)).toEqual(
        ['Both address dementia'],
      );
      expect(buttons(first)).toEqual(['Invite']);

      const second = proposalOf(opened, 'skejby');
      expect(text(second?.querySelector('.scale-up__invited'))).toMatch(
        /^Invited /,
      );
      expect(buttons(second)).toEqual([]);
    });

    it('invites with a message, then shows the organisation as invited and reads the history again', async () => {
      const partnership = scaling();
      const opened = await open(partnership, {
        available: true,
        canInvite: true,
        items: [odense],
      });

      press(proposalOf(opened, 'odense'), 'Invite', opened);
      await opened.settle();
      expect(
        await (
          await opened.overlay.getHarness(MatDialogHarness)
        ).getTitleText(),
      ).toBe('Invite Odense Kommune');
      expect(
        text(dialogElement()?.querySelector('.text-dialog__text')),
      ).toContain('“Night sensors”');
      await fill(opened.overlay, 'Message', 'It cut night-time falls by half.');
      press(dialogElement(), 'Send invitation', opened);
      const invite = http.expectOne({
        method: 'POST',
        url: '/api/partnerships/p1/scale-up/invitations',
      });
      expect(invite.request.body).toEqual({
        organisationId: 'odense',
        needId: 'n9',
        message: 'It cut night-time falls by half.',
      });
      invite.flush({
        organisationId: 'odense',
        needId: 'n9',
        interestId: 'i1',
        partnershipId: null,
        createdAt: '2026-06-01T08:00:00.000Z',
      });
      (
        await awaitRequest(opened, (r) => r.url === '/api/partnerships/p1')
      ).flush(partnership);
      http
        .match((r) => r.url.startsWith('/api/guide/pages/'))
        .forEach((guide) => guide.flush(aGuidePage({ kind: 'phase' })));
      await opened.settle();
      const invited = proposalOf(opened, 'odense');
      expect(text(invited?.querySelector('.scale-up__invited'))).toMatch(
        /^Invited /,
      );
      expect(buttons(invited)).toEqual([]);
      expect(document.activeElement).toBe(
        invited?.querySelector('.scale-up__invited'),
      );
    });

    it('shows the proposals without invite buttons to a reader who may not invite', async () => {
      const opened = await open(scaling({ myOrganisationId: 'aarhus' }), {
        available: true,
        canInvite: false,
        items: [odense],
      });

      expect(text(opened.page.querySelector('.scale-up__intro'))).toContain(
        'the company or a cluster manager can invite them',
      );
      expect(buttons(proposalOf(opened, 'odense'))).toEqual([]);
    });
  });

  describe('evaluation, once closed', () => {
    const closed = (overrides: Partial<Partnership> = {}) =>
      sensors({ stage: 'closed', outcome: 'succeeded', ...overrides });

    const checked = async (opened: OpenPage) => {
      const boxes = await opened.loader.getAllHarnesses(
        MatCheckboxHarness.with({ ancestor: '.evaluation__benefits' }),
      );
      const out: string[] = [];
      for (const box of boxes) {
        if (await box.isChecked()) out.push(await box.getLabelText());
      }
      return out;
    };

    it('offers no evaluation before the partnership is closed', async () => {
      const opened = await open();

      expect(
        opened.page.querySelector('opi-partnership-evaluation'),
      ).toBeNull();
    });

    it('fills the form with the reader’s party’s evaluation and saves it with PUT', async () => {
      const opened = await open(
        closed({
          evaluations: [
            anEvaluation({
              organisation: aarhus,
              benefits: ['staff-time-saved'],
              implemented: false,
              comment: 'Less night-time walking.',
              by: 'Mette Hansen',
            }),
            anEvaluation({
              organisation: careSense,
              benefits: ['new-knowledge', 'product-validated'],
              implemented: true,
              comment: 'Good test site.',
              by: 'Jonas Berg',
            }),
          ],
        }),
      );

      expect(
        text(opened.page.querySelector('.evaluation__benefits legend')),
      ).toBe('What did the partnership bring?');
      expect(await checked(opened)).toEqual([
        'New knowledge',
        'Product validated',
      ]);
      const yes = await opened.loader.getHarness(
        MatRadioButtonHarness.with({ label: 'Yes' }),
      );
      expect(await yes.isChecked()).toBe(true);
      expect(
        (
          opened.page.querySelector(
            '.evaluation__form textarea',
          ) as HTMLTextAreaElement
        ).value,
      ).toBe('Good test site.');

      await (
        await opened.loader.getHarness(
          MatCheckboxHarness.with({ label: 'Follow-up projects' }),
        )
      ).check();
      await (
        await opened.loader.getHarness(
          MatCheckboxHarness.with({ label: 'New knowledge' }),
        )
      ).uncheck();
      await fill(
        opened.loader,
        'Comment (optional)',
        '  A second test next year.  ',
      );
      press(
        opened.page.querySelector('.evaluation__form'),
        'Save the evaluation',
        opened,
      );

      const put = http.expectOne({
        method: 'PUT',
        url: '/api/partnerships/p1/evaluation',
      });
      expect(put.request.body).toEqual({
        benefits: ['product-validated', 'follow-up-projects'],
        implemented: true,
        comment: 'A second test next year.',
      });
      put.flush(
        closed({
          evaluations: [
            anEvaluation({
              organisation: careSense,
              benefits: ['product-validated', 'follow-up-projects'],
              implemented: true,
              comment: 'A second test next year.',
              by: 'Jonas Berg',
              at: '2026-04-02T10:00:00.000Z',
            }),
          ],
        }),
      );
      await opened.settle();

      expect(text(opened.page.querySelector('.evaluation__saved'))).toBe(
        'Evaluation saved.',
      );
      const mine = opened.page.querySelector('[data-evaluation="caresense"]');
      expect(
        [...(mine?.querySelectorAll('.evaluation__brought li') ?? [])].map(
          text,
        ),
      ).toEqual(['Product validated', 'Follow-up projects']);
      expect(text(mine?.querySelector('.evaluation__comment'))).toBe(
        'A second test next year.',
      );
    });

    it('shows every party’s evaluation as given', async () => {
      const opened = await open(
        closed({
          evaluations: [
            anEvaluation({
              organisation: aarhus,
              benefits: ['staff-time-saved'],
              implemented: false,
              comment: 'Less night-time walking.',
              by: 'Mette Hansen',
            }),
          ],
        }),
      );

      const theirs = opened.page.querySelector('[data-evaluation="aarhus"]');
      expect(text(theirs?.querySelector('.evaluation__organisation'))).toBe(
        'Aarhus Kommune',
      );
      expect(text(theirs?.querySelector('.evaluation__brought'))).toBe(
        'Staff time saved',
      );
      expect(
        text(theirs?.querySelector('.evaluation__implemented-answer')),
      ).toBe('The solution was not implemented.');
      expect(text(theirs?.querySelector('.evaluation__comment'))).toBe(
        'Less night-time walking.',
      );
      expect(text(theirs?.querySelector('.evaluation__meta'))).toMatch(
        /^Mette Hansen, Apr 1, 2026/,
      );
      // The reader's party has not evaluated yet: an empty form.
      expect(await checked(opened)).toEqual([]);
    });

    it('asks whether the solution was implemented before saving', async () => {
      const opened = await open(closed());

      press(
        opened.page.querySelector('.evaluation__form'),
        'Save the evaluation',
        opened,
      );
      await opened.settle();

      http.expectNone({
        method: 'PUT',
        url: '/api/partnerships/p1/evaluation',
      });
      expect(text(opened.page.querySelector('.evaluation__error'))).toBe(
        'Say whether the solution was implemented.',
      );
    });

    it('shows the evaluations but no form to a reader of no party', async () => {
      const opened = await open(
        closed({
          myOrganisationId: null,
          evaluations: [anEvaluation({ organisation: aarhus })],
        }),
      );

      expect(opened.page.querySelector('.evaluation__form')).toBeNull();
      expect(opened.page.querySelectorAll('[data-evaluation]').length).toBe(1);
    });
  });
});
