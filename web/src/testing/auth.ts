import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Me } from '@opi/contracts';
import { AuthService, TOKEN_STORAGE_KEY } from '../app/auth/auth.service';

/**
 * Signs `me` in as the portal does after a reload: a remembered token, then `GET /api/me`
 * answered through the HTTP testing backend. Call it before anything injects AuthService (it
 * reads the stored token when it is created).
 */
export function signInAs(
  me: Me,
  http: HttpTestingController,
  token = 'token-1',
): AuthService {
  localStorage.setItem(TOKEN_STORAGE_KEY, token);
  const auth = TestBed.inject(AuthService);
  auth.init();
  http.expectOne('/api/me').flush(me);
  return auth;
}
