import type { Need } from '@opi/contracts';
import type { MarketplaceCollection } from '../marketplace/marketplace-collection';
import { NeedsApiService } from './needs-api.service';

/** Needs as the shared marketplace pages show them (`/needs`, `/needs/:id`). */
export const NEEDS_COLLECTION: MarketplaceCollection<Need> = {
  path: '/needs',
  api: NeedsApiService,
  keys: {
    heading: 'needs.heading',
    intro: 'needs.intro',
    searchLabel: 'needs.search.label',
    loading: 'needs.results.loading',
    countOne: 'needs.results.countOne',
    countOther: 'needs.results.countOther',
    emptyNone: 'needs.empty.none',
    emptyFiltered: 'needs.empty.filtered',
    error: 'needs.error',
    paginator: 'needs.paginatorLabel',
    download: 'needs.download',
    careAreas: 'need.careAreas',
    trl: 'need.minTrl',
    testSite: 'need.testSite',
    testSiteYes: 'need.testSiteOffered',
    testSiteNo: 'need.testSiteNotOffered',
    testSiteFacetTrue: 'needs.facets.testSiteTrue',
    testSiteFacetFalse: 'needs.facets.testSiteFalse',
    recordLoading: 'needs.detail.loading',
    notFoundHeading: 'needs.detail.notFoundHeading',
    notFoundText: 'needs.detail.notFoundText',
    loadErrorText: 'needs.detail.loadError',
    backToList: 'needs.detail.backToList',
    edit: 'needs.detail.edit',
  },
  trlOf: (need) => need.minTrl,
  testSiteOf: (need) => need.testSiteOffered,
};
