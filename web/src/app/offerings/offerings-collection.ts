import type { Offering } from '@opi/contracts';
import type { MarketplaceCollection } from '../marketplace/marketplace-collection';
import { OfferingDetails } from './offering-details';
import { OfferingsApiService } from './offerings-api.service';

/** Offerings as the shared marketplace pages show them (`/offerings`, `/offerings/:id`). */
export const OFFERINGS_COLLECTION: MarketplaceCollection<Offering> = {
  path: '/offerings',
  api: OfferingsApiService,
  keys: {
    heading: 'offerings.heading',
    intro: 'offerings.intro',
    searchLabel: 'offerings.search.label',
    loading: 'offerings.results.loading',
    countOne: 'offerings.results.countOne',
    countOther: 'offerings.results.countOther',
    emptyNone: 'offerings.empty.none',
    emptyFiltered: 'offerings.empty.filtered',
    error: 'offerings.error',
    paginator: 'offerings.paginatorLabel',
    download: 'offerings.download',
    careAreas: 'offering.careAreas',
    trl: 'offering.trl',
    testSite: 'offering.testSite',
    testSiteYes: 'offering.seekingTestSite',
    testSiteNo: 'offering.notSeekingTestSite',
    testSiteFacetTrue: 'offerings.facets.testSiteTrue',
    testSiteFacetFalse: 'offerings.facets.testSiteFalse',
    recordLoading: 'offerings.detail.loading',
    notFoundHeading: 'offerings.detail.notFoundHeading',
    notFoundText: 'offerings.detail.notFoundText',
    loadErrorText: 'offerings.detail.loadError',
    backToList: 'offerings.detail.backToList',
    edit: 'offerings.detail.edit',
  },
  details: OfferingDetails,
  trlOf: (offering) => offering.trl,
  testSiteOf: (offering) => offering.seekingTestSite,
};
