import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import type { Me, Organisation, OrganisationMember } from '@opi/contracts';
import { signInAs } from '../../testing/auth';
import {
  aMe,
  aMember,
  aMembership,
  anOrganisationProfile,
} from '../../testing/factories';
import { errorsOf, fill, openPage, text } from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';
import { authInterceptor } from '../auth/auth.interceptor';

describe('OrganisationProfile (/organisations/:id)', () => {
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

  /** Opens the profile and answers its requests (the members only for a member). */
  async function open(org: Organisation, members?: OrganisationMember[]) {
    const page = await openPage(`/organisations/${org.id}`, { settled: false });
    http.expectOne(`/api/organisations/${org.id}`).flush(org);
    if (members) {
      page.harness.fixture.detectChanges();
      http.expectOne(`/api/organisations/${org.id}/members`).flush(members);
    }
    await page.settle();
    return page;
  }

  /** Terms and values of a description list; a value that is a list (chips, items) as an array. */
  const facts = (dl: Element | null) =>
    Object.fromEntries(
      [...(dl?.querySelectorAll('dt') ?? [])].map((dt) => {
        const dd = dt.nextElementSibling;
        const items = [...(dd?.querySelectorAll('li, mat-chip') ?? [])];
        return [text(dt), items.length ? items.map(text) : text(dd)];
      }),
    );
  const headings = (page: HTMLElement) =>
    [...page.querySelectorAll('h1, h2, h3')].map(
      (h) => `${h.tagName}: ${text(h)}`,
    );

  it('shows a company’s own fields to anyone', async () => {
    const { page } = await open(
      anOrganisationProfile({
        id: 'acme',
        kind: 'company',
        name: 'Sundhedsteknik ApS',
        country: 'DK',
        region: 'Syddanmark',
        city: 'Odense',
        description: 'Sensors that let night staff sleep.',
        careAreas: ['dementia'],
        website: 'https://sundhedsteknik.dk',
        sizeBand: '10-49',
        vatNumber: 'DK12345678',
        expertise: ['Sensors', 'Machine learning'],
        products: ['NightWatch'],
      }),
    );

    expect(headings(page)).toEqual(['H1: Sundhedsteknik ApS', 'H2: Details']);
    expect(text(page.querySelector('.profile__kind'))).toBe('Company');
    expect(text(page.querySelector('.profile__place'))).toBe(
      'Odense, Syddanmark, Denmark',
    );
    expect(text(page.querySelector('.profile__description'))).toBe(
      'Sensors that let night staff sleep.',
    );
    expect(facts(page.querySelector('opi-organisation-facts dl'))).toEqual({
      Website: 'https://sundhedsteknik.dk',
      City: 'Odense',
      Size: '10–49 employees',
      'VAT or CVR number': 'DK12345678',
      'Care areas': ['Dementia'],
      Expertise: ['Sensors', 'Machine learning'],
      'Products and services': ['NightWatch'],
    });
    expect(
      page.querySelector('a[href="https://sundhedsteknik.dk"]'),
    ).not.toBeNull();
    expect(text(page)).not.toContain('Edit organisation');
    expect(text(page)).not.toContain('Members');
  });

  it('shows a municipality’s test-site offer', async () => {
    const { page } = await open(
      anOrganisationProfile({
        id: 'aarhus',
        kind: 'municipality',
        name: 'Aarhus Kommune',
        population: 367000,
        careSettings: ['home-care'],
        testSite: {
          offered: true,
          settings: ['nursing-home', 'home-care'],
          capacity: 40,
          contact: 'innovation@aarhus.dk',
          conditions: 'Data processing agreement',
        },
      }),
    );

    expect(headings(page)).toEqual([
      'H1: Aarhus Kommune',
      'H2: Details',
      'H2: Test site',
    ]);
    expect(facts(page.querySelector('opi-organisation-facts dl'))).toEqual({
      Population: '367,000',
      'Care settings it runs': ['Home care'],
    });
    const testSite = page.querySelector('[aria-labelledby=profile-test-site]');
    expect(text(testSite?.querySelector('p'))).toBe(
      'This organisation offers a test site for new solutions.',
    );
    expect(facts(testSite?.querySelector('dl') ?? null)).toEqual({
      'Where tests can run': ['Nursing home', 'Home care'],
      Capacity: '40',
      'Contact for tests': 'innovation@aarhus.dk',
      Conditions: 'Data processing agreement',
    });
  });

  it('says when a hospital offers no test site', async () => {
    const { page } = await open(
      anOrganisationProfile({
        id: 'ouh',
        kind: 'hospital',
        name: 'OUH',
        beds: 1000,
        departments: ['Geriatrics'],
        testSite: null,
      }),
    );

    expect(facts(page.querySelector('opi-organisation-facts dl'))).toEqual({
      Beds: '1,000',
      Departments: ['Geriatrics'],
    });
    expect(
      text(page.querySelector('[aria-labelledby=profile-test-site] p')),
    ).toBe('This organisation does not offer a test site at the moment.');
  });

  it('says when the organisation does not exist (or is a draft the reader cannot see)', async () => {
    const page = await openPage('/organisations/nope', { settled: false });
    http
      .expectOne('/api/organisations/nope')
      .flush(
        { statusCode: 404, message: 'Not found' },
        { status: 404, statusText: 'Not Found' },
      );
    await page.settle();

    expect(text(page.page.querySelector('h1'))).toBe('Organisation not found');
    expect(
      page.page.querySelector('[role=alert] a')?.getAttribute('href'),
    ).toBe('/organisations');
  });

  describe('for its members', () => {
    const org = () =>
      anOrganisationProfile({
        id: 'o1',
        kind: 'municipality',
        name: 'Aarhus Kommune',
        status: 'draft',
      });
    const me = (role: 'owner' | 'member'): Me =>
      aMe({
        id: 'me',
        name: 'Mette',
        memberships: [
          aMembership({ organisationId: 'o1', name: 'Aarhus Kommune', role }),
        ],
      });
    const members = () => [
      aMember({
        userId: 'me',
        name: 'Mette',
        email: 'mette@aarhus.dk',
        role: 'owner',
      }),
      aMember({
        userId: 'u2',
        name: 'Jens',
        email: 'jens@aarhus.dk',
        role: 'member',
      }),
    ];

    it('shows a draft with the members, an edit link and a way to leave', async () => {
      signInAs(me('member'), http);
      const { page } = await open(org(), members());

      expect(text(page.querySelector('.profile__status'))).toBe(
        'Draft Only the members of this organisation can see this page.',
      );
      expect(
        page.querySelector('.profile__actions a')?.getAttribute('href'),
      ).toBe('/organisations/o1/edit');
      expect(headings(page)).toEqual([
        'H1: Aarhus Kommune',
        'H2: Details',
        'H2: Test site',
        'H2: Members',
      ]);
      const rows = [...page.querySelectorAll('.members__item')].map((row) =>
        [
          ...row.querySelectorAll(
            '.members__name, .members__email, .members__role, button',
          ),
        ].map(text),
      );
      expect(rows).toEqual([
        ['Mette', 'mette@aarhus.dk', 'Owner', 'Leave organisation'],
        ['Jens', 'jens@aarhus.dk', 'Member'],
      ]);
      expect(page.querySelector('form.invite')).toBeNull();
    });

    it('lets an owner invite someone and shows the link to send', async () => {
      signInAs(me('owner'), http);
      const { page, loader, settle } = await open(org(), members());

      expect(headings(page)).toContain('H3: Invite a member');
      await (
        await loader.getHarness(
          MatButtonHarness.with({ text: 'Create invitation' }),
        )
      ).click();
      expect(await errorsOf(loader, 'E-mail address to invite')).toEqual([
        'This field is required.',
      ]);
      http.expectNone('/api/organisations/o1/invitations');

      await fill(loader, 'E-mail address to invite', 'ny@aarhus.dk');
      await (
        await loader.getHarness(
          MatButtonHarness.with({ text: 'Create invitation' }),
        )
      ).click();
      const invite = http.expectOne('/api/organisations/o1/invitations');
      expect(invite.request.body).toEqual({ email: 'ny@aarhus.dk' });
      invite.flush(
        {
          id: 'i1',
          organisationId: 'o1',
          email: 'ny@aarhus.dk',
          expiresAt: '2026-12-01T12:00:00.000Z',
          acceptUrl: '/invitations/tok-123',
        },
        { status: 201, statusText: 'Created' },
      );
      await settle();

      const sent = page.querySelector('.invitation');
      expect(sent?.getAttribute('role')).toBe('status');
      expect(text(sent?.querySelector('p'))).toBe(
        'Invitation for ny@aarhus.dk, valid until Dec 1, 2026. Send them this link:',
      );
      expect((sent?.querySelector('input') as HTMLInputElement).value).toBe(
        `${location.origin}/invitations/tok-123`,
      );
      expect(await errorsOf(loader, 'E-mail address to invite')).toEqual([]);
    });

    it('lets an owner remove a member after confirming', async () => {
      signInAs(me('owner'), http);
      const { page, loader, overlay, harness, settle } = await open(
        org(),
        members(),
      );

      await (
        await loader.getHarness(MatButtonHarness.with({ text: 'Remove' }))
      ).click();
      const dialog = await overlay.getHarness(MatDialogHarness);
      expect(await dialog.getTitleText()).toBe('Remove Jens?');
      expect(await dialog.getContentText()).toBe(
        'Jens will no longer be a member of Aarhus Kommune.',
      );
      await (
        await overlay.getHarness(
          MatButtonHarness.with({
            ancestor: 'mat-dialog-container',
            text: 'Remove',
          }),
        )
      ).click();

      const removal = http.expectOne('/api/organisations/o1/members/u2');
      expect(removal.request.method).toBe('DELETE');
      removal.flush(null, { status: 204, statusText: 'No Content' });
      harness.fixture.detectChanges();
      http
        .expectOne('/api/organisations/o1/members')
        .flush(members().slice(0, 1));
      await settle();

      expect([...page.querySelectorAll('.members__name')].map(text)).toEqual([
        'Mette',
      ]);
    });

    it('asks nothing of the API when the reader cancels', async () => {
      signInAs(me('owner'), http);
      const { loader, overlay } = await open(org(), members());

      await (
        await loader.getHarness(MatButtonHarness.with({ text: 'Remove' }))
      ).click();
      await (
        await overlay.getHarness(
          MatButtonHarness.with({
            ancestor: 'mat-dialog-container',
            text: 'Cancel',
          }),
        )
      ).click();

      http.expectNone('/api/organisations/o1/members/u2');
      expect(await overlay.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
    });

    it('explains why the last owner cannot leave', async () => {
      signInAs(me('owner'), http);
      const { page, loader, overlay, settle } = await open(org(), members());

      await (
        await loader.getHarness(
          MatButtonHarness.with({ text: 'Leave organisation' }),
        )
      ).click();
      await (
        await overlay.getHarness(
          MatButtonHarness.with({
            ancestor: 'mat-dialog-container',
            text: 'Leave organisation',
          }),
        )
      ).click();
      http.expectOne('/api/organisations/o1/members/me').flush(
        {
          statusCode: 409,
          message: 'The last owner cannot leave',
          error: 'Conflict',
        },
        { status: 409, statusText: 'Conflict' },
      );
      await settle();

      const alert = page.querySelector('[role=alert]');
      expect(text(alert)).toBe(
        'You are the last owner, so you cannot leave. The organisation needs at least one owner.',
      );
      expect(document.activeElement).toBe(alert);
    });
  });
});
