import {
  HttpClient,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { authInterceptor } from './auth.interceptor';
import { AuthService, TOKEN_STORAGE_KEY } from './auth.service';
import { signedInGuard } from './signed-in.guard';

@Component({ template: '' })
class Blank {}

describe('authInterceptor', () => {
  let http: HttpTestingController;

  function setUp(token: string | null) {
    localStorage.clear();
    if (token) {
      localStorage.setItem(TOKEN_STORAGE_KEY, token);
    }
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'account', component: Blank, canActivate: [signedInGuard] },
          { path: 'needs', component: Blank },
          { path: 'login', component: Blank },
        ]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    return {
      client: TestBed.inject(HttpClient),
      auth: TestBed.inject(AuthService),
    };
  }

  const unauthorized = {
    status: 401,
    statusText: 'Unauthorized',
  } as const;

  afterEach(() => http.verify());

  it('sends the token with calls to the API', () => {
    const { client } = setUp('token-1');

    client.get('/api/organisations').subscribe();

    expect(
      http.expectOne('/api/organisations').request.headers.get('Authorization'),
    ).toBe('Bearer token-1');
  });

  it('never sends the token to another address', () => {
    const { client } = setUp('token-1');

    client.get('/i18n/da.json').subscribe();
    client.get('https://example.com/api/x').subscribe();

    expect(
      http.expectOne('/i18n/da.json').request.headers.has('Authorization'),
    ).toBe(false);
    expect(
      http
        .expectOne('https://example.com/api/x')
        .request.headers.has('Authorization'),
    ).toBe(false);
  });

  it('sends no token when signed out', () => {
    const { client } = setUp(null);

    client.get('/api/needs').subscribe();

    expect(
      http.expectOne('/api/needs').request.headers.has('Authorization'),
    ).toBe(false);
  });

  it('forgets a token the API refuses, and passes the error on', async () => {
    const { client, auth } = setUp('expired');

    const result = firstValueFrom(client.get('/api/me'));
    http.expectOne('/api/me').flush(null, unauthorized);

    await expect(result).rejects.toMatchObject({ status: 401 });
    expect(auth.signedIn()).toBe(false);
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('keeps the token when a 401 means a wrong password', async () => {
    const { client, auth } = setUp('token-1');

    const result = firstValueFrom(
      client.post('/api/auth/change-password', {
        currentPassword: 'x',
        newPassword: 'y',
      }),
    );
    http.expectOne('/api/auth/change-password').flush(null, unauthorized);

    await expect(result).rejects.toMatchObject({ status: 401 });
    expect(auth.token()).toBe('token-1');
  });

  it('keeps the token on other refusals (403 is "not allowed", not "not signed in")', async () => {
    const { client, auth } = setUp('token-1');

    const result = firstValueFrom(client.patch('/api/organisations/o1', {}));
    http
      .expectOne('/api/organisations/o1')
      .flush(null, { status: 403, statusText: 'Forbidden' });

    await expect(result).rejects.toMatchObject({ status: 403 });
    expect(auth.token()).toBe('token-1');
  });

  it('sends the reader to sign in again from a page for signed-in users', async () => {
    const { client } = setUp('expired');
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/account');

    client.get('/api/me').subscribe({ error: () => undefined });
    http.expectOne('/api/me').flush(null, unauthorized);
    await new Promise((resolve) => setTimeout(resolve));

    expect(router.url).toBe('/login?returnUrl=%2Faccount');
  });

  it('leaves the reader on a public page', async () => {
    const { client } = setUp('expired');
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/needs');

    client.get('/api/me').subscribe({ error: () => undefined });
    http.expectOne('/api/me').flush(null, unauthorized);
    await new Promise((resolve) => setTimeout(resolve));

    expect(router.url).toBe('/needs');
  });
});
