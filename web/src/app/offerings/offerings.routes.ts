import type { Routes } from '@angular/router';
import { provideTranslocoPaginatorIntl } from '../i18n/transloco-paginator-intl';
import { MarketplaceDetail } from '../marketplace/marketplace-detail';
import { MarketplaceSearch } from '../marketplace/marketplace-search';
import { OFFERINGS_COLLECTION } from './offerings-collection';

export const offeringsRoutes: Routes = [
  {
    path: '',
    component: MarketplaceSearch,
    data: { collection: OFFERINGS_COLLECTION },
    title: 'offerings.documentTitle',
    providers: [provideTranslocoPaginatorIntl()],
  },
  {
    path: ':id',
    component: MarketplaceDetail,
    data: { collection: OFFERINGS_COLLECTION },
    // Replaced by the offering's own title once it has loaded.
    title: 'offerings.detail.documentTitle',
  },
];
