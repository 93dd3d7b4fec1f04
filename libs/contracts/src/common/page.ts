/** One value of a facet with the number of records that carry it. */
export interface FacetCount {
  value: string;
  count: number;
}

/** The list envelope every collection endpoint returns (DESIGN.md, API conventions). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  facets?: Record<string, FacetCount[]>;
}

/** Query parameters shared by the collection endpoints. */
export interface ListQuery {
  q?: string;
  careArea?: string;
  targetGroup?: string;
  setting?: string;
  region?: string;
  ref?: string;
  page?: number;
  pageSize?: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
