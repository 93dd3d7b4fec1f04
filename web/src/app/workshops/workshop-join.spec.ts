import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import type { WorkshopInvitation } from '@opi/contracts';
import { navigationEnd, openPage, text } from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';
import { authInterceptor } from '../auth/auth.interceptor';
import { workshopTokenInterceptor } from './workshop-token.interceptor';

describe('WorkshopJoin (/workshops/join/:token)', () => {
  let http: HttpTestingController;
  const invitation: WorkshopInvitation = {
    sessionId: 's1',
    seriesTitle: 'Care at home 2026',
    sessionTitle: 'Kick-off',
    participant: {
      id: 'pt-1',
      name: 'Ines Guest',
      side: 'healthcare',
      organisationName: null,
      guest: true,
      motivation: null,
      expectations: null,
      email: null,
    },
  };

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(
          withInterceptors([authInterceptor, workshopTokenInterceptor]),
        ),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    sessionStorage.clear();
  });

  it('keeps the guest’s token for the tab and opens the session with it', async () => {
    const page = await openPage('/workshops/join/tok-1', { settled: false });
    expect(text(page.page.querySelector('[role=status]'))).toBe(
      'Checking your invitation…',
    );
    const arrived = navigationEnd(page.router);

    http.expectOne('/api/workshop-invitations/tok-1').flush(invitation);
    await arrived;

    expect(page.router.url).toBe('/workshops/sessions/s1');
    expect(sessionStorage.getItem('opi.workshopToken.s1')).toBe('tok-1');
    // The session screen asks for the session with the guest's token.
    page.harness.fixture.detectChanges();
    const session = http.expectOne('/api/workshop-sessions/s1');
    expect(session.request.headers.get('X-Workshop-Token')).toBe('tok-1');
    expect(
      http
        .expectOne('/api/workshop-sessions/s1/matrix')
        .request.headers.get('X-Workshop-Token'),
    ).toBe('tok-1');
  });

  it('says when the link is not valid (any more), and keeps nothing', async () => {
    const page = await openPage('/workshops/join/tok-old', { settled: false });

    http
      .expectOne('/api/workshop-invitations/tok-old')
      .flush(null, { status: 404, statusText: 'Not Found' });
    await page.settle();

    expect(text(page.page.querySelector('h1'))).toBe('Join a workshop');
    expect(text(page.page.querySelector('[role=alert]'))).toBe(
      'This invitation link is not valid (any more). Ask the facilitator for a new one.',
    );
    expect(page.page.querySelector('[role=alert] button')).toBeNull();
    expect(page.router.url).toBe('/workshops/join/tok-old');
    expect(sessionStorage.length).toBe(0);
  });

  it('offers a retry when the invitation could not be checked', async () => {
    const page = await openPage('/workshops/join/tok-1', { settled: false });
    http
      .expectOne('/api/workshop-invitations/tok-1')
      .flush(null, { status: 500, statusText: 'Server Error' });
    await page.settle();

    expect(text(page.page.querySelector('[role=alert] p'))).toBe(
      'Your invitation could not be checked.',
    );
    page.page.querySelector<HTMLButtonElement>('[role=alert] button')?.click();
    page.harness.fixture.detectChanges();
    const arrived = navigationEnd(page.router);
    http.expectOne('/api/workshop-invitations/tok-1').flush(invitation);
    await arrived;

    expect(page.router.url).toBe('/workshops/sessions/s1');
    page.harness.fixture.detectChanges();
    http.match(() => true);
  });
});
