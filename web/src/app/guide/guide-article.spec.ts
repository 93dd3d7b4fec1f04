import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { signInAs } from '../../testing/auth';
import { aGuideEntry, aGuidePage, aMe } from '../../testing/factories';
import {
  inputIn,
  navigationEnd,
  openPage,
  press,
  text,
} from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';
import { authInterceptor } from '../auth/auth.interceptor';
import { LOCAL_TICKS_KEY, PROJECT_KEY } from './guide-storage';
import type { GuidePage } from './guide.models';

const SLUG = 'phase-3-innovation-and-test';

/** Phase 3 as the API serves it: Markdown, its headings' ids and the checklists under them. */
function phase3(overrides: Partial<GuidePage> = {}): GuidePage {
  return aGuidePage({
    slug: SLUG,
    title: 'Phase 3: Innovation and test',
    summary: 'Develop the solution with its users, where it will be used.',
    kind: 'phase',
    phase: 3,
    markdown: [
      '## Overview',
      '',
      'Write a [test plan](/guide/test-plan) first, then go through the [checklists](#checklists).',
      '',
      '## Checklists',
      '',
      '### Checklist for companies',
      '',
      '- [ ] Show **sketches** to users before building.',
      '- [ ] Keep a log of changes.',
      '',
      '### Checklist for public organisations',
      '',
      '- [ ] Collect baseline data.',
      '',
      '### Checklist for knowledge institutions',
      '',
      '- [ ] Write the test plan with the partners.',
      '',
      '## Pitfalls',
      '',
      '- **Too short.** The first weeks show teething troubles.',
      '',
    ].join('\n'),
    headings: [
      { id: 'overview', text: 'Overview', level: 2 },
      { id: 'checklists', text: 'Checklists', level: 2 },
      {
        id: 'checklist-for-companies',
        text: 'Checklist for companies',
        level: 3,
      },
      {
        id: 'checklist-for-public-organisations',
        text: 'Checklist for public organisations',
        level: 3,
      },
      {
        id: 'checklist-for-knowledge-institutions',
        text: 'Checklist for knowledge institutions',
        level: 3,
      },
      { id: 'pitfalls', text: 'Pitfalls', level: 2 },
    ],
    checklists: [
      {
        role: 'company',
        heading: 'Checklist for companies',
        headingId: 'checklist-for-companies',
        items: [
          {
            id: `${SLUG}:company:1`,
            text: 'Show sketches to users before building.',
            markdown: 'Show **sketches** to users before building.',
          },
          {
            id: `${SLUG}:company:2`,
            text: 'Keep a log of changes.',
            markdown: 'Keep a log of changes.',
          },
        ],
      },
      {
        role: 'public',
        heading: 'Checklist for public organisations',
        headingId: 'checklist-for-public-organisations',
        items: [
          {
            id: `${SLUG}:public:1`,
            text: 'Collect baseline data.',
            markdown: 'Collect baseline data.',
          },
        ],
      },
      {
        role: 'knowledge',
        heading: 'Checklist for knowledge institutions',
        headingId: 'checklist-for-knowledge-institutions',
        items: [
          {
            id: `${SLUG}:knowledge:1`,
            text: 'Write the test plan with the partners.',
            markdown: 'Write the test plan with the partners.',
          },
        ],
      },
    ],
    related: [
      aGuideEntry({
        slug: 'test-plan',
        title: 'Template: test plan',
        kind: 'template',
      }),
    ],
    ...overrides,
  });
}

