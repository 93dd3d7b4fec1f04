import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatTabNavBarHarness } from '@angular/material/tabs/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import type { Need, Page } from '@opi/contracts';
import { signInAs } from '../../testing/auth';
import { aMe, aNeed, anOffering } from '../../testing/factories';
import { navigationEnd, openPage, text } from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';
import { authInterceptor } from '../auth/auth.interceptor';
import { AuthService } from '../auth/auth.service';

type OpenPage = Awaited<ReturnType<typeof openPage>>;

const pageOf = <T>(items: T[]): Page<T> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
});

describe('MyRecords (/my/needs, /my/offerings)', () => {
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

  /** The list request the page made, answered with `items`. */
  function answer(items: Need[], path = '/api/me/needs') {
    const request = http.expectOne((r) => r.url === path);
    request.flush(pageOf(items));
    return request.request;
  }

  async function open(url: string, items: Need[]) {
    const page = await openPage(url, { settled: false });
    const request = answer(
      items,
      url.startsWith('/my/offerings') ? '/api/me/offerings' : '/api/me/needs',
    );
    await page.settle();
    return { page, request };
  }

  const cards = ({ page }: OpenPage) =>
    [...page.querySelectorAll('mat-card')].map((card) => ({
      title: text(card.querySelector('h3')),
      href: card.querySelector('h3 a')?.getAttribute('href'),
      organisation: text(card.querySelector('[matCardSubtitle]')),
      status: text(card.querySelector('opi-record-status')),
      updated: text(card.querySelector('.mine__meta span')),
      actions: [
        ...card.querySelectorAll('mat-card-actions a, mat-card-actions button'),
      ].map(text),
    }));

  const wandering = aNeed({
    id: 'n1',
    title: 'Night-time wandering',
    organisation: {
      id: 'o1',
      name: 'Aarhus Kommune',
      kind: 'municipality',
      country: 'DK',
    },
    status: 'draft',
    version: 3,
    updatedAt: '2026-02-10T09:00:00.000Z',
  });
  const falls = aNeed({
    id: 'n2',
    title: 'Falls at home',
    status: 'published',
    version: 5,
    staleReminderAt: '2026-03-01T08:00:00.000Z',
  });

  it('lists every need of my organisations, whatever its status', async () => {
    const { page, request } = await open('/my/needs', [wandering, falls]);

    expect(request.params.keys()).toEqual(['page', 'pageSize']);
    expect(text(page.page.querySelector('h1'))).toBe('My needs');
    expect(cards(page)[0]).toEqual({
      title: 'Night-time wandering',
      href: '/needs/n1',
      organisation: 'Aarhus Kommune',
      status: 'Draft',
      updated: 'Updated Feb 10, 2026',
      actions: ['Edit', 'Publish'],
    });
    expect(cards(page)[1].actions).toEqual(['Edit', 'Archive']);
    expect(
      page.page.querySelector('mat-card-actions a')?.getAttribute('href'),
    ).toBe('/needs/n1/edit');
    const create = page.page.querySelector('.mine__create');
    expect(text(create)).toBe('New need');
    expect(create?.getAttribute('href')).toBe('/needs/new');
  });

  it('filters by status through the address', async () => {
    const page = (await open('/my/needs', [wandering])).page;

    const tabs = await page.loader.getHarness(MatTabNavBarHarness);
    expect(
      await Promise.all((await tabs.getLinks()).map((l) => l.getLabel())),
    ).toEqual(['All', 'Drafts', 'Published', 'Archived']);
    // A native click: the harness would wait for the list request, which is answered below.
    const arrived = navigationEnd(page.router);
    [...page.page.querySelectorAll<HTMLElement>('[mat-tab-link]')]
      .find((a) => text(a) === 'Drafts')
      ?.click();
    await arrived;
    page.harness.fixture.detectChanges();

    expect(page.router.url).toBe('/my/needs?status=draft');
    const request = answer([]);
    expect(request.params.get('status')).toBe('draft');
    await page.settle();
    expect(await (await tabs.getActiveLink()).getLabel()).toBe('Drafts');
    expect(text(page.page.querySelector('.opi-state'))).toBe(
      'None of your needs has this status.',
    );
  });

  it('says so when there is nothing yet', async () => {
    const { page } = await open('/my/needs', []);

    expect(text(page.page.querySelector('.opi-state'))).toBe(
      'Your organisations have not posted any needs yet.',
    );
  });

  it('warns about a stale need and keeps it on “Still relevant”', async () => {
    const { page } = await open('/my/needs', [falls]);

    expect(text(page.page.querySelector('.mine__stale p'))).toBe(
      'Untouched for six months: it will be archived on Mar 31, 2026 unless you confirm that it is still relevant.',
    );
    const confirm = await page.loader.getHarness(
      MatButtonHarness.with({ text: 'Still relevant' }),
    );
    expect(await (await confirm.host()).getAttribute('aria-label')).toBe(
      'Still relevant: “Falls at home”',
    );
    await confirm.click();

    const still = http.expectOne({
      method: 'POST',
      url: '/api/needs/n2/still-relevant',
    });
    still.flush({ ...falls, staleReminderAt: null, version: 6 });
    page.harness.fixture.detectChanges();
    answer([{ ...falls, staleReminderAt: null, version: 6 }]);
    await page.settle();

    expect(page.page.querySelector('.mine__stale')).toBeNull();
  });

  it('publishes a draft with the version it shows', async () => {
    const { page } = await open('/my/needs', [wandering]);

    await (
      await page.loader.getHarness(MatButtonHarness.with({ text: 'Publish' }))
    ).click();
    const publish = http.expectOne({ method: 'PATCH', url: '/api/needs/n1' });
    expect(publish.request.body).toEqual({ status: 'published', version: 3 });
    publish.flush({ ...wandering, status: 'published', version: 4 });
    page.harness.fixture.detectChanges();
    answer([{ ...wandering, status: 'published', version: 4 }]);
    await page.settle();

    expect(cards(page)[0].status).toBe('Published');
    expect(text(document.activeElement)).toBe('Night-time wandering');
  });

  it('says when someone else changed the record first', async () => {
    const { page } = await open('/my/needs', [falls]);

    await (
      await page.loader.getHarness(MatButtonHarness.with({ text: 'Archive' }))
    ).click();
    http
      .expectOne({ method: 'PATCH', url: '/api/needs/n2' })
      .flush(
        { statusCode: 409, message: 'Stale version', error: 'Conflict' },
        { status: 409, statusText: 'Conflict' },
      );
    page.harness.fixture.detectChanges();
    answer([{ ...falls, version: 6 }]);
    await page.settle();

    expect(text(page.page.querySelector('[role=alert]'))).toBe(
      'Someone else changed it in the meantime. The list has been reloaded: try again.',
    );
  });

  it('lists my offerings at /my/offerings', async () => {
    const page = await openPage('/my/offerings', { settled: false });
    http
      .expectOne('/api/me/offerings?page=1&pageSize=20')
      .flush(pageOf([anOffering({ id: 'f1', title: 'Bed sensor' })]));
    await page.settle();

    expect(text(page.page.querySelector('h1'))).toBe('My offerings');
    expect(page.page.querySelector('mat-card h3 a')?.getAttribute('href')).toBe(
      '/offerings/f1',
    );
  });

  it('is only for signed-in readers', async () => {
    TestBed.inject(AuthService).clear();

    const { router } = await openPage('/my/needs');

    expect(router.url).toBe('/login?returnUrl=%2Fmy%2Fneeds');
  });
});
