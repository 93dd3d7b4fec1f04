import type { HttpParams } from '@angular/common/http';
import {
  type FacetCount,
  MARKETPLACE_FACETS,
  type MarketplaceFacet,
  type Need,
  type Offering,
  type Page,
} from '@opi/contracts';

type MarketplaceItem = Need | Offering;

/**
 * `GET /api/needs` and `GET /api/offerings` as the API answers them, over records in memory:
 * published records only; `q` on title and description (with a `<mark>`ed snippet); every facet
 * as a filter (one value each); disjunctive facet counts (a facet's counts ignore its own filter);
 * `sort=newest` by `createdAt`, otherwise the records' own order; `page` and `pageSize`.
 */
export function marketplacePage<T extends MarketplaceItem>(
  records: readonly T[],
  params: HttpParams,
): Page<T> {
  const q = params.get('q')?.toLowerCase();
  const chosen = MARKETPLACE_FACETS.flatMap((facet) => {
    const value = params.get(facet);
    return value === null ? [] : [{ facet, value }];
  });
  const published = records.filter((r) => r.status === 'published');
  const matches = (r: T, except?: MarketplaceFacet) =>
    (!q || `${r.title} ${r.description}`.toLowerCase().includes(q)) &&
    chosen.every(
      ({ facet, value }) =>
        facet === except || facetValuesOf(r, facet).includes(value),
    );

  const matching = published.filter((r) => matches(r));
  if (params.get('sort') === 'newest') {
    matching.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }
  const facets = Object.fromEntries(
    MARKETPLACE_FACETS.map((facet) => [
      facet,
      countValues(
        published.filter((r) => matches(r, facet)),
        facet,
      ),
    ]),
  );
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? 20);
  return {
    items: matching
      .slice((page - 1) * pageSize, page * pageSize)
      .map((r) => (q ? { ...r, snippet: snippetOf(r.description, q) } : r)),
    total: matching.length,
    page,
    pageSize,
    facets,
  };
}

/** The values a record has for a facet, as strings ('7', 'true'). */
export function facetValuesOf(
  record: MarketplaceItem,
  facet: MarketplaceFacet,
): string[] {
  switch (facet) {
    case 'careArea':
      return record.careAreas;
    case 'targetGroup':
      return record.targetGroups;
    case 'setting':
      return record.settings;
    case 'trl': {
      const trl = 'minTrl' in record ? record.minTrl : record.trl;
      return trl === null ? [] : [String(trl)];
    }
    case 'country':
      return [record.organisation.country];
    case 'region': {
      // The API joins the organisation's region; a spec can put one on the reference.
      const { region } = record.organisation as { region?: string | null };
      return region ? [region] : [];
    }
    case 'organisationKind':
      return [record.organisation.kind];
    case 'testSite':
      return [
        String(
          'testSiteOffered' in record
            ? record.testSiteOffered
            : record.seekingTestSite,
        ),
      ];
  }
}

function countValues(
  records: readonly MarketplaceItem[],
  facet: MarketplaceFacet,
): FacetCount[] {
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const value of facetValuesOf(record, facet)) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The description, HTML-escaped, with each occurrence of the words in `<mark>`. */
function snippetOf(description: string, q: string): string {
  const escape = (text: string) =>
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  const lower = description.toLowerCase();
  let html = '';
  let from = 0;
  for (
    let at = lower.indexOf(q);
    at >= 0 && q.length > 0;
    at = lower.indexOf(q, from)
  ) {
    html += `${escape(description.slice(from, at))}<mark>${escape(
      description.slice(at, at + q.length),
    )}</mark>`;
    from = at + q.length;
  }
  return html + escape(description.slice(from));
}
