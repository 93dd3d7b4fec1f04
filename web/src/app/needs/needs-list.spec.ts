import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoService } from '@jsverse/transloco';
import { FakeApi } from '../../testing/fake-api';
import { aNeed, anOrganisation } from '../../testing/factories';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';

describe('NeedsList (/needs)', () => {
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

  async function open(url: string) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    return { harness, page, loader, router: TestBed.inject(Router) };
  }

  const text = (el: Element | null | undefined) =>
    el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const titles = (page: HTMLElement) =>
    [...page.querySelectorAll('opi-need-card h3')].map(text);
  const status = (page: HTMLElement) =>
    text(page.querySelector('[role=status]'));
  /** The value a card gives for a term of its fact list. */
  const fact = (card: Element | null, term: string) =>
    text(
      [...(card?.querySelectorAll('dt') ?? [])].find((dt) => text(dt) === term)
        ?.nextElementSibling,
    );

  it('shows each need with its organisation, country, care areas, maturity and test site', async () => {
    api.needs = [
      aNeed({
        title: 'Night-time wandering',
        organisation: anOrganisation({ name: 'Aarhus Kommune', country: 'DK' }),
        careAreas: ['dementia', 'elderly-care'],
        minTrl: 6,
        testSiteOffered: true,
        language: 'da',
      }),
      aNeed({ title: 'Medication reminders', testSiteOffered: false }),
    ];

    const { page } = await open('/needs');

    expect(text(page.querySelector('h1'))).toBe('Needs');
    expect(status(page)).toBe('2 needs found');
    expect(titles(page)).toEqual([
      'Night-time wandering',
      'Medication reminders',
    ]);
    const first = page.querySelector('opi-need-card') as HTMLElement;
    expect(text(first)).toContain('Aarhus Kommune');
    expect(text(first)).toContain('Denmark');
    expect([...first.querySelectorAll('mat-chip')].map(text)).toEqual([
      'Dementia',
      'Elderly care',
    ]);
    expect(fact(first, 'Minimum maturity')).toBe(
      'TRL 6 – Technology demonstrated in relevant environment',
    );
    expect(fact(first, 'Test site')).toBe('Offered');
    expect(first.querySelector('h3')?.getAttribute('lang')).toBe('da');
    expect(fact(page.querySelectorAll('opi-need-card')[1], 'Test site')).toBe(
      'Not offered',
    );
    expect(
      fact(page.querySelectorAll('opi-need-card')[1], 'Minimum maturity'),
    ).toBe('');
  });

  it('takes the search, care area and page from the address', async () => {
    api.needs = Array.from({ length: 25 }, (_, i) =>
      aNeed({ title: `Wandering ${i + 1}`, careAreas: ['dementia'] }),
    );

    const { page, loader } = await open(
      '/needs?q=wandering&careArea=dementia&page=2',
    );

    expect(api.lastQuery('/api/needs')).toEqual({
      q: 'wandering',
      careArea: 'dementia',
      page: '2',
      pageSize: '20',
    });
    expect(await (await loader.getHarness(MatInputHarness)).getValue()).toBe(
      'wandering',
    );
    expect(
      await (await loader.getHarness(MatSelectHarness)).getValueText(),
    ).toBe('Dementia');
    expect(titles(page)).toEqual([
      'Wandering 21',
      'Wandering 22',
      'Wandering 23',
      'Wandering 24',
      'Wandering 25',
    ]);
    expect(
      await (await loader.getHarness(MatPaginatorHarness)).getRangeLabel(),
    ).toBe('21–25 of 25');
  });

  it('writes a search into the address and shows what matches', async () => {
    api.needs = [
      aNeed({ title: 'Fall detection at night' }),
      aNeed({ title: 'Digital rehabilitation' }),
    ];
    const { page, loader, router } = await open('/needs?page=2');

    await (await loader.getHarness(MatInputHarness)).setValue('  fall ');
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Search' }))
    ).click();

    expect(router.url).toBe('/needs?q=fall');
    expect(titles(page)).toEqual(['Fall detection at night']);
    expect(status(page)).toBe('1 need found');
  });

  it('filters by care area, listing the areas by their translated names', async () => {
    api.needs = [
      aNeed({ title: 'Wandering', careAreas: ['dementia'] }),
      aNeed({ title: 'Meals', careAreas: ['nutrition'] }),
    ];
    const { page, loader, router } = await open('/needs?q=&page=3');
    const select = await loader.getHarness(MatSelectHarness);

    await select.open();
    const options = await select.getOptions();
    expect(await options[0].getText()).toBe('All care areas');
    expect(
      (await Promise.all(options.map((o) => o.getText()))).slice(1, 4),
    ).toEqual(['Care staff workload', 'Chronic disease', 'COPD']);
    await select.clickOptions({ text: 'Dementia' });

    expect(router.url).toBe('/needs?q=&careArea=dementia');
    expect(titles(page)).toEqual(['Wandering']);
  });

  it('pages through the results and keeps the page in the address', async () => {
    api.needs = Array.from({ length: 45 }, (_, i) =>
      aNeed({ title: `Need ${i + 1}` }),
    );
    const { page, loader, router } = await open('/needs?q=need');
    const paginator = await loader.getHarness(MatPaginatorHarness);

    await paginator.goToNextPage();

    expect(router.url).toBe('/needs?q=need&page=2');
    expect(titles(page)[0]).toBe('Need 21');
    expect(await paginator.getRangeLabel()).toBe('21–40 of 45');

    await paginator.setPageSize(50);
    expect(router.url).toBe('/needs?q=need&pageSize=50');
    expect(titles(page)).toHaveLength(45);
  });

  it('says when nothing matches and offers to clear the search', async () => {
    api.needs = [aNeed({ title: 'Fall detection' })];
    const { page, loader, router } = await open(
      '/needs?q=teleport&careArea=dementia',
    );

    expect(status(page)).toBe('0 needs found');
    expect(text(page)).toContain('No needs match your search.');
    expect(page.querySelector('mat-paginator')).toBeNull();

    await (
      await loader.getHarness(
        MatButtonHarness.with({ text: 'Clear search and filter' }),
      )
    ).click();

    expect(router.url).toBe('/needs');
    expect(titles(page)).toEqual(['Fall detection']);
  });

  it('says when no needs are published yet', async () => {
    const { page, loader } = await open('/needs');

    expect(text(page)).toContain('No needs have been published yet.');
    expect(
      await loader.getAllHarnesses(
        MatButtonHarness.with({ text: 'Clear search and filter' }),
      ),
    ).toHaveLength(0);
  });

  it('shows an error the reader can retry', async () => {
    api.needs = [aNeed({ title: 'Fall detection' })];
    api.failing = true;
    const { page, loader } = await open('/needs');

    expect(text(page.querySelector('[role=alert]'))).toContain(
      'The needs could not be loaded.',
    );
    expect(titles(page)).toEqual([]);

    api.failing = false;
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))
    ).click();

    expect(page.querySelector('[role=alert]')).toBeNull();
    expect(titles(page)).toEqual(['Fall detection']);
  });

  it('shows that it is loading', async () => {
    api.needs = [aNeed({ title: 'Fall detection' })];
    api.holding = true;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/needs');
    const page = harness.routeNativeElement as HTMLElement;

    expect(status(page)).toBe('Loading needs…');
    expect(page.querySelector('mat-progress-bar')).not.toBeNull();
    expect(page.querySelector('section')?.getAttribute('aria-busy')).toBe(
      'true',
    );

    api.release();
    await harness.fixture.whenStable();

    expect(page.querySelector('mat-progress-bar')).toBeNull();
    expect(titles(page)).toEqual(['Fall detection']);
  });

  it('speaks the reader’s language, care areas included', async () => {
    api.needs = [
      aNeed({
        title: 'Natlig uro',
        careAreas: ['dementia'],
        testSiteOffered: true,
      }),
    ];
    TestBed.inject(TranslocoService).setActiveLang('da');

    const { page } = await open('/needs');

    expect(text(page.querySelector('h1'))).toBe('Behov');
    expect(status(page)).toBe('1 behov fundet');
    expect(text(page.querySelector('mat-chip'))).toBe('Demens');
    expect(fact(page.querySelector('opi-need-card'), 'Testmiljø')).toBe(
      'Stilles til rådighed',
    );
    expect(text(page.querySelector('opi-need-card'))).toContain('Danmark');
  });
});
