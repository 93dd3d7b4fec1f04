import { inject } from '@angular/core';
import {
  type ActivatedRouteSnapshot,
  type CanActivateFn,
  Router,
} from '@angular/router';
import { AuthService } from './auth.service';

/** Pages for signed-in users: anyone else goes to `/login?returnUrl=<the page>` and comes back. */
export const signedInGuard: CanActivateFn = (_route, state) =>
  inject(AuthService).signedIn() ||
  inject(Router).createUrlTree(['/login'], {
    queryParams: { returnUrl: state.url },
  });

/** Whether the page on show (any route in its tree) is one for signed-in users only. */
export function requiresSignIn(route: ActivatedRouteSnapshot): boolean {
  return (
    !!route.routeConfig?.canActivate?.includes(signedInGuard) ||
    route.children.some(requiresSignIn)
  );
}
