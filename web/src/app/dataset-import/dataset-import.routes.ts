import type { Routes } from '@angular/router';
import { signedInGuard } from '../auth/signed-in.guard';

/**
 * `/import`, a top-level route of app.routes.ts. Signed-in users only; the page itself tells
 * those who are not cluster managers or admins that they cannot import.
 */
export const datasetImportRoutes: Routes = [
  {
    path: 'import',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./dataset-import').then((m) => m.DatasetImport),
    title: 'import.documentTitle',
  },
];
