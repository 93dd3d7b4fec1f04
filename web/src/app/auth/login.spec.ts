import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { aMe } from '../../testing/factories';
import {
  errorsOf,
  fill,
  navigationEnd,
  openPage,
  text,
} from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';
import { authInterceptor } from './auth.interceptor';
import { AuthService, TOKEN_STORAGE_KEY } from './auth.service';

describe('Login (/login)', () => {
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

  async function submit(
    loader: Awaited<ReturnType<typeof openPage>>['loader'],
  ) {
    await (
      await loader.getHarness(
        MatButtonHarness.with({ text: 'Sign in', selector: '[type=submit]' }),
      )
    ).click();
  }

  const alert = (page: HTMLElement) => page.querySelector('[role=alert]');

  it('says what is missing and puts the focus on the first field, without asking the API', async () => {
    const { page, loader } = await openPage('/login');

    expect(text(page.querySelector('h1'))).toBe('Sign in');
    await submit(loader);

    expect(await errorsOf(loader, 'E-mail address')).toEqual([
      'This field is required.',
    ]);
    expect(await errorsOf(loader, 'Password')).toEqual([
      'This field is required.',
    ]);
    expect(document.activeElement?.getAttribute('formcontrolname')).toBe(
      'email',
    );
    http.expectNone('/api/auth/login');
  });

  it('wants an e-mail address the API accepts (with a domain)', async () => {
    const { loader } = await openPage('/login');

    await fill(loader, 'E-mail address', 'mette@aarhus');

    expect(await errorsOf(loader, 'E-mail address')).toEqual([
      'Enter an e-mail address such as name@example.com.',
    ]);
  });

  it('signs in and goes back to the page that asked', async () => {
    const { loader, router, settle } = await openPage(
      '/login?returnUrl=%2Forganisations%2Fnew',
    );

    await fill(loader, 'E-mail address', ' mette@aarhus.dk ');
    await fill(loader, 'Password', 'correct horse battery');
    await submit(loader);
    const login = http.expectOne('/api/auth/login');
    expect(login.request.body).toEqual({
      email: 'mette@aarhus.dk',
      password: 'correct horse battery',
    });
    login.flush({ accessToken: 'token-1' });
    http.expectOne('/api/me').flush(aMe({ name: 'Mette' }));
    await settle();

    expect(router.url).toBe('/organisations/new');
    expect(TestBed.inject(AuthService).currentUser()?.name).toBe('Mette');
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBe('token-1');
  });

  it('never follows a return address that leaves the portal', async () => {
    const { harness, loader, router, settle } = await openPage(
      '/login?returnUrl=%2F%2Fevil.example%2Fphish',
    );

    await fill(loader, 'E-mail address', 'mette@aarhus.dk');
    await fill(loader, 'Password', 'correct horse battery');
    await submit(loader);
    const arrived = navigationEnd(router);
    http.expectOne('/api/auth/login').flush({ accessToken: 'token-1' });
    http.expectOne('/api/me').flush(aMe());
    await arrived;
    harness.fixture.detectChanges();
    http.expectOne('/api/me').flush(aMe()); // the page reloads the memberships
    await settle();

    expect(router.url).toBe('/my/organisations');
  });

  it('says the e-mail or password is wrong, and moves the focus to that message', async () => {
    const { page, loader, router, settle } = await openPage('/login');

    await fill(loader, 'E-mail address', 'mette@aarhus.dk');
    await fill(loader, 'Password', 'not my password');
    await submit(loader);
    http.expectOne('/api/auth/login').flush(
      {
        statusCode: 401,
        message: 'Wrong e-mail or password',
        error: 'Unauthorized',
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();

    expect(text(alert(page))).toBe('Wrong e-mail address or password.');
    expect(document.activeElement).toBe(alert(page));
    expect(router.url).toBe('/login');
    expect(TestBed.inject(AuthService).signedIn()).toBe(false);
  });

  it('asks the reader to wait after too many attempts', async () => {
    const { page, loader, settle } = await openPage('/login');

    await fill(loader, 'E-mail address', 'mette@aarhus.dk');
    await fill(loader, 'Password', 'not my password');
    await submit(loader);
    http
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 429, message: 'ThrottlerException: Too Many Requests' },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await settle();

    expect(text(alert(page))).toBe(
      'Too many sign-in attempts. Wait a minute before you try again.',
    );
  });

  it('shows the API’s objection under the field it names', async () => {
    const { page, loader, settle } = await openPage('/login');

    await fill(loader, 'E-mail address', 'mette@aarhus.dk');
    await fill(loader, 'Password', 'correct horse battery');
    await submit(loader);
    http.expectOne('/api/auth/login').flush(
      {
        statusCode: 400,
        message: ['email must be an email'],
        error: 'Bad Request',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(await errorsOf(loader, 'E-mail address')).toEqual([
      'Not accepted: email must be an email',
    ]);
    expect(alert(page)).toBeNull();
    expect(document.activeElement?.getAttribute('formcontrolname')).toBe(
      'email',
    );
  });

  it('says when the server cannot be reached', async () => {
    const { page, loader, settle } = await openPage('/login');

    await fill(loader, 'E-mail address', 'mette@aarhus.dk');
    await fill(loader, 'Password', 'correct horse battery');
    await submit(loader);
    http.expectOne('/api/auth/login').error(new ProgressEvent('error'));
    await settle();

    expect(text(alert(page))).toBe(
      'The server could not be reached. Check your connection and try again.',
    );
  });

  it('links to sign-up, keeping the way back', async () => {
    const { page } = await openPage('/login?returnUrl=%2Finvitations%2Fabc');

    const link = [...page.querySelectorAll('a')].find(
      (a) => text(a) === 'Create an account',
    );
    expect(link?.getAttribute('href')).toBe(
      '/signup?returnUrl=%2Finvitations%2Fabc',
    );
  });
});
