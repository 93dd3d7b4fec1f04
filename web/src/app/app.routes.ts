import type { Route } from '@angular/router';
import { signedInGuard } from './auth/signed-in.guard';
import { datasetImportRoutes } from './dataset-import/dataset-import.routes';
import { marketplaceEditingRoutes } from './marketplace-editing/marketplace-editing.routes';

/** Route titles are translation keys (see TranslatedTitleStrategy). */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./home/home').then((m) => m.Home),
    title: 'home.documentTitle',
  },
  // Before `needs` and `offerings`: `/needs/new`, `/needs/:id/edit`, `/my/needs`, `/import`, …
  ...marketplaceEditingRoutes,
  ...datasetImportRoutes,
  {
    path: 'needs',
    loadChildren: () =>
      import('./needs/needs.routes').then((m) => m.needsRoutes),
  },
  {
    path: 'offerings',
    loadChildren: () =>
      import('./offerings/offerings.routes').then((m) => m.offeringsRoutes),
  },
  {
    path: 'organisations',
    loadChildren: () =>
      import('./organisations/organisations.routes').then(
        (m) => m.organisationsRoutes,
      ),
  },
  {
    path: 'guide',
    loadChildren: () =>
      import('./guide/guide.routes').then((m) => m.guideRoutes),
  },
  {
    path: 'workshops',
    loadChildren: () =>
      import('./workshops/workshops.routes').then((m) => m.workshopsRoutes),
  },
  {
    path: 'partnerships',
    loadChildren: () =>
      import('./partnerships/partnerships.routes').then(
        (m) => m.partnershipsRoutes,
      ),
  },
  {
    path: 'notifications',
    loadChildren: () =>
      import('./notifications/notifications.routes').then(
        (m) => m.notificationsRoutes,
      ),
  },
  {
    path: 'dashboard',
    loadChildren: () =>
      import('./dashboard/dashboard.routes').then((m) => m.dashboardRoutes),
  },
  {
    path: 'my/organisations',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./organisations/my-organisations').then((m) => m.MyOrganisations),
    title: 'myOrganisations.documentTitle',
  },
  {
    path: 'invitations/:token',
    loadComponent: () =>
      import('./organisations/accept-invitation').then(
        (m) => m.AcceptInvitation,
      ),
    title: 'invitation.documentTitle',
  },
  {
    path: 'login',
    loadComponent: () => import('./auth/login').then((m) => m.Login),
    title: 'auth.login.documentTitle',
  },
  {
    path: 'signup',
    loadComponent: () => import('./auth/signup').then((m) => m.Signup),
    title: 'auth.signup.documentTitle',
  },
  {
    path: 'account',
    canActivate: [signedInGuard],
    loadComponent: () => import('./account/account').then((m) => m.Account),
    title: 'account.documentTitle',
  },
  {
    path: '**',
    loadComponent: () =>
      import('./not-found/not-found').then((m) => m.NotFound),
    title: 'notFound.documentTitle',
  },
];
