import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import type { Page, UserRole, WorkshopSeriesSummary } from '@opi/contracts';
import { signInAs } from '../../testing/auth';
import { aMe } from '../../testing/factories';
import {
  errorsOf,
  fill,
  navigationEnd,
  openPage,
  press,
  text,
} from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import {
  aWorkshopSeries,
  aWorkshopSeriesSummary,
} from '../../testing/workshop-series';
import { appRoutes } from '../app.routes';
import { authInterceptor } from '../auth/auth.interceptor';
import { AuthService } from '../auth/auth.service';

const pageOf = <T>(items: T[]): Page<T> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
});

describe('WorkshopList (/workshops)', () => {
  let http: HttpTestingController;

  function setUp(role: UserRole = 'public_staff') {
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
    signInAs(aMe({ role }), http);
  }

  async function open(items: WorkshopSeriesSummary[]) {
    const page = await openPage('/workshops', { settled: false });
    http
      .expectOne({ method: 'GET', url: '/api/workshops' })
      .flush(pageOf(items));
    await page.settle();
    return page;
  }

  const cards = (page: HTMLElement) =>
    [...page.querySelectorAll('mat-card')].map((card) => ({
      title: text(card.querySelector('h3')),
      href: card.querySelector('h3 a')?.getAttribute('href'),
      facilitators: text(card.querySelector('.list__facilitators')),
      description: text(card.querySelector('.list__description')),
      counts: text(card.querySelector('.list__counts')),
      dates: text(card.querySelector('.list__dates')),
    }));

  const dementia = aWorkshopSeriesSummary({
    id: 's1',
    title: 'Dementia care in Aarhus',
    description: 'Entrepreneurs and care homes on night-time wandering.',
    facilitators: [
      { id: 'u1', name: 'Mette Hansen' },
      { id: 'u2', name: 'Jan de Vries' },
    ],
    sessionCount: 3,
    proposalCount: 1,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-02-20T09:00:00.000Z',
  });

  it('lists my series with their facilitators, counts and dates', async () => {
    setUp();
    const { page } = await open([
      dementia,
      aWorkshopSeriesSummary({ id: 's2', title: 'Falls at home' }),
    ]);

    expect(text(page.querySelector('h1'))).toBe('Co-creation workshops');
    expect(cards(page)).toEqual([
      {
        title: 'Dementia care in Aarhus',
        href: '/workshops/s1',
        facilitators: 'Facilitated by Mette Hansen, Jan de Vries',
        description: 'Entrepreneurs and care homes on night-time wandering.',
        counts: '3 sessions · 1 proposal',
        dates: 'Started Jan 10, 2026, updated Feb 20, 2026',
      },
      expect.objectContaining({
        title: 'Falls at home',
        href: '/workshops/s2',
        counts: '0 sessions · 0 proposals',
      }),
    ]);
  });

  it.each(['cluster_manager', 'public_staff', 'admin'] as const)(
    'offers role %s to start a new series',
    async (role) => {
      setUp(role);
      const { page } = await open([dementia]);

      expect(text(page.querySelector('.list__create h2'))).toBe(
        'New workshop series',
      );
    },
  );

  it.each(['entrepreneur', 'researcher'] as const)(
    'does not offer role %s to start a series',
    async (role) => {
      setUp(role);
      const { page } = await open([dementia]);

      expect(page.querySelector('.list__create')).toBeNull();
      expect(page.querySelector('form')).toBeNull();
    },
  );

  it('says so when there is no series yet', async () => {
    setUp('entrepreneur');
    const { page } = await open([]);

    expect(text(page.querySelector('.opi-state'))).toBe(
      'You are not part of any workshop series yet. A facilitator adds you when you are invited to a session.',
    );
    expect(page.querySelector('mat-card')).toBeNull();
  });

  it('creates a series and opens it', async () => {
    setUp('cluster_manager');
    const page = await open([]);
    expect(text(page.page.querySelector('.opi-state'))).toBe(
      'There are no workshop series yet. Start one with the form.',
    );

    await fill(page.loader, 'Title', '  Dementia care in Aarhus ');
    await fill(
      page.loader,
      'Description',
      'Entrepreneurs and care homes on night-time wandering.',
    );
    // A native click: the harness would wait for the request, which is answered below.
    const arrived = navigationEnd(page.router);
    press(page.harness, 'Create workshop series');

    const create = http.expectOne({ method: 'POST', url: '/api/workshops' });
    expect(create.request.body).toEqual({
      title: 'Dementia care in Aarhus',
      description: 'Entrepreneurs and care homes on night-time wandering.',
    });
    create.flush(
      aWorkshopSeries({ id: 's9', title: 'Dementia care in Aarhus' }),
    );
    await arrived;

    expect(page.router.url).toBe('/workshops/s9');
  });

  it('asks for a title before creating', async () => {
    setUp('admin');
    const page = await open([]);

    await (
      await page.loader.getHarness(
        MatButtonHarness.with({ text: 'Create workshop series' }),
      )
    ).click();

    http.expectNone({ method: 'POST', url: '/api/workshops' });
    expect(await errorsOf(page.loader, 'Title')).toEqual([
      'This field is required.',
    ]);
  });

  it('is only for signed-in users', async () => {
    setUp();
    TestBed.inject(AuthService).clear();

    const { router } = await openPage('/workshops');

    expect(router.url).toBe('/login?returnUrl=%2Fworkshops');
  });
});
