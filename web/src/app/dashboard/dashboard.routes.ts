import type { Route } from '@angular/router';
import { signedInGuard } from '../auth/signed-in.guard';

/**
 * `/dashboard?from=&to=&careArea=&region=`: the cluster's figures, for cluster managers and
 * admins (the page tells anyone else it is not for them).
 */
export const dashboardRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./dashboard-page').then((m) => m.DashboardPage),
    title: 'dashboard.documentTitle',
  },
];
