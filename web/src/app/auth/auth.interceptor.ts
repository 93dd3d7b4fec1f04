import {
  HttpErrorResponse,
  type HttpInterceptorFn,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from './auth.service';
import { requiresSignIn } from './signed-in.guard';

/** Calls whose 401 means "wrong password", not "your token is no longer valid". */
const CREDENTIAL_CHECKS = [
  '/api/auth/login',
  '/api/auth/register',
  '/api/auth/change-password',
];

/**
 * Sends the access token with every call to the portal's own API (never to other hosts). When
 * the API answers 401 to a stored token (expired, signed out elsewhere, password changed), the
 * token is forgotten and, on a page for signed-in users, the reader is sent to sign in again.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith('/api/')) {
    return next(req);
  }
  const auth = inject(AuthService);
  const router = inject(Router);
  const token = auth.token();
  if (!token) {
    return next(req);
  }
  return next(
    req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }),
  ).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        !CREDENTIAL_CHECKS.includes(req.url) &&
        auth.token() === token
      ) {
        auth.clear();
        if (requiresSignIn(router.routerState.snapshot.root)) {
          void router.navigate(['/login'], {
            queryParams: { returnUrl: router.url },
          });
        }
      }
      return throwError(() => error);
    }),
  );
};
