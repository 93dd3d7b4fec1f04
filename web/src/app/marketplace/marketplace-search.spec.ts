import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoService } from '@jsverse/transloco';
import type { OrganisationRef } from '@opi/contracts';
import { FakeApi } from '../../testing/fake-api';
import { aNeed, anOffering, anOrganisation } from '../../testing/factories';
import { inputIn, openPage, selectIn, text } from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';
// The lazy routes, loaded up front so the first spec does not pay for compiling them.
import '../needs/needs.routes';
import '../offerings/offerings.routes';

/** What a record is made of in these specs, whichever the collection. */
interface Fields {
  title: string;
  description?: string;
  careAreas?: string[];
  trl?: number | null;
  testSite?: boolean;
  organisation?: OrganisationRef;
  createdAt?: string;
}

/** The shared search page, once per collection: what differs between needs and offerings. */
const COLLECTIONS = [
  {
    path: '/needs',
    apiPath: '/api/needs',
    heading: 'Needs',
    searchLabel: 'Search needs',
    danishHeading: 'Behov',
    count: (n: number) => `${n} ${n === 1 ? 'need' : 'needs'} found`,
    trlHeading: 'Minimum maturity',
    testSiteTrue: 'Test site offered',
    testSiteFalse: 'No test site offered',
    loading: 'Loading needs…',
    error: 'The needs could not be loaded.',
    none: 'No needs have been published yet.',
    noneMatch: 'No needs match your search.',
    store: (api: FakeApi, records: Fields[]) => {
      api.needs = records.map(({ trl, testSite, ...f }) =>
        aNeed({ ...f, minTrl: trl ?? null, testSiteOffered: !!testSite }),
      );
    },
  },
  {
    path: '/offerings',
    apiPath: '/api/offerings',
    heading: 'Offerings',
    searchLabel: 'Search offerings',
    danishHeading: 'Løsninger',
    count: (n: number) => `${n} ${n === 1 ? 'offering' : 'offerings'} found`,
    trlHeading: 'Maturity',
    testSiteTrue: 'Seeks a test site',
    testSiteFalse: 'Not seeking a test site',
    loading: 'Loading offerings…',
    error: 'The offerings could not be loaded.',
    none: 'No offerings have been published yet.',
    noneMatch: 'No offerings match your search.',
    store: (api: FakeApi, records: Fields[]) => {
      api.offerings = records.map(({ trl, testSite, ...f }) =>
        anOffering({ ...f, trl: trl ?? null, seekingTestSite: !!testSite }),
      );
    },
  },
];

