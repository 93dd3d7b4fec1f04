import type { ProviderToken, Type } from '@angular/core';
import type { MarketplaceQuery, MarketplaceRecord, Page } from '@opi/contracts';
import type { Observable } from 'rxjs';

/** What the marketplace pages need from a collection's API service. */
export interface MarketplaceApi<
  T extends MarketplaceRecord = MarketplaceRecord,
> {
  /** `GET /api/<collection>?…` (published records, with facets). */
  list(query: MarketplaceQuery): Observable<Page<T>>;
  /** `GET /api/<collection>/:id` (drafts only for members of the owner). */
  get(id: string): Observable<T>;
  /** The address of `GET /api/<collection>/export.csv` for the same filters. */
  exportUrl(query: MarketplaceQuery): string;
}

/**
 * Translation keys a collection brings to the shared pages. They are spelled out (not built from
 * the collection's name) so the translation check finds every key in the sources.
 */
export interface MarketplaceKeys {
  heading: string;
  intro: string;
  searchLabel: string;
  loading: string;
  countOne: string;
  countOther: string;
  emptyNone: string;
  emptyFiltered: string;
  error: string;
  paginator: string;
  download: string;
  /** The card's and the detail page's list of care areas. */
  careAreas: string;
  /** The TRL fact (needs: the minimum asked for; offerings: the offering's own). */
  trl: string;
  /** The test-site fact, and its two values. */
  testSite: string;
  testSiteYes: string;
  testSiteNo: string;
  /** The testSite facet's values ('true', 'false'). */
  testSiteFacetTrue: string;
  testSiteFacetFalse: string;
  /** Detail page. */
  recordLoading: string;
  notFoundHeading: string;
  notFoundText: string;
  loadErrorText: string;
  backToList: string;
  edit: string;
}

/**
 * A marketplace collection (needs or offerings): what the shared search and detail pages are
 * given as route data to show it. Its feature folder defines it (`needs/needs-collection.ts`).
 */
export interface MarketplaceCollection<
  T extends MarketplaceRecord = MarketplaceRecord,
> {
  /** The list's path, also the base of each record's: `/needs`, `/needs/:id`. */
  readonly path: string;
  readonly api: ProviderToken<MarketplaceApi<T>>;
  readonly keys: MarketplaceKeys;
  /**
   * A section of the collection's own on the detail page (an offering's CE class and evidence),
   * after the others; it is given the inputs `record` and `lang`.
   */
  readonly details?: Type<unknown>;
  /** TRL: the minimum a need asks for, or the offering's own. */
  trlOf(record: T): number | null;
  /** A need offers a test site; an offering seeks one. */
  testSiteOf(record: T): boolean;
}