describe('GuideArticle (/guide/:slug)', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** Opens a page and answers its request (and, signed in, the ticks of `ticks`' project). */
  async function open(
    url: string,
    page: GuidePage,
    {
      lang = 'en',
      ticks,
    }: { lang?: string; ticks?: { project: string; itemIds: string[] } } = {},
  ) {
    const opened = await openPage(url, { settled: false });
    http.expectOne(`/api/guide/pages/${page.slug}?lang=${lang}`).flush(page);
    if (ticks) {
      // The ticks load once the page shows checklists.
      await Promise.resolve();
      opened.harness.fixture.detectChanges();
      http
        .expectOne(
          (r) =>
            r.url === '/api/guide/ticks' &&
            r.params.get('project') === ticks.project,
        )
        .flush(ticks);
    }
    await opened.settle();
    return opened;
  }

  const headings = (page: HTMLElement) =>
    [...page.querySelectorAll('h1, h2, h3')].map(
      (h) => `${h.tagName}${h.id ? `#${h.id}` : ''}: ${text(h)}`,
    );
  const body = (page: HTMLElement) =>
    page.querySelector('.article__body') as HTMLElement;
  const boxes = (page: HTMLElement) => [
    ...page.querySelectorAll<HTMLInputElement>(
      'opi-guide-checklist input[type=checkbox]',
    ),
  ];
  const storedTicks = () =>
    JSON.parse(localStorage.getItem(LOCAL_TICKS_KEY) ?? '[]') as string[];

  it('renders the page from its Markdown, headings carrying the ids its links use', async () => {
    const { page } = await open(`/guide/${SLUG}`, phase3());

    expect(headings(page)).toEqual([
      'H1: Phase 3: Innovation and test',
      'H2#guide-outline-heading: On this page',
      'H2#overview: Overview',
      'H2#checklists: Checklists',
      'H3#checklist-for-companies: Checklist for companies',
      'H3#checklist-for-public-organisations: Checklist for public organisations',
      'H3#checklist-for-knowledge-institutions: Checklist for knowledge institutions',
      'H2#pitfalls: Pitfalls',
      'H2#guide-related-heading: Related pages',
      'H3: Template: test plan',
    ]);
    expect(text(page.querySelector('.article__kind'))).toBe('Phase');
    expect(text(page.querySelector('.opi-page__lead'))).toBe(
      'Develop the solution with its users, where it will be used.',
    );
    expect(body(page).querySelector('opi-guide-prose')?.innerHTML).toBe(
      '<p>Write a <a href="/guide/test-plan">test plan</a> first, then go through the <a href="#checklists">checklists</a>.</p>',
    );
    expect(text(body(page).querySelector('#pitfalls + opi-guide-prose'))).toBe(
      'Too short. The first weeks show teething troubles.',
    );
    const outline = page.querySelector(
      'nav[aria-labelledby=guide-outline-heading]',
    );
    expect(
      [...(outline?.querySelectorAll('a') ?? [])].map((a) =>
        a.getAttribute('href'),
      ),
    ).toEqual([
      `/guide/${SLUG}#overview`,
      `/guide/${SLUG}#checklists`,
      `/guide/${SLUG}#checklist-for-companies`,
      `/guide/${SLUG}#checklist-for-public-organisations`,
      `/guide/${SLUG}#checklist-for-knowledge-institutions`,
      `/guide/${SLUG}#pitfalls`,
    ]);
    expect(
      page
        .querySelector('.article__related opi-guide-entry a')
        ?.getAttribute('href'),
    ).toBe('/guide/test-plan');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Phase 3: Innovation and test · OPI portal',
    );
  });

  it('opens links to other guide pages inside the portal, keeping ?lang=', async () => {
    TestBed.inject(TranslocoService).setActiveLang('da');
    const { page, router, harness } = await open(
      `/guide/${SLUG}?lang=da`,
      phase3({ lang: 'da', requestedLang: 'da', title: 'Fase 3' }),
      { lang: 'da' },
    );

    const link = body(page).querySelector<HTMLAnchorElement>(
      'a[href="/guide/test-plan"]',
    );
    const navigated = navigationEnd(router);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link?.dispatchEvent(click);
    await navigated;

    expect(click.defaultPrevented).toBe(true);
    expect(router.url).toBe('/guide/test-plan?lang=da');
    harness.fixture.detectChanges();
    http.expectOne('/api/guide/pages/test-plan?lang=da').flush(
      aGuidePage({
        slug: 'test-plan',
        title: 'Template: test plan',
        kind: 'template',
        fallback: true,
        requestedLang: 'da',
      }),
    );
    await harness.fixture.whenStable();

    const title = page.querySelector('h1');
    expect(text(title)).toBe('Template: test plan');
    expect(document.activeElement).toBe(title);
  });

  it('moves to a heading of the same page through its #link', async () => {
    const { page, router, harness } = await open(`/guide/${SLUG}`, phase3());

    const navigated = navigationEnd(router);
    body(page)
      .querySelector<HTMLAnchorElement>('a[href="#checklists"]')
      ?.click();
    await navigated;
    await harness.fixture.whenStable();

    expect(router.url).toBe(`/guide/${SLUG}#checklists`);
    expect(document.activeElement).toBe(page.querySelector('h2#checklists'));
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Phase 3: Innovation and test · OPI portal',
    );
  });

  it('says so when the page is shown in English because the reader’s language has none', async () => {
    TestBed.inject(TranslocoService).setActiveLang('da');
    const { page } = await open(
      '/guide/gdpr',
      aGuidePage({
        slug: 'gdpr',
        title: 'GDPR in innovation projects',
        lang: 'en',
        requestedLang: 'da',
        fallback: true,
      }),
      { lang: 'da' },
    );

    expect(text(page.querySelector('[role=note]'))).toBe(
      'Denne side findes endnu ikke på dansk, så du læser den engelske udgave.',
    );
    expect(page.querySelector('h1')?.getAttribute('lang')).toBe('en');
    expect(page.querySelector('opi-guide-prose')?.getAttribute('lang')).toBe(
      'en',
    );
  });

  it('does not show the notice for a page in the reader’s language', async () => {
    const { page } = await open('/guide/gdpr', aGuidePage({ slug: 'gdpr' }));

    expect(page.querySelector('[role=note]')).toBeNull();
  });

  it('says when there is no such page', async () => {
    const { page, harness } = await openPage('/guide/nope', { settled: false });
    http
      .expectOne('/api/guide/pages/nope?lang=en')
      .flush(
        { statusCode: 404, message: 'No such guide page', error: 'Not Found' },
        { status: 404, statusText: 'Not Found' },
      );
    await harness.fixture.whenStable();

    expect(text(page.querySelector('h1'))).toBe('Page not found');
    expect(text(page.querySelector('[role=alert]'))).toContain(
      'There is no guide page at this address.',
    );
    expect(page.querySelector('.article__back a')?.getAttribute('href')).toBe(
      '/guide',
    );
  });

  it('shows each role’s checklist as labelled checkboxes in place of the Markdown task list', async () => {
    const { page, loader } = await open(`/guide/${SLUG}`, phase3());

    const checkboxes = await loader.getAllHarnesses(MatCheckboxHarness);
    expect(await Promise.all(checkboxes.map((c) => c.getLabelText()))).toEqual([
      'Show sketches to users before building.',
      'Keep a log of changes.',
      'Collect baseline data.',
      'Write the test plan with the partners.',
    ]);
    expect([...page.querySelectorAll('.checklist__role')].map(text)).toEqual([
      'Company',
      'Public organisation',
      'Knowledge institution',
    ]);
    const companies = page.querySelector('opi-guide-checklist');
    expect(
      companies?.querySelector('ul')?.getAttribute('aria-labelledby'),
    ).toBe('checklist-for-companies');
    expect(companies?.querySelector('strong')?.textContent).toBe('sketches');
    expect(text(companies?.querySelector('.checklist__progress'))).toBe(
      '0 of 2 done',
    );
    expect(page.querySelector('.task-box')).toBeNull();
    expect(text(page.querySelector('.article__ticks'))).toBe(
      'Your ticks are kept in this browser only. Sign in to keep them with your account, per project.',
    );
  });

  it('keeps a signed-out reader’s ticks in this browser', async () => {
    const { page, loader } = await open(`/guide/${SLUG}`, phase3());

    const [first, second] = await loader.getAllHarnesses(MatCheckboxHarness);
    await second.check();

    expect(storedTicks()).toEqual([`${SLUG}:company:2`]);
    expect(text(page.querySelector('.checklist__progress'))).toBe(
      '1 of 2 done',
    );

    await first.check();
    await second.uncheck();
    expect(storedTicks()).toEqual([`${SLUG}:company:1`]);
  });

  it('shows the ticks kept in this browser when the page opens again', async () => {
    localStorage.setItem(
      LOCAL_TICKS_KEY,
      JSON.stringify([`${SLUG}:public:1`, 'another-page:company:1']),
    );
    const { page } = await open(`/guide/${SLUG}`, phase3());

    expect(boxes(page).map((box) => box.checked)).toEqual([
      false,
      false,
      true,
      false,
    ]);
  });

  describe('signed in', () => {
    beforeEach(() => {
      signInAs(aMe(), http);
    });

    it('shows the ticks saved in the default project and saves each tick', async () => {
      const { page, harness } = await open(`/guide/${SLUG}`, phase3(), {
        ticks: { project: 'default', itemIds: [`${SLUG}:company:2`] },
      });

      expect(boxes(page).map((box) => box.checked)).toEqual([
        false,
        true,
        false,
        false,
      ]);

      boxes(page)[2].click();
      harness.fixture.detectChanges();
      const put = http.expectOne(
        `/api/guide/ticks/${encodeURIComponent(`${SLUG}:public:1`)}?project=default`,
      );
      expect(put.request.method).toBe('PUT');
      expect(put.request.headers.get('Authorization')).toBe('Bearer token-1');
      put.flush(null, { status: 204, statusText: 'No Content' });

      boxes(page)[1].click();
      harness.fixture.detectChanges();
      const del = http.expectOne(
        `/api/guide/ticks/${encodeURIComponent(`${SLUG}:company:2`)}?project=default`,
      );
      expect(del.request.method).toBe('DELETE');
      del.flush(null, { status: 204, statusText: 'No Content' });
      await harness.fixture.whenStable();

      expect(boxes(page).map((box) => box.checked)).toEqual([
        false,
        false,
        true,
        false,
      ]);
      expect(localStorage.getItem(LOCAL_TICKS_KEY)).toBeNull();
    });

    it('takes a tick back when it could not be saved', async () => {
      const { page, harness } = await open(`/guide/${SLUG}`, phase3(), {
        ticks: { project: 'default', itemIds: [] },
      });

      boxes(page)[0].click();
      harness.fixture.detectChanges();
      http
        .expectOne((r) => r.method === 'PUT')
        .flush(null, { status: 500, statusText: 'Server Error' });
      await harness.fixture.whenStable();

      expect(boxes(page)[0].checked).toBe(false);
      expect(text(document.querySelector('mat-snack-bar-container'))).toBe(
        'Your tick could not be saved. Try again.',
      );
    });

    it('keeps ticks per project, remembering the one chosen', async () => {
      const { page, loader, harness } = await open(`/guide/${SLUG}`, phase3(), {
        ticks: { project: 'default', itemIds: [] },
      });

      await (await inputIn(loader, 'Project')).setValue('Night care 2025');
      press(harness, 'Use this project');
      http.expectOne('/api/guide/ticks?project=Night%20care%202025').flush({
        project: 'Night care 2025',
        itemIds: [`${SLUG}:knowledge:1`],
      });
      await harness.fixture.whenStable();

      expect(boxes(page).map((box) => box.checked)).toEqual([
        false,
        false,
        false,
        true,
      ]);
      expect(localStorage.getItem(PROJECT_KEY)).toBe('Night care 2025');

      boxes(page)[0].click();
      harness.fixture.detectChanges();
      http
        .expectOne(
          `/api/guide/ticks/${encodeURIComponent(`${SLUG}:company:1`)}?project=Night%20care%202025`,
        )
        .flush(null, { status: 204, statusText: 'No Content' });
      await harness.fixture.whenStable();
    });

    it('refuses a project name the API would not accept', async () => {
      const { page, loader, harness } = await open(`/guide/${SLUG}`, phase3(), {
        ticks: { project: 'default', itemIds: [] },
      });

      await (await inputIn(loader, 'Project')).setValue('Night/care');
      press(harness, 'Use this project');
      await harness.fixture.whenStable();

      expect(text(page.querySelector('mat-error'))).toBe(
        'Use at most 80 letters, digits, spaces, dots, dashes or underscores.',
      );
      http.expectNone((r) => r.url === '/api/guide/ticks');
    });
  });

  it('prints the page', async () => {
    const print = jest
      .spyOn(window, 'print')
      .mockImplementation(() => undefined);
    const { harness } = await open('/guide/gdpr', aGuidePage({ slug: 'gdpr' }));

    press(harness, 'Print this page');

    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('reloads the page in the language the reader switches to', async () => {
    const { page, harness } = await open(`/guide/${SLUG}`, phase3());

    TestBed.inject(TranslocoService).setActiveLang('nl');
    harness.fixture.detectChanges();
    http.expectOne(`/api/guide/pages/${SLUG}?lang=nl`).flush(
      phase3({
        lang: 'nl',
        requestedLang: 'nl',
        title: 'Fase 3: Innovatie en test',
      }),
    );
    await harness.fixture.whenStable();

    expect(text(page.querySelector('h1'))).toBe('Fase 3: Innovatie en test');
    expect(text(page.querySelector('.checklist__role'))).toBe('Bedrijf');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Fase 3: Innovatie en test · OPI-portaal',
    );
  });
});
