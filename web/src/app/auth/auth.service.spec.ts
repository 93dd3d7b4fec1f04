import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { aMe } from '../../testing/factories';
import { authInterceptor } from './auth.interceptor';
import { AuthService, TOKEN_STORAGE_KEY } from './auth.service';

describe('AuthService', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('signs in: keeps the token, then loads the user with it', async () => {
    const auth = TestBed.inject(AuthService);
    const me = aMe({ name: 'Mette Hansen' });

    const done = firstValueFrom(
      auth.login({
        email: 'mette@aarhus.dk',
        password: 'correct horse battery',
      }),
    );
    const login = http.expectOne('/api/auth/login');
    expect(login.request.method).toBe('POST');
    expect(login.request.body).toEqual({
      email: 'mette@aarhus.dk',
      password: 'correct horse battery',
    });
    login.flush({ accessToken: 'token-1' });
    const profile = http.expectOne('/api/me');
    expect(profile.request.headers.get('Authorization')).toBe('Bearer token-1');
    profile.flush(me);
    await done;

    expect(auth.signedIn()).toBe(true);
    expect(auth.currentUser()).toEqual(me);
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBe('token-1');
  });

  it('passes a refused sign-in on and stays signed out', async () => {
    const auth = TestBed.inject(AuthService);

    const done = firstValueFrom(
      auth.login({ email: 'a@b.dk', password: 'wrong password' }),
    );
    http.expectOne('/api/auth/login').flush(
      {
        statusCode: 401,
        message: 'Wrong e-mail or password',
        error: 'Unauthorized',
      },
      { status: 401, statusText: 'Unauthorized' },
    );

    await expect(done).rejects.toMatchObject({ status: 401 });
    expect(auth.signedIn()).toBe(false);
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('registers with the chosen role and is signed in', async () => {
    const auth = TestBed.inject(AuthService);

    const done = firstValueFrom(
      auth.register({
        name: 'Ada',
        email: 'ada@example.com',
        password: 'long enough password',
        role: 'researcher',
      }),
    );
    const register = http.expectOne('/api/auth/register');
    expect(register.request.body).toEqual({
      name: 'Ada',
      email: 'ada@example.com',
      password: 'long enough password',
      role: 'researcher',
    });
    register.flush(
      { accessToken: 'token-2' },
      { status: 201, statusText: 'Created' },
    );
    http.expectOne('/api/me').flush(aMe({ name: 'Ada' }));
    await done;

    expect(auth.token()).toBe('token-2');
    expect(auth.currentUser()?.name).toBe('Ada');
  });

  it('stays signed in when the profile does not load right after signing in', async () => {
    const auth = TestBed.inject(AuthService);

    const done = firstValueFrom(
      auth.login({ email: 'a@b.dk', password: 'x'.repeat(10) }),
    );
    http.expectOne('/api/auth/login').flush({ accessToken: 'token-1' });
    http
      .expectOne('/api/me')
      .flush(null, { status: 503, statusText: 'Service Unavailable' });
    await done;

    expect(auth.signedIn()).toBe(true);
    expect(auth.currentUser()).toBeNull();
  });

  it('loads the user behind a remembered token at start-up', () => {
    localStorage.setItem(TOKEN_STORAGE_KEY, 'remembered');
    const auth = TestBed.inject(AuthService);

    auth.init();
    const profile = http.expectOne('/api/me');
    expect(profile.request.headers.get('Authorization')).toBe(
      'Bearer remembered',
    );
    profile.flush(aMe({ name: 'Remembered' }));

    expect(auth.currentUser()?.name).toBe('Remembered');
  });

  it('asks nothing at start-up when no one is signed in', () => {
    TestBed.inject(AuthService).init();

    http.expectNone('/api/me');
  });

  it('forgets a remembered token the API no longer accepts', () => {
    localStorage.setItem(TOKEN_STORAGE_KEY, 'expired');
    const auth = TestBed.inject(AuthService);

    auth.init();
    http
      .expectOne('/api/me')
      .flush(
        { statusCode: 401, message: 'Unauthorized' },
        { status: 401, statusText: 'Unauthorized' },
      );

    expect(auth.signedIn()).toBe(false);
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('changes the password and keeps the new token the API answers with', async () => {
    localStorage.setItem(TOKEN_STORAGE_KEY, 'old');
    const auth = TestBed.inject(AuthService);

    const done = firstValueFrom(
      auth.changePassword({
        currentPassword: 'old password!',
        newPassword: 'new password!',
      }),
    );
    const change = http.expectOne('/api/auth/change-password');
    expect(change.request.headers.get('Authorization')).toBe('Bearer old');
    expect(change.request.body).toEqual({
      currentPassword: 'old password!',
      newPassword: 'new password!',
    });
    change.flush({ accessToken: 'new' });
    await done;

    expect(auth.token()).toBe('new');
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBe('new');
  });

  it('signs out on the server and here', async () => {
    localStorage.setItem(TOKEN_STORAGE_KEY, 'token-1');
    const auth = TestBed.inject(AuthService);

    const done = firstValueFrom(auth.logout(), { defaultValue: undefined });
    const logout = http.expectOne('/api/auth/logout');
    expect(logout.request.method).toBe('POST');
    expect(logout.request.headers.get('Authorization')).toBe('Bearer token-1');
    logout.flush(null, { status: 204, statusText: 'No Content' });
    await done;

    expect(auth.signedIn()).toBe(false);
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('signs out here even when the server cannot be reached', async () => {
    localStorage.setItem(TOKEN_STORAGE_KEY, 'token-1');
    const auth = TestBed.inject(AuthService);

    const done = firstValueFrom(auth.logout(), { defaultValue: undefined });
    http.expectOne('/api/auth/logout').error(new ProgressEvent('error'));
    await done;

    expect(auth.signedIn()).toBe(false);
  });
});
