import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { signInAs } from '../../testing/auth';
import {
  aMe,
  aMembership,
  anOrganisationProfile,
} from '../../testing/factories';
import { navigationEnd, openPage, text } from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';
import { authInterceptor } from '../auth/auth.interceptor';
import type { InvitationPreview } from '@opi/contracts';

describe('AcceptInvitation (/invitations/:token)', () => {
  let http: HttpTestingController;
  const preview: InvitationPreview = {
    organisationId: 'o1',
    organisationName: 'Aarhus Kommune',
    email: 'ny@aarhus.dk',
    expiresAt: '2026-12-01T12:00:00.000Z',
  };

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

  async function open() {
    const page = await openPage('/invitations/tok-1', { settled: false });
    http.expectOne('/api/invitations/tok-1').flush(preview);
    await page.settle();
    return page;
  }

  it('asks a signed-out reader to sign in (or up) with the invited address, then come back', async () => {
    const { page } = await open();

    expect(text(page.querySelector('h1'))).toBe('Join Aarhus Kommune');
    expect(text(page.querySelector('.opi-page__lead'))).toBe(
      'ny@aarhus.dk has been invited to join Aarhus Kommune on the OPI portal. The invitation is valid until Dec 1, 2026.',
    );
    const links = [...page.querySelectorAll('.invitation-page__actions a')].map(
      (a) => [text(a), a.getAttribute('href')],
    );
    expect(links).toEqual([
      ['Sign in', '/login?returnUrl=%2Finvitations%2Ftok-1'],
      ['Create an account', '/signup?returnUrl=%2Finvitations%2Ftok-1'],
    ]);
  });

  it('lets the invited user join and opens the organisation', async () => {
    signInAs(aMe({ email: 'NY@aarhus.dk' }), http);
    const page = await open();

    await (
      await page.loader.getHarness(
        MatButtonHarness.with({ text: 'Accept invitation' }),
      )
    ).click();
    const accept = http.expectOne('/api/invitations/tok-1/accept');
    expect(accept.request.method).toBe('POST');
    const arrived = navigationEnd(page.router);
    accept.flush(
      aMembership({
        organisationId: 'o1',
        name: 'Aarhus Kommune',
        role: 'member',
      }),
    );
    http.expectOne('/api/me').flush(
      aMe({
        email: 'ny@aarhus.dk',
        memberships: [aMembership({ organisationId: 'o1', role: 'member' })],
      }),
    );
    await arrived;

    expect(page.router.url).toBe('/organisations/o1');
    page.harness.fixture.detectChanges();
    http
      .expectOne('/api/organisations/o1')
      .flush(anOrganisationProfile({ id: 'o1' }));
    page.harness.fixture.detectChanges();
    http.expectOne('/api/organisations/o1/members').flush([]);
    await page.settle();
  });

  it('says when the reader is signed in with another address', async () => {
    signInAs(aMe({ email: 'mette@aarhus.dk' }), http);
    const { page } = await open();

    expect(text(page.querySelector('.opi-state p'))).toBe(
      'You are signed in as mette@aarhus.dk, but this invitation is for ny@aarhus.dk. Sign out and sign in with the invited address to accept it.',
    );
    expect([...page.querySelectorAll('button')].map(text)).not.toContain(
      'Accept invitation',
    );
  });

  it('explains a refusal by the API', async () => {
    signInAs(aMe({ email: 'ny@aarhus.dk' }), http);
    const page = await open();

    await (
      await page.loader.getHarness(
        MatButtonHarness.with({ text: 'Accept invitation' }),
      )
    ).click();
    http
      .expectOne('/api/invitations/tok-1/accept')
      .flush(
        { statusCode: 409, message: 'Already a member' },
        { status: 409, statusText: 'Conflict' },
      );
    await page.settle();

    const alert = page.page.querySelector('[role=alert]');
    expect(text(alert)).toBe('You are already a member of this organisation.');
    expect(document.activeElement).toBe(alert);
  });

  it('says when the link is not valid (any more)', async () => {
    const page = await openPage('/invitations/old', { settled: false });
    http
      .expectOne('/api/invitations/old')
      .flush(
        { statusCode: 404, message: 'Not found' },
        { status: 404, statusText: 'Not Found' },
      );
    await page.settle();

    expect(text(page.page.querySelector('[role=alert]'))).toBe(
      'This invitation link is not valid. It may have expired or already been used. Ask the owner for a new one.',
    );
  });
});
