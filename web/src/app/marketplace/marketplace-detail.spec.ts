import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import {
  TitleStrategy,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import type { MarketplaceRecord, OrganisationRef } from '@opi/contracts';
import { FakeApi } from '../../testing/fake-api';
import {
  aMe,
  aMembership,
  aNeed,
  anOffering,
  anOrganisation,
} from '../../testing/factories';
import { openPage, text } from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';
import { AuthService, TOKEN_STORAGE_KEY } from '../auth/auth.service';
import { TranslatedTitleStrategy } from '../i18n/translated-title-strategy';
// The lazy routes, loaded up front so the first spec does not pay for compiling them.
import '../needs/needs.routes';
import '../offerings/offerings.routes';

/** Fields both collections share, plus their TRL and test site. */
type Fields = Partial<MarketplaceRecord> & {
  trl?: number | null;
  testSite?: boolean;
};

const COLLECTIONS = [
  {
    path: '/needs',
    trlTerm: 'Minimum maturity',
    testSite: 'Offered',
    notFound: 'Need not found',
    loadError: 'The need could not be loaded.',
    backToList: 'All needs',
    edit: 'Edit need',
    proposals: 'Proposed partners',
    store: (api: FakeApi, { trl, testSite, ...f }: Fields) => {
      const need = aNeed({
        ...f,
        minTrl: trl ?? null,
        testSiteOffered: !!testSite,
      });
      api.needs = [need];
      return need;
    },
  },
  {
    path: '/offerings',
    trlTerm: 'Maturity',
    testSite: 'Looking for one',
    notFound: 'Offering not found',
    loadError: 'The offering could not be loaded.',
    backToList: 'All offerings',
    edit: 'Edit offering',
    proposals: 'Proposed test sites',
    store: (api: FakeApi, { trl, testSite, ...f }: Fields) => {
      const offering = anOffering({
        ...f,
        trl: trl ?? null,
        seekingTestSite: !!testSite,
      });
      api.offerings = [offering];
      return offering;
    },
  },
];

describe.each(COLLECTIONS)('MarketplaceDetail ($path/:id)', (c) => {
  let api: FakeApi;

  beforeEach(() => {
    localStorage.clear();
    api = new FakeApi();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([api.interceptor])),
        provideTranslocoTesting(),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
  });

  function signInAsMemberOf(organisationId: string) {
    localStorage.setItem(TOKEN_STORAGE_KEY, 'token-1');
    api.me = aMe({ memberships: [aMembership({ organisationId })] });
    TestBed.inject(AuthService).init();
  }

  /** Terms and values of a description list; a value that is a list (chips) as an array. */
  const facts = (dl: Element | null | undefined) =>
    Object.fromEntries(
      [...(dl?.querySelectorAll(':scope > dt') ?? [])].map((dt) => {
        const dd = dt.nextElementSibling;
        const items = [...(dd?.querySelectorAll('mat-chip') ?? [])];
        return [text(dt), items.length ? items.map(text) : text(dd)];
      }),
    );
  const section = (page: HTMLElement, heading: string) =>
    [...page.querySelectorAll('section')].find(
      (s) => text(s.querySelector('h2')) === heading,
    );
  const headings = (page: HTMLElement) =>
    [...page.querySelectorAll('h1, h2, h3')].map(
      (h) => `${h.tagName}: ${text(h)}`,
    );

  it('shows the record with its organisation, tags, maturity, test site and timeline', async () => {
    const record = c.store(api, {
      id: 'r1',
      title: 'Natlig uro på plejecentre',
      description: 'Beboere med demens går rundt om natten.\nPersonalet er få.',
      language: 'da',
      organisation: anOrganisation({
        id: 'aarhus',
        name: 'Aarhus Kommune',
        kind: 'municipality',
        country: 'DK',
      }),
      careAreas: ['dementia', 'elderly-care'],
      targetGroups: ['people-with-dementia'],
      settings: ['nursing-home'],
      trl: 6,
      testSite: true,
      wantedStart: '2026-03-01',
      testPeriodMonths: 6,
      budgetNote: 'Up to DKK 200,000 from the innovation fund.',
    });

    const { page } = await openPage(`${c.path}/r1`);

    expect(headings(page)).toEqual([
      `H1: ${record.title}`,
      'H2: Details',
      'H2: Timeline and budget',
      'H2: Contact',
      ...(c.path === '/offerings' ? ['H2: CE marking and evidence'] : []),
      `H2: ${c.proposals}`,
      ...(c.path === '/needs'
        ? ['H2: Evaluation partners', 'H2: Similar needs elsewhere']
        : []),
    ]);
    expect(page.querySelector('h1')?.getAttribute('lang')).toBe('da');
    const org = page.querySelector('.detail__org a');
    expect(text(org)).toBe('Aarhus Kommune');
    expect(org?.getAttribute('href')).toBe('/organisations/aarhus');
    expect([...page.querySelectorAll('.detail__org > *')].map(text)).toEqual([
      'Aarhus Kommune',
      'Municipality',
      'Denmark',
    ]);
    expect(page.querySelector('.detail__status')).toBeNull();
    expect(text(page.querySelector('.detail__description'))).toBe(
      'Beboere med demens går rundt om natten. Personalet er få.',
    );
    expect(facts(section(page, 'Details')?.querySelector('dl'))).toEqual({
      Language: 'Danish',
      'Care areas': ['Dementia', 'Elderly care'],
      'Target groups': ['People with dementia'],
      'Care settings': ['Nursing home'],
      [c.trlTerm]: 'TRL 6 – Technology demonstrated in relevant environment',
      'Test site': c.testSite,
    });
    expect(
      facts(section(page, 'Timeline and budget')?.querySelector('dl')),
    ).toEqual({
      'Wanted start': 'Mar 1, 2026',
      'Test period': '6 months',
      Budget: 'Up to DKK 200,000 from the innovation fund.',
    });
    expect(text(page.querySelector('.detail__back a'))).toBe(c.backToList);
    expect(page.querySelector('.detail__back a')?.getAttribute('href')).toBe(
      c.path,
    );
    expect(TestBed.inject(Title).getTitle()).toBe(
      `${record.title} · OPI portal`,
    );
  });

  it('leaves out what the record does not say', async () => {
    c.store(api, {
      id: 'r1',
      careAreas: [],
      testPeriodMonths: 1,
    });

    const { page } = await openPage(`${c.path}/r1`);

    const details = facts(section(page, 'Details')?.querySelector('dl'));
    expect(Object.keys(details)).toEqual(['Language', 'Test site']);
    expect(
      facts(section(page, 'Timeline and budget')?.querySelector('dl')),
    ).toEqual({ 'Test period': '1 month' });
    expect(section(page, 'Attachments')).toBeUndefined();
  });

  it('asks a visitor to sign in to see the contact person, and comes back after', async () => {
    c.store(api, { id: 'r1', contact: null });

    const { page } = await openPage(`${c.path}/r1`);

    const link = section(page, 'Contact')?.querySelector('a');
    expect(text(link)).toBe('Sign in to see the contact person');
    expect(link?.getAttribute('href')).toBe(
      `/login?returnUrl=${encodeURIComponent(`${c.path}/r1`)}`,
    );
  });

  it('shows the contact person to a signed-in reader', async () => {
    signInAsMemberOf('someone-else');
    c.store(api, {
      id: 'r1',
      contact: {
        name: 'Mette Hansen',
        email: 'mette@aarhus.dk',
        phone: '+45 12 34 56 78',
      },
    });

    const { page } = await openPage(`${c.path}/r1`);

    const contact = section(page, 'Contact');
    expect(facts(contact?.querySelector('dl'))).toEqual({
      Name: 'Mette Hansen',
      'E-mail': 'mette@aarhus.dk',
      Phone: '+45 12 34 56 78',
    });
    expect(
      [...(contact?.querySelectorAll('a') ?? [])].map((a) =>
        a.getAttribute('href'),
      ),
    ).toEqual(['mailto:mette@aarhus.dk', 'tel:+45 12 34 56 78']);
    expect(text(page)).not.toContain('Edit');
  });

  it('says when a signed-in reader gets no contact person', async () => {
    signInAsMemberOf('someone-else');
    c.store(api, { id: 'r1', contact: null });

    const { page } = await openPage(`${c.path}/r1`);

    expect(text(section(page, 'Contact'))).toContain(
      'No contact person has been given.',
    );
  });

  it('links to the attachments in a new tab and says so', async () => {
    c.store(api, {
      id: 'r1',
      attachments: [
        { title: 'Project description', url: 'https://example.org/p.pdf' },
      ],
    });

    const { page } = await openPage(`${c.path}/r1`);

    const link = section(page, 'Attachments')?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.org/p.pdf');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toContain('noopener');
    expect(text(link)).toBe('Project description (opens in a new tab)');
  });

  it('offers the members of the owning organisation to edit it, a draft included', async () => {
    signInAsMemberOf('aarhus');
    c.store(api, {
      id: 'r1',
      status: 'draft',
      organisation: anOrganisation({
        id: 'aarhus',
      } as Partial<OrganisationRef>),
    });

    const { page } = await openPage(`${c.path}/r1`);

    expect(text(page.querySelector('.detail__status'))).toBe(
      'Draft Only its organisation, cluster managers and administrators can see it.',
    );
    const edit = page.querySelector('.detail__actions a');
    expect(text(edit)).toBe(c.edit);
    expect(edit?.getAttribute('href')).toBe(`${c.path}/r1/edit`);
  });

  it('says when there is no such record', async () => {
    const { page } = await openPage(`${c.path}/nope`);

    expect(text(page.querySelector('h1'))).toBe(c.notFound);
    expect(page.querySelector('[role=alert]')).not.toBeNull();
    expect(page.querySelector('button')).toBeNull();
    expect(text(page.querySelector('.detail__back a'))).toBe(c.backToList);
  });

  it('shows an error the reader can retry', async () => {
    c.store(api, { id: 'r1', title: 'Fall sensors' });
    api.failing = true;
    const opened = await openPage(`${c.path}/r1`);

    expect(text(opened.page.querySelector('[role=alert]'))).toContain(
      c.loadError,
    );

    api.failing = false;
    opened.page
      .querySelector<HTMLButtonElement>('[role=alert] button')
      ?.click();
    await opened.settle();

    expect(text(opened.page.querySelector('h1'))).toBe('Fall sensors');
  });

  it('speaks the reader’s language', async () => {
    c.store(api, {
      id: 'r1',
      careAreas: ['dementia'],
      language: 'en',
      testPeriodMonths: 3,
    });
    TestBed.inject(TranslocoService).setActiveLang('da');

    const { page } = await openPage(`${c.path}/r1`);

    const details = facts(section(page, 'Oplysninger')?.querySelector('dl'));
    expect(details['Sprog']).toBe('engelsk');
    expect(details['Fagområder']).toEqual(['Demens']);
    expect(
      facts(section(page, 'Tidsplan og budget')?.querySelector('dl')),
    ).toEqual({ Testperiode: '3 måneder' });
  });
});

