import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { FakeApi } from '../../testing/fake-api';
import { anOrganisationProfile } from '../../testing/factories';
import {
  errorsOf,
  inputIn,
  openPage,
  selectIn,
  text,
} from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';

describe('OrganisationsDirectory (/organisations)', () => {
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

  type Page = Awaited<ReturnType<typeof openPage>>;

  const names = (page: HTMLElement) =>
    [...page.querySelectorAll('opi-organisation-card h3')].map(text);
  const status = (page: HTMLElement) =>
    text(page.querySelector('[role=status]'));
  /** The kind and the place under a card's name. */
  const subtitle = (card: Element | null) =>
    [...(card?.querySelectorAll('[matCardSubtitle] span') ?? [])].map(text);

  const input = ({ loader }: Page, label: string) => inputIn(loader, label);
  const select = ({ loader }: Page, label: string) => selectIn(loader, label);
  const search = async ({ loader }: Page) =>
    (
      await loader.getHarness(MatButtonHarness.with({ text: 'Search' }))
    ).click();

  it('shows each published organisation as a card that links to its profile', async () => {
    api.organisations = [
      anOrganisationProfile({
        id: 'aarhus',
        name: 'Aarhus Kommune',
        kind: 'municipality',
        country: 'DK',
        region: 'Midtjylland',
        careAreas: ['dementia', 'elderly-care'],
        testSite: { offered: true, settings: ['nursing-home'], capacity: 40 },
      }),
      anOrganisationProfile({
        id: 'acme',
        name: 'Sundhedsteknik ApS',
        kind: 'company',
        country: 'DK',
      }),
      anOrganisationProfile({ name: 'Hidden draft', status: 'draft' }),
    ];

    const { page } = await openPage('/organisations');

    expect(text(page.querySelector('h1'))).toBe('Organisations');
    expect(status(page)).toBe('2 organisations found');
    expect(names(page)).toEqual(['Aarhus Kommune', 'Sundhedsteknik ApS']);
    const card = page.querySelector('opi-organisation-card') as HTMLElement;
    expect(card.querySelector('h3 a')?.getAttribute('href')).toBe(
      '/organisations/aarhus',
    );
    expect(subtitle(card)).toEqual(['Municipality', 'Midtjylland, Denmark']);
    expect([...card.querySelectorAll('mat-chip')].map(text)).toEqual([
      'Dementia',
      'Elderly care',
    ]);
    expect(text(card.querySelector('dl'))).toBe('Test site Offered');
    // A company has no test site to offer.
    expect(
      page.querySelectorAll('opi-organisation-card')[1].querySelector('dl'),
    ).toBeNull();
  });

  it('takes the search, filters and page from the address', async () => {
    api.organisations = Array.from({ length: 25 }, (_, i) =>
      anOrganisationProfile({
        name: `Kommune ${i + 1}`,
        kind: 'municipality',
        country: 'DK',
        region: 'Midtjylland',
        careAreas: ['dementia'],
      }),
    );

    const page = await openPage(
      '/organisations?q=kommune&kind=municipality&country=DK&region=Midtjylland&careArea=dementia&page=2',
    );

    expect(api.lastQuery('/api/organisations')).toEqual({
      q: 'kommune',
      kind: 'municipality',
      country: 'DK',
      region: 'Midtjylland',
      careArea: 'dementia',
      page: '2',
      pageSize: '20',
    });
    expect(await (await input(page, 'Search by name')).getValue()).toBe(
      'kommune',
    );
    expect(await (await input(page, 'Country')).getValue()).toBe('DK');
    expect(await (await input(page, 'Region')).getValue()).toBe('Midtjylland');
    expect(await (await select(page, 'Type')).getValueText()).toBe(
      'Municipality',
    );
    expect(await (await select(page, 'Care area')).getValueText()).toBe(
      'Dementia',
    );
    expect(names(page.page)).toHaveLength(5);
    expect(
      await (await page.loader.getHarness(MatPaginatorHarness)).getRangeLabel(),
    ).toBe('21–25 of 25');
  });

  it('ignores values in the address the API would refuse', async () => {
    await openPage('/organisations?kind=castle&country=Denmark&page=-1');

    expect(api.lastQuery('/api/organisations')).toEqual({
      page: '1',
      pageSize: '20',
    });
  });

  it('writes a search by name, country and region into the address', async () => {
    api.organisations = [
      anOrganisationProfile({
        name: 'Aarhus Kommune',
        country: 'DK',
        region: 'Midtjylland',
      }),
      anOrganisationProfile({
        name: 'Gemeente Utrecht',
        country: 'NL',
        region: 'Utrecht',
      }),
    ];
    const page = await openPage('/organisations?page=2');

    await (await input(page, 'Search by name')).setValue('  aarhus ');
    const country = await (await input(page, 'Country')).host();
    await country.sendKeys('dk');
    await (await input(page, 'Region')).setValue('Midtjylland');
    await search(page);

    expect(page.router.url).toBe(
      '/organisations?q=aarhus&country=DK&region=Midtjylland',
    );
    expect(names(page.page)).toEqual(['Aarhus Kommune']);
    expect(status(page.page)).toBe('1 organisation found');
  });

  it('says when a country is not a two-letter code, and does not search', async () => {
    const page = await openPage('/organisations');

    await (await (await input(page, 'Country')).host()).sendKeys('D');
    await search(page);

    expect(await errorsOf(page.loader, 'Country')).toEqual([
      'Use the two-letter country code, such as DK or NL.',
    ]);
    expect(page.router.url).toBe('/organisations');
    expect(document.activeElement?.getAttribute('formcontrolname')).toBe(
      'country',
    );
  });

  it('filters by type, listing the types by their translated names', async () => {
    api.organisations = [
      anOrganisationProfile({ name: 'OUH', kind: 'hospital' }),
      anOrganisationProfile({ name: 'Aarhus Kommune', kind: 'municipality' }),
    ];
    const page = await openPage('/organisations?page=2');
    const kind = await select(page, 'Type');

    await kind.open();
    expect(
      await Promise.all((await kind.getOptions()).map((o) => o.getText())),
    ).toEqual([
      'All types',
      'Company',
      'Municipality',
      'Hospital',
      'Knowledge institution',
    ]);
    await kind.clickOptions({ text: 'Hospital' });

    expect(page.router.url).toBe('/organisations?kind=hospital');
    expect(names(page.page)).toEqual(['OUH']);
  });

  it('pages through the results and keeps the page in the address', async () => {
    api.organisations = Array.from({ length: 45 }, (_, i) =>
      anOrganisationProfile({ name: `Organisation ${i + 1}` }),
    );
    const page = await openPage('/organisations');
    const paginator = await page.loader.getHarness(MatPaginatorHarness);

    await paginator.goToNextPage();

    expect(page.router.url).toBe('/organisations?page=2');
    expect(names(page.page)[0]).toBe('Organisation 21');
  });

  it('says when nothing matches and offers to clear the search and filters', async () => {
    api.organisations = [anOrganisationProfile({ name: 'Aarhus Kommune' })];
    const page = await openPage(
      '/organisations?q=teleport&kind=hospital&region=Nowhere',
    );

    expect(status(page.page)).toBe('0 organisations found');
    expect(text(page.page)).toContain('No organisations match your search.');

    await (
      await page.loader.getHarness(
        MatButtonHarness.with({ text: 'Clear search and filters' }),
      )
    ).click();

    expect(page.router.url).toBe('/organisations');
    expect(names(page.page)).toEqual(['Aarhus Kommune']);
    expect(await (await input(page, 'Region')).getValue()).toBe('');
  });

  it('shows an error the reader can retry', async () => {
    api.organisations = [anOrganisationProfile({ name: 'Aarhus Kommune' })];
    api.failing = true;
    const page = await openPage('/organisations');

    expect(text(page.page.querySelector('[role=alert]'))).toContain(
      'The organisations could not be loaded.',
    );

    api.failing = false;
    await (
      await page.loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))
    ).click();

    expect(names(page.page)).toEqual(['Aarhus Kommune']);
  });

  it('speaks the reader’s language', async () => {
    api.organisations = [
      anOrganisationProfile({
        name: 'Aarhus Kommune',
        careAreas: ['dementia'],
      }),
    ];
    TestBed.inject(TranslocoService).setActiveLang('da');

    const { page } = await openPage('/organisations');

    expect(text(page.querySelector('h1'))).toBe('Organisationer');
    expect(status(page)).toBe('1 organisation fundet');
    expect(text(page.querySelector('mat-chip'))).toBe('Demens');
    expect(subtitle(page.querySelector('opi-organisation-card'))).toEqual([
      'Kommune',
      'Danmark',
    ]);
  });
});
