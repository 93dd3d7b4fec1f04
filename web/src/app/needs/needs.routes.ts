import type { Routes } from '@angular/router';
import { provideTranslocoPaginatorIntl } from '../i18n/transloco-paginator-intl';
import { NeedsList } from './needs-list';

export const needsRoutes: Routes = [
  {
    path: '',
    component: NeedsList,
    title: 'needs.documentTitle',
    providers: [provideTranslocoPaginatorIntl()],
  },
];
