import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideHttpClient } from '@angular/common/http';
import { TOKEN_STORAGE_KEY } from './auth.service';
import { signedInGuard } from './signed-in.guard';

@Component({ template: '' })
class Blank {}

describe('signedInGuard', () => {
  function setUp(token: string | null): Router {
    localStorage.clear();
    if (token) {
      localStorage.setItem(TOKEN_STORAGE_KEY, token);
    }
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideRouter([
          { path: 'account', component: Blank, canActivate: [signedInGuard] },
          { path: 'login', component: Blank },
        ]),
      ],
    });
    return TestBed.inject(Router);
  }

  it('lets a signed-in reader in', async () => {
    const router = setUp('token-1');

    await router.navigateByUrl('/account?tab=password');

    expect(router.url).toBe('/account?tab=password');
  });

  it('sends anyone else to sign in, with the way back', async () => {
    const router = setUp(null);

    await router.navigateByUrl('/account?tab=password');

    expect(router.url).toBe('/login?returnUrl=%2Faccount%3Ftab%3Dpassword');
  });
});
