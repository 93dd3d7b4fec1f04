import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import type { Me } from '@opi/contracts';
import { signInAs } from '../../testing/auth';
import { aMe, aMembership } from '../../testing/factories';
import { openPage, text } from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';
import { authInterceptor } from '../auth/auth.interceptor';

describe('MyOrganisations (/my/organisations)', () => {
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
  });

  afterEach(() => http.verify());

  async function open(me: Me) {
    signInAs(me, http);
    const page = await openPage('/my/organisations', { settled: false });
    http.expectOne('/api/me').flush(me);
    await page.settle();
    return page;
  }

  it('lists my memberships with their status and my role', async () => {
    const { page } = await open(
      aMe({
        memberships: [
          aMembership({
            organisationId: 'aarhus',
            name: 'Aarhus Kommune',
            kind: 'municipality',
            status: 'draft',
            role: 'owner',
          }),
          aMembership({
            organisationId: 'via',
            name: 'VIA University College',
            kind: 'knowledge_institution',
            status: 'published',
            role: 'member',
          }),
        ],
      }),
    );

    expect(text(page.querySelector('h1'))).toBe('My organisations');
    const cards = [...page.querySelectorAll('mat-card')].map((card) => ({
      name: text(card.querySelector('h3')),
      link: card.querySelector('h3 a')?.getAttribute('href'),
      kind: text(card.querySelector('[matCardSubtitle]')),
      facts: [...card.querySelectorAll('dt')].map(
        (dt) => `${text(dt)}: ${text(dt.nextElementSibling)}`,
      ),
      edit: card
        .querySelector('mat-card-actions a')
        ?.getAttribute('aria-label'),
    }));
    expect(cards).toEqual([
      {
        name: 'Aarhus Kommune',
        link: '/organisations/aarhus',
        kind: 'Municipality',
        facts: ['Status: Draft', 'Your role: Owner'],
        edit: 'Edit Aarhus Kommune',
      },
      {
        name: 'VIA University College',
        link: '/organisations/via',
        kind: 'Knowledge institution',
        facts: ['Status: Published', 'Your role: Member'],
        edit: 'Edit VIA University College',
      },
    ]);
    expect(
      [...page.querySelectorAll('a')]
        .find((a) => text(a) === 'Create organisation')
        ?.getAttribute('href'),
    ).toBe('/organisations/new');
  });

  it('says what to do without any membership', async () => {
    const { page } = await open(aMe({ memberships: [] }));

    expect(text(page.querySelector('.opi-state'))).toBe(
      'You are not a member of any organisation yet. Create one, or ask an owner to invite you.',
    );
  });

  it('is only for signed-in readers', async () => {
    const { router } = await openPage('/my/organisations');

    expect(router.url).toBe('/login?returnUrl=%2Fmy%2Forganisations');
  });
});