describe.each(COLLECTIONS)('MarketplaceSearch ($path)', (c) => {
  let api: FakeApi;

  beforeEach(() => {
    localStorage.clear();
    api = new FakeApi();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([api.interceptor])),
        provideTranslocoTesting(),
      ],
    });
  });

  type Opened = Awaited<ReturnType<typeof openPage>>;

  const titles = (page: HTMLElement) =>
    [...page.querySelectorAll('.results .opi-card__title')].map(text);
  const status = (page: HTMLElement) =>
    text(page.querySelector('[role=status]'));
  /** A facet's section, found by its heading. */
  const facet = (page: HTMLElement, heading: string) =>
    [...page.querySelectorAll('opi-marketplace-facets [role=group]')].find(
      (s) => text(s.querySelector('h3')) === heading,
    );
  /** A facet's values as [label, count, pressed]. */
  const options = (page: HTMLElement, heading: string) =>
    [...(facet(page, heading)?.querySelectorAll('li button') ?? [])].map(
      (b) => [
        text(b.querySelector('.facet__label')),
        text(b.querySelector('.facet__count')),
        b.getAttribute('aria-pressed'),
      ],
    );
  const button = (page: HTMLElement, name: string) => {
    const found = [...page.querySelectorAll('button')].find(
      (b) => (b.getAttribute('aria-label') ?? text(b)) === name,
    );
    if (!found) {
      throw new Error(`No button named "${name}"`);
    }
    return found;
  };
  const chips = (page: HTMLElement) =>
    [...page.querySelectorAll('opi-marketplace-active-filters li')].map(text);
  async function click({ page, settle }: Opened, name: string) {
    button(page, name).click();
    await settle();
  }

  /** Three records across care areas, maturity, countries, kinds and test sites. */
  function storeThree() {
    c.store(api, [
      {
        title: 'Night-time wandering',
        careAreas: ['dementia'],
        trl: 7,
        testSite: true,
        organisation: anOrganisation({ country: 'DK', kind: 'municipality' }),
      },
      {
        title: 'Fall sensors',
        careAreas: ['dementia', 'fall-prevention'],
        trl: 7,
        organisation: anOrganisation({ country: 'NL', kind: 'hospital' }),
      },
      {
        title: 'Warm meals',
        careAreas: ['nutrition'],
        trl: 5,
        organisation: anOrganisation({ country: 'DK', kind: 'company' }),
      },
    ]);
  }

  it('sends every filter, the sort and the page from the address, and shows them', async () => {
    const opened = await openPage(
      `${c.path}?q=night&careArea=dementia&targetGroup=older-adults&setting=nursing-home` +
        '&trl=7&country=dk&region=Midtjylland&organisationKind=municipality&testSite=true' +
        '&sort=newest&page=2&pageSize=10',
    );

    expect(api.lastQuery(c.apiPath)).toEqual({
      q: 'night',
      careArea: 'dementia',
      targetGroup: 'older-adults',
      setting: 'nursing-home',
      trl: '7',
      country: 'DK',
      region: 'Midtjylland',
      organisationKind: 'municipality',
      testSite: 'true',
      sort: 'newest',
      page: '2',
      pageSize: '10',
    });
    expect(await (await inputIn(opened.loader, c.searchLabel)).getValue()).toBe(
      'night',
    );
    expect(
      await (await selectIn(opened.loader, 'Sort by')).getValueText(),
    ).toBe('Newest first');
    expect(chips(opened.page)).toEqual([
      'Search: night',
      'Care area: Dementia',
      'Target group: Older adults',
      'Care setting: Nursing home',
      `${c.trlHeading}: TRL 7`,
      'Country: Denmark',
      'Region: Midtjylland',
      'Type of organisation: Municipality',
      `Test site: ${c.testSiteTrue}`,
    ]);
  });

  it('leaves out values the API would refuse', async () => {
    await openPage(
      `${c.path}?careArea=castles&trl=12&country=Denmark&organisationKind=castle&testSite=maybe&sort=relevance&page=-1`,
    );

    expect(api.lastQuery(c.apiPath)).toEqual({ page: '1', pageSize: '20' });
  });

  it('lists each facet with its values in the reader’s words and their counts', async () => {
    storeThree();
    const { page } = await openPage(c.path);

    expect(text(page.querySelector('h1'))).toBe(c.heading);
    expect(status(page)).toBe(c.count(3));
    expect(
      [
        ...page.querySelectorAll(
          'opi-marketplace-facets h2, opi-marketplace-facets h3',
        ),
      ].map((h) => `${h.tagName}: ${text(h)}`),
    ).toEqual([
      'H2: Filter',
      'H3: Care area',
      `H3: ${c.trlHeading}`,
      'H3: Country',
      'H3: Type of organisation',
      'H3: Test site',
    ]);
    expect(options(page, 'Care area')).toEqual([
      ['Dementia', '2', 'false'],
      ['Fall prevention', '1', 'false'],
      ['Nutrition', '1', 'false'],
    ]);
    expect(options(page, c.trlHeading)).toEqual([
      ['TRL 7', '2', 'false'],
      ['TRL 5', '1', 'false'],
    ]);
    expect(options(page, 'Country')).toEqual([
      ['Denmark', '2', 'false'],
      ['Netherlands', '1', 'false'],
    ]);
    expect(options(page, 'Type of organisation')).toEqual([
      ['Company', '1', 'false'],
      ['Hospital', '1', 'false'],
      ['Municipality', '1', 'false'],
    ]);
    expect(options(page, 'Test site')).toEqual([
      [c.testSiteFalse, '2', 'false'],
      [c.testSiteTrue, '1', 'false'],
    ]);
    // Screen readers hear the count with the value.
    expect(button(page, 'Dementia, 2 results').tagName).toBe('BUTTON');
    expect(button(page, 'Nutrition, 1 result').tagName).toBe('BUTTON');
  });

  it('filters by a facet value on a click, back on the first page, and clears it on a second click', async () => {
    storeThree();
    const opened = await openPage(`${c.path}?pageSize=2&page=2`);
    const { page, router } = opened;
    expect(titles(page)).toEqual(['Warm meals']);

    await click(opened, 'Dementia, 2 results');

    expect(router.url).toBe(`${c.path}?pageSize=2&careArea=dementia`);
    expect(titles(page)).toEqual(['Night-time wandering', 'Fall sensors']);
    expect(status(page)).toBe(c.count(2));
    expect(options(page, 'Care area')[0]).toEqual(['Dementia', '2', 'true']);
    // The other facets count within the choice; the chosen facet's counts do not narrow.
    expect(options(page, 'Country')).toEqual([
      ['Denmark', '1', 'false'],
      ['Netherlands', '1', 'false'],
    ]);
    expect(options(page, 'Care area')).toHaveLength(3);
    expect(chips(page)).toEqual(['Care area: Dementia']);

    await click(opened, 'Nutrition, 1 result');
    expect(router.url).toBe(`${c.path}?pageSize=2&careArea=nutrition`);
    expect(titles(page)).toEqual(['Warm meals']);

    await click(opened, 'Nutrition, 1 result');
    expect(router.url).toBe(`${c.path}?pageSize=2`);
    expect(titles(page)).toEqual(['Night-time wandering', 'Fall sensors']);
  });

  it('filters by TRL and test site with the values the API expects', async () => {
    storeThree();
    const opened = await openPage(c.path);

    await click(opened, 'TRL 7, 2 results');
    await click(opened, `${c.testSiteTrue}, 1 result`);

    expect(opened.router.url).toBe(`${c.path}?trl=7&testSite=true`);
    expect(api.lastQuery(c.apiPath)).toMatchObject({
      trl: '7',
      testSite: 'true',
    });
    expect(titles(opened.page)).toEqual(['Night-time wandering']);
  });

  it('shows the first eight values of a long facet, and all of them on request', async () => {
    c.store(
      api,
      Array.from({ length: 12 }, (_, i) => ({
        title: `Record ${i + 1}`,
        organisation: anOrganisation({
          region: `Region ${String(i + 1).padStart(2, '0')}`,
        } as Partial<OrganisationRef>),
      })),
    );
    const opened = await openPage(`${c.path}?region=Region 12`);
    const { page } = opened;

    // The chosen value stays in sight, even when it is not among the first eight.
    expect(options(page, 'Region').map(([label]) => label)).toEqual([
      'Region 01',
      'Region 02',
      'Region 03',
      'Region 04',
      'Region 05',
      'Region 06',
      'Region 07',
      'Region 08',
      'Region 12',
    ]);
    const more = button(page, 'Show all 12');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(
      page.querySelector(`#${more.getAttribute('aria-controls')}`),
    ).not.toBeNull();

    await click(opened, 'Show all 12');

    expect(options(page, 'Region')).toHaveLength(12);
    expect(button(page, 'Show fewer').getAttribute('aria-expanded')).toBe(
      'true',
    );
  });

  it('removes a filter with its chip, and all of them with “Clear all”', async () => {
    storeThree();
    const opened = await openPage(
      `${c.path}?q=a&careArea=dementia&testSite=true&page=2`,
    );
    const { page, router } = opened;
    expect(chips(page)).toEqual([
      'Search: a',
      'Care area: Dementia',
      `Test site: ${c.testSiteTrue}`,
    ]);

    await click(opened, 'Remove filter Care area: Dementia');

    expect(router.url).toBe(`${c.path}?q=a&testSite=true`);
    expect(chips(page)).toEqual(['Search: a', `Test site: ${c.testSiteTrue}`]);
    // The focus moves to the chip now in the removed one's place.
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      `Remove filter Test site: ${c.testSiteTrue}`,
    );

    await click(opened, 'Clear all');

    expect(router.url).toBe(c.path);
    expect(chips(page)).toEqual([]);
    expect(document.activeElement?.getAttribute('type')).toBe('search');
    expect(titles(page)).toHaveLength(3);
  });

  it('shows the passage that matched with the words marked, else the start of the description', async () => {
    c.store(api, [
      {
        title: 'Night-time wandering',
        description:
          'Residents <b>wander</b> at night; staff find wanderers late.',
      },
      { title: 'Warm meals', description: 'Meals for people who wander.' },
    ]);
    const opened = await openPage(c.path);
    const description = (i: number) =>
      opened.page.querySelectorAll('.results .opi-card__description')[i];
    expect(text(description(0))).toBe(
      'Residents <b>wander</b> at night; staff find wanderers late.',
    );
    expect(description(0).querySelector('mark')).toBeNull();

    await (await inputIn(opened.loader, c.searchLabel)).setValue('wander');
    await click(opened, 'Search');

    expect(opened.router.url).toBe(`${c.path}?q=wander`);
    expect(description(0).innerHTML).toBe(
      'Residents &lt;b&gt;<mark>wander</mark>&lt;/b&gt; at night; staff find <mark>wander</mark>ers late.',
    );
    expect([...description(1).querySelectorAll('mark')].map(text)).toEqual([
      'wander',
    ]);
  });

  it('sorts by relevance when searching and by newest otherwise, and lets the reader choose', async () => {
    c.store(api, [
      { title: 'Older', createdAt: '2025-01-01T00:00:00.000Z' },
      { title: 'Newer', createdAt: '2025-06-01T00:00:00.000Z' },
    ]);
    const opened = await openPage(`${c.path}?page=2`);
    let sort = await selectIn(opened.loader, 'Sort by');
    expect(await sort.getValueText()).toBe('Newest first');
    await sort.open();
    const disabled = await Promise.all(
      (await sort.getOptions()).map(async (o) => [
        await o.getText(),
        await o.isDisabled(),
      ]),
    );
    expect(disabled).toEqual([
      ['Relevance', true],
      ['Newest first', false],
    ]);
    await sort.close();

    await (await inputIn(opened.loader, c.searchLabel)).setValue('e');
    await click(opened, 'Search');
    sort = await selectIn(opened.loader, 'Sort by');
    expect(await sort.getValueText()).toBe('Relevance');
    expect(api.lastQuery(c.apiPath)['sort']).toBeUndefined();
    expect(titles(opened.page)).toEqual(['Older', 'Newer']);

    await sort.clickOptions({ text: 'Newest first' });

    expect(opened.router.url).toBe(`${c.path}?q=e&sort=newest`);
    expect(api.lastQuery(c.apiPath)['sort']).toBe('newest');
    expect(titles(opened.page)).toEqual(['Newer', 'Older']);

    await sort.clickOptions({ text: 'Relevance' });
    expect(opened.router.url).toBe(`${c.path}?q=e`);
  });

  it('links to the CSV export of the same filters', async () => {
    const download = (page: HTMLElement) =>
      page.querySelector('a[download]')?.getAttribute('href');

    const opened = await openPage(
      `${c.path}?q=falls&careArea=dementia&sort=newest&page=2&pageSize=50`,
    );
    expect(download(opened.page)).toBe(
      `${c.apiPath}/export.csv?q=falls&careArea=dementia&sort=newest`,
    );
    expect(text(opened.page.querySelector('a[download]'))).toMatch(/CSV/);

    await click(opened, 'Clear all');
    expect(download(opened.page)).toBe(`${c.apiPath}/export.csv`);
  });

  it('pages through the results and keeps the page in the address', async () => {
    c.store(
      api,
      Array.from({ length: 45 }, (_, i) => ({ title: `Record ${i + 1}` })),
    );
    const opened = await openPage(`${c.path}?q=record`);
    const paginator = await opened.loader.getHarness(MatPaginatorHarness);

    await paginator.goToNextPage();

    expect(opened.router.url).toBe(`${c.path}?q=record&page=2`);
    expect(titles(opened.page)[0]).toBe('Record 21');
    expect(await paginator.getRangeLabel()).toBe('21–40 of 45');
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    storeThree();
    const opened = await openPage(`${c.path}?q=teleport&careArea=dementia`);

    expect(status(opened.page)).toBe(c.count(0));
    expect(text(opened.page.querySelector('.results .opi-state'))).toContain(
      c.noneMatch,
    );
    expect(opened.page.querySelector('mat-paginator')).toBeNull();

    button(
      opened.page.querySelector('.results .opi-state') as HTMLElement,
      'Clear all',
    ).click();
    await opened.settle();

    expect(opened.router.url).toBe(c.path);
    expect(titles(opened.page)).toHaveLength(3);
  });

  it('says when nothing is published yet', async () => {
    const { page } = await openPage(c.path);

    expect(text(page.querySelector('.results .opi-state'))).toBe(c.none);
    expect(
      page.querySelectorAll('opi-marketplace-facets [role=group]'),
    ).toHaveLength(0);
  });

  it('shows an error the reader can retry', async () => {
    storeThree();
    api.failing = true;
    const opened = await openPage(c.path);

    expect(text(opened.page.querySelector('[role=alert]'))).toContain(c.error);

    api.failing = false;
    await click(opened, 'Try again');

    expect(opened.page.querySelector('[role=alert]')).toBeNull();
    expect(titles(opened.page)).toHaveLength(3);
  });

  it('announces that it is loading, then the number found', async () => {
    storeThree();
    api.holding = true;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(c.path);
    const page = harness.routeNativeElement as HTMLElement;

    expect(status(page)).toBe(c.loading);
    expect(
      page.querySelector('section.results')?.getAttribute('aria-busy'),
    ).toBe('true');

    api.release();
    await harness.fixture.whenStable();

    expect(status(page)).toBe(c.count(3));
    expect(
      page.querySelector('section.results')?.getAttribute('aria-busy'),
    ).toBe('false');
  });

  it('folds the filters behind a button that says whether they are shown', async () => {
    storeThree();
    const opened = await openPage(c.path);
    const toggle = button(opened.page, 'Show filters');
    const facets = opened.page.querySelector(
      `#${toggle.getAttribute('aria-controls')}`,
    );
    expect(facets?.tagName).toBe('OPI-MARKETPLACE-FACETS');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    await click(opened, 'Show filters');

    expect(
      button(opened.page, 'Hide filters').getAttribute('aria-expanded'),
    ).toBe('true');
    expect(facets?.classList).toContain('marketplace__facets--open');
  });

  it('links each result to its page', async () => {
    storeThree();
    const { page } = await openPage(c.path);

    expect(
      page.querySelector('.results .opi-card__title a')?.getAttribute('href'),
    ).toMatch(new RegExp(`^${c.path}/[\\w-]+$`));
  });

  it('speaks the reader’s language, facets included', async () => {
    storeThree();
    TestBed.inject(TranslocoService).setActiveLang('da');
    const { page } = await openPage(`${c.path}?careArea=dementia`);

    expect(text(page.querySelector('h1'))).toBe(c.danishHeading);
    expect(options(page, 'Fagområde')[0]).toEqual(['Demens', '2', 'true']);
    expect(options(page, 'Land')[0]).toEqual(['Danmark', '1', 'false']);
    expect(button(page, 'Demens, 2 resultater').tagName).toBe('BUTTON');
    expect(chips(page)).toEqual(['Fagområde: Demens']);
  });
});
