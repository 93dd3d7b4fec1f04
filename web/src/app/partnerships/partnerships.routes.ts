import type { Route } from '@angular/router';
import { signedInGuard } from '../auth/signed-in.guard';

/**
 * `/partnerships`: the reader's expressions of interest (received and sent) and their
 * partnerships (for cluster managers and admins: the pipeline board of all of them);
 * `/partnerships/:id`: one partnership, its parties, stage, checklist, history, notes and tasks.
 */
export const partnershipsRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./partnerships-page').then((m) => m.PartnershipsPage),
    title: 'partnerships.documentTitle',
  },
  {
    path: ':id',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./partnership-detail').then((m) => m.PartnershipDetail),
    title: 'partnerships.detail.documentTitle',
  },
];
