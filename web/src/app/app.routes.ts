import type { Route } from '@angular/router';
/** Route titles are translation keys (see TranslatedTitleStrategy). */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./home/home').then((m) => m.Home),
    title: 'home.documentTitle',
  },
  {
    path: 'needs',
    loadChildren: () =>
      import('./needs/needs.routes').then((m) => m.needsRoutes),
  },
  {
    path: '**',
    loadComponent: () =>
      import('./not-found/not-found').then((m) => m.NotFound),
    title: 'notFound.documentTitle',
  },
];