describe('MarketplaceDetail (/offerings/:id): CE marking and evidence', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([api.interceptor])),
        provideTranslocoTesting(),
      ],
    });
  });

  const evidence = (page: HTMLElement) =>
    [...page.querySelectorAll('opi-offering-details li')].map((li) => [
      text(li.querySelector('.evidence__kind')),
      text(li.querySelector('a') ?? li.querySelector('span:last-child')),
      li.querySelector('a')?.getAttribute('href') ?? null,
    ]);

  it('lists the CE class and each piece of evidence with its kind and link', async () => {
    api.offerings = [
      anOffering({
        id: 'o1',
        ceClass: 'IIa',
        evidence: [
          {
            kind: 'study',
            title: 'RCT in 12 nursing homes',
            url: 'https://example.org/rct',
          },
          { kind: 'award', title: 'Welfare Tech Award 2024', url: null },
        ],
      }),
    ];

    const { page } = await openPage('/offerings/o1');

    const details = page.querySelector('opi-offering-details');
    expect(text(details?.querySelector('dd'))).toBe(
      'Medical device, class IIa',
    );
    expect(evidence(page)).toEqual([
      [
        'Study',
        'RCT in 12 nursing homes (opens in a new tab)',
        'https://example.org/rct',
      ],
      ['Award', 'Welfare Tech Award 2024', null],
    ]);
    expect(details?.querySelector('a')?.getAttribute('target')).toBe('_blank');
  });

  it('says when nothing backs the offering up yet', async () => {
    api.offerings = [anOffering({ id: 'o1', ceClass: null, evidence: [] })];

    const { page } = await openPage('/offerings/o1');

    const details = page.querySelector('opi-offering-details');
    expect(text(details?.querySelector('dd'))).toBe('Not stated');
    expect(text(details)).toContain('No evidence has been added yet.');
  });

  it('has no CE section on a need', async () => {
    api.needs = [aNeed({ id: 'n1' })];

    const { page } = await openPage('/needs/n1');

    expect(page.querySelector('opi-offering-details')).toBeNull();
  });
});
