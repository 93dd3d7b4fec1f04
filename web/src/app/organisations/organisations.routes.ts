import type { Routes } from '@angular/router';
import { signedInGuard } from '../auth/signed-in.guard';
import { provideTranslocoPaginatorIntl } from '../i18n/transloco-paginator-intl';
import { OrganisationEditor } from './organisation-editor';
import { OrganisationProfile } from './organisation-profile';
import { OrganisationsDirectory } from './organisations-directory';

export const organisationsRoutes: Routes = [
  {
    path: '',
    component: OrganisationsDirectory,
    title: 'organisations.documentTitle',
    providers: [provideTranslocoPaginatorIntl()],
  },
  {
    path: 'new',
    component: OrganisationEditor,
    canActivate: [signedInGuard],
    title: 'organisationEditor.newDocumentTitle',
  },
  {
    path: ':id',
    component: OrganisationProfile,
    title: 'organisationProfile.documentTitle',
  },
  {
    path: ':id/edit',
    component: OrganisationEditor,
    canActivate: [signedInGuard],
    title: 'organisationEditor.editDocumentTitle',
  },
];
