import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { aGuideEntry } from '../../testing/factories';
import {
  inputIn,
  navigationEnd,
  openPage,
  press,
  text,
} from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';
import type { GuideSearchHit, GuideTocEntry } from './guide.models';

describe('GuideContents (/guide)', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const phase = (n: number, overrides: Partial<GuideTocEntry> = {}) =>
    aGuideEntry({
      slug: `phase-${n}`,
      title: `Phase ${n}`,
      kind: 'phase',
      phase: n,
      ...overrides,
    });

  /** Opens the page and answers the table of contents (and the search, if any). */
  async function open(
    url: string,
    entries: GuideTocEntry[],
    { lang = 'en', hits }: { lang?: string; hits?: GuideSearchHit[] } = {},
  ) {
    const page = await openPage(url, { settled: false });
    http.expectOne(`/api/guide?lang=${lang}`).flush({ lang, entries });
    if (hits) {
      http
        .expectOne((r) => r.url === '/api/guide/search')
        .flush({ items: hits });
    }
    await page.settle();
    return page;
  }

  const headings = (page: HTMLElement) =>
    [...page.querySelectorAll('h1, h2, h3')].map(
      (h) => `${h.tagName}: ${text(h)}`,
    );
  const section = (page: HTMLElement, heading: string) =>
    [...page.querySelectorAll('section')].find(
      (s) => text(s.querySelector('h2')) === heading,
    );
  const titles = (el: Element | undefined) =>
    [...(el?.querySelectorAll('h3') ?? [])].map(text);

  it('lists the five phases in order and numbered, then topics and templates, with their summaries', async () => {
    const { page } = await open('/guide', [
      aGuideEntry({ title: 'State aid', slug: 'state-aid' }),
      phase(2, { title: 'Phase 2: Start-up' }),
      phase(1, {
        title: 'Phase 1: Idea and need',
        summary: 'Start with the need.',
      }),
      aGuideEntry({ title: 'Template: test plan', kind: 'template' }),
      phase(3, { title: 'Phase 3: Innovation and test' }),
      phase(5, { title: 'Phase 5: Implementation and scaling' }),
      phase(4, { title: 'Phase 4: Market maturation' }),
    ]);

    expect(headings(page)).toEqual([
      'H1: The OPI guide',
      'H2: The five phases',
      'H3: Phase 1: Idea and need',
      'H3: Phase 2: Start-up',
      'H3: Phase 3: Innovation and test',
      'H3: Phase 4: Market maturation',
      'H3: Phase 5: Implementation and scaling',
      'H2: Topics',
      'H3: State aid',
      'H2: Tools and templates',
      'H3: Template: test plan',
    ]);
    const phases = section(page, 'The five phases');
    expect(phases?.querySelector('ol')).not.toBeNull();
    expect(
      [...(phases?.querySelectorAll('.entry__number') ?? [])].map(text),
    ).toEqual(['1', '2', '3', '4', '5']);
    const first = phases?.querySelector('opi-guide-entry');
    expect(first?.querySelector('a')?.getAttribute('href')).toBe(
      '/guide/phase-1',
    );
    expect(text(first?.querySelector('.entry__text'))).toBe(
      'Start with the need.',
    );
  });

  it('marks the entries that are shown in English because the reader’s language has none', async () => {
    TestBed.inject(TranslocoService).setActiveLang('da');
    const { page } = await open(
      '/guide',
      [
        phase(1, { title: 'Fase 1: Idé og behov', lang: 'da' }),
        aGuideEntry({ title: 'State aid', lang: 'en', fallback: true }),
      ],
      { lang: 'da' },
    );

    expect(text(page.querySelector('h1'))).toBe('OPI-guiden');
    const [danish, english] = [...page.querySelectorAll('opi-guide-entry')];
    expect(text(danish)).not.toContain('På engelsk');
    expect(text(english.querySelector('.entry__english'))).toBe('På engelsk');
    expect(english.querySelector('h3 a')?.getAttribute('lang')).toBe('en');
    expect(danish.querySelector('h3 a')?.getAttribute('lang')).toBe('da');
  });

  it('writes a search into the address and shows the results with their highlighted excerpts', async () => {
    const { page, loader, router, harness } = await open('/guide', [phase(1)]);

    await (await inputIn(loader, 'Search the guide')).setValue(' procurement ');
    const navigated = navigationEnd(router);
    press(harness, 'Search');
    await navigated;
    harness.fixture.detectChanges();

    expect(router.url).toBe('/guide?q=procurement');
    const req = http.expectOne((r) => r.url === '/api/guide/search');
    expect(req.request.params.get('q')).toBe('procurement');
    expect(req.request.params.get('lang')).toBe('en');
    req.flush({
      items: [
        {
          ...aGuideEntry({
            slug: 'procurement-law-myths',
            title: 'Procurement-law myths',
            fallback: false,
          }),
          snippet: 'Myths about <mark>procurement</mark> &amp; law',
        },
        {
          ...phase(5, { title: 'Fase 5', fallback: true }),
          snippet: 'after the project: <mark>procurement</mark>',
        },
      ],
    });
    await harness.fixture.whenStable();

    const results = section(page, 'Search results');
    expect(text(results?.querySelector('[role=status]'))).toBe('2 pages found');
    expect(titles(results)).toEqual(['Procurement-law myths', 'Fase 5']);
    const [first, second] = [
      ...(results?.querySelectorAll('opi-guide-entry') ?? []),
    ];
    expect(text(first.querySelector('.entry__kind'))).toBe('Topic');
    expect(first.querySelector('.entry__english')).toBeNull();
    expect(first.querySelector('.entry__text')?.innerHTML).toBe(
      'Myths about <mark>procurement</mark> &amp; law',
    );
    expect(text(second.querySelector('.entry__kind'))).toBe('Phase');
    expect(text(second.querySelector('.entry__english'))).toBe('In English');
    expect(titles(section(page, 'The five phases'))).toEqual(['Phase 1']);
  });

  it('searches for the words in the address, and clears them', async () => {
    const { page, router, harness } = await open('/guide?q=gdpr', [phase(1)], {
      hits: [],
    });

    expect(text(page.querySelector('[role=status]'))).toBe('0 pages found');
    expect(text(page)).toContain('No pages match your search.');

    press(harness, 'Clear search');
    await harness.fixture.whenStable();

    expect(router.url).toBe('/guide');
    expect(section(page, 'Search results')).toBeUndefined();
  });

  it('asks for at least two characters before searching', async () => {
    const { page } = await open('/guide?q=a', [phase(1)]);

    http.expectNone((r) => r.url === '/api/guide/search');
    expect(text(page.querySelector('[role=status]'))).toBe(
      'Type at least two characters to search.',
    );
  });

  it('keeps ?lang= on the links to pages', async () => {
    TestBed.inject(TranslocoService).setActiveLang('nl');
    const { page } = await open('/guide?lang=nl', [phase(3)], { lang: 'nl' });

    expect(page.querySelector('opi-guide-entry a')?.getAttribute('href')).toBe(
      '/guide/phase-3?lang=nl',
    );
  });

  it('reloads the contents in the language the reader switches to', async () => {
    const { page, harness } = await open('/guide', [phase(1)]);

    TestBed.inject(TranslocoService).setActiveLang('fr');
    harness.fixture.detectChanges();
    http
      .expectOne('/api/guide?lang=fr')
      .flush({ lang: 'fr', entries: [phase(1, { title: 'Phase 1 : Idée' })] });
    await harness.fixture.whenStable();

    expect(text(page.querySelector('h1'))).toBe('Le guide OPI');
    expect(titles(section(page, 'Les cinq phases'))).toEqual([
      'Phase 1 : Idée',
    ]);
  });

  it('shows an error the reader can retry', async () => {
    const { page, harness } = await openPage('/guide', { settled: false });
    http
      .expectOne('/api/guide?lang=en')
      .flush(null, { status: 500, statusText: 'Server Error' });
    await harness.fixture.whenStable();

    expect(text(page.querySelector('[role=alert]'))).toContain(
      'The contents of the guide could not be loaded.',
    );

    press(harness, 'Try again');
    http
      .expectOne('/api/guide?lang=en')
      .flush({ lang: 'en', entries: [phase(1)] });
    await harness.fixture.whenStable();

    expect(page.querySelector('[role=alert]')).toBeNull();
    expect(titles(section(page, 'The five phases'))).toEqual(['Phase 1']);
  });
});
