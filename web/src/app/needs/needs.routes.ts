import type { Routes } from '@angular/router';
import { provideTranslocoPaginatorIntl } from '../i18n/transloco-paginator-intl';
import { MarketplaceDetail } from '../marketplace/marketplace-detail';
import { MarketplaceSearch } from '../marketplace/marketplace-search';
import { NEEDS_COLLECTION } from './needs-collection';

export const needsRoutes: Routes = [
  {
    path: '',
    component: MarketplaceSearch,
    data: { collection: NEEDS_COLLECTION },
    title: 'needs.documentTitle',
    providers: [provideTranslocoPaginatorIntl()],
  },
  {
    path: ':id',
    component: MarketplaceDetail,
    data: { collection: NEEDS_COLLECTION },
    // Replaced by the need's own title once it has loaded.
    title: 'needs.detail.documentTitle',
  },
];
