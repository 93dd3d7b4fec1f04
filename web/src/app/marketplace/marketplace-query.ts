import type { ParamMap, Params } from '@angular/router';
import {
  DEFAULT_PAGE_SIZE,
  MARKETPLACE_FACETS,
  MAX_PAGE_SIZE,
  type MarketplaceFacet,
  type MarketplaceQuery,
  SORT_ORDERS,
  type SortOrder,
} from '@opi/contracts';
import { ORGANISATION_KINDS, isKnownCode } from '@opi/taxonomy';
import { wholeNumber } from '../shared/list-page';
import { toListParams } from '../shared/list-query-params';

/** The query of a marketplace list page, page and page size always set. */
export type MarketplaceSearch = MarketplaceQuery &
  Required<Pick<MarketplaceQuery, 'page' | 'pageSize'>>;

/** A facet value chosen in the address, as the facet lists it ('7' for TRL 7, 'true'). */
export interface ActiveFacet {
  facet: MarketplaceFacet;
  value: string;
}

/** How each facet's value is read from the address: undefined for a value the API would refuse. */
const READERS: Readonly<
  Record<MarketplaceFacet, (raw: string) => MarketplaceQuery[MarketplaceFacet]>
> = {
  careArea: (raw) => (isKnownCode('careArea', raw) ? raw : undefined),
  targetGroup: (raw) => (isKnownCode('targetGroup', raw) ? raw : undefined),
  setting: (raw) => (isKnownCode('setting', raw) ? raw : undefined),
  trl: (raw) => {
    const level = wholeNumber(raw, 1, 9, 0);
    return level || undefined;
  },
  country: (raw) => {
    const code = raw.trim().toUpperCase();
    return /^[A-Z]{2}$/.test(code) ? code : undefined;
  },
  region: (raw) => raw.trim() || undefined,
  organisationKind: (raw) =>
    (ORGANISATION_KINDS as readonly string[]).includes(raw)
      ? (raw as MarketplaceQuery['organisationKind'])
      : undefined,
  testSite: (raw) =>
    raw === 'true' ? true : raw === 'false' ? false : undefined,
};

/**
 * `/needs?q=&careArea=&…&sort=&page=&pageSize=` as the query to send: unknown codes, malformed
 * numbers and a relevance sort without words to rank by are left out.
 */
export function marketplaceQueryFrom(params: ParamMap): MarketplaceSearch {
  const q = params.get('q')?.trim() || undefined;
  const query: MarketplaceSearch = {
    q,
    page: wholeNumber(
      params.get('page') ?? undefined,
      1,
      Number.MAX_SAFE_INTEGER,
      1,
    ),
    pageSize: wholeNumber(
      params.get('pageSize') ?? undefined,
      1,
      MAX_PAGE_SIZE,
      DEFAULT_PAGE_SIZE,
    ),
  };
  for (const facet of MARKETPLACE_FACETS) {
    const raw = params.get(facet);
    const value = raw === null ? undefined : READERS[facet](raw);
    if (value !== undefined) {
      Object.assign(query, { [facet]: value });
    }
  }
  const sort = params.get('sort');
  if (isSortOrder(sort) && (sort !== 'relevance' || q)) {
    query.sort = sort;
  }
  return query;
}

/** The facet values the query filters by, in the order of the facets. */
export function activeFacets(query: MarketplaceQuery): ActiveFacet[] {
  return MARKETPLACE_FACETS.flatMap((facet) => {
    const value = query[facet];
    return value === undefined ? [] : [{ facet, value: String(value) }];
  });
}

/** Whether the query narrows the collection down (words or any facet). */
export function isFiltered(query: MarketplaceQuery): boolean {
  return !!query.q || activeFacets(query).length > 0;
}

/** The order the API uses: the one asked for, else relevance when searching, else newest. */
export function effectiveSort(query: MarketplaceQuery): SortOrder {
  return query.sort ?? (query.q ? 'relevance' : 'newest');
}

/** Query parameters that clear the words and every facet (and go back to the first page). */
export function clearedParams(): Params {
  return Object.fromEntries(
    ['q', ...MARKETPLACE_FACETS, 'sort', 'page'].map((name) => [name, null]),
  );
}

/** The query string of the CSV export: the filters and the order, not the page. */
export function exportQueryString(query: MarketplaceQuery): string {
  return toListParams({
    ...query,
    page: undefined,
    pageSize: undefined,
  }).toString();
}

function isSortOrder(value: string | null): value is SortOrder {
  return (SORT_ORDERS as readonly (string | null)[]).includes(value);
}
