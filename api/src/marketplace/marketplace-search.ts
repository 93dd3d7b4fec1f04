import type { FacetCount, MarketplaceFacet } from '@opi/contracts';
import { MARKETPLACE_FACETS } from '@opi/contracts';

import { QUERY_CONFIGS } from '../common/list-query';
import { SqlParams } from '../common/sql-params';
import type { MarketplaceQueryDto } from './dto/marketplace-query.dto';

/** Where a collection keeps the columns the marketplace filters on. */
export interface SearchColumns {
  table: 'needs' | 'offerings';
  /** needs.min_trl or offerings.trl */
  trl: string;
  /** needs.test_site_offered or offerings.seeking_test_site */
  testSite: string;
}


/** The facets with many values per record, and the columns of the facet statement's rows holding them. */
const ARRAY_COLUMNS: Partial<Record<MarketplaceFacet, string>> = {
  careArea: 'care_areas',
  targetGroup: 'target_groups',
  setting: 'settings',
};
/** The facets with one value per record (or none). */
const SCALAR_COLUMNS: Partial<Record<MarketplaceFacet, string>> = {
  trl: 'trl',
  country: 'country',
  region: 'region',
  organisationKind: 'kind',
  testSite: 'test_site',
};

/** One WHERE condition; `facet` says which facet it filters (null: it narrows every facet). */
interface Condition {
  facet: MarketplaceFacet | null;
  sql: string;
}

/** A statement and its parameters, ready for `DataSource.query`. */
export type Statement = [sql: string, values: unknown[]];

/** Highlight markers: control characters no text field contains, swapped for <mark> after escaping. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/**
 * The SQL behind GET /api/needs and /api/offerings: published records of
 * published organisations, filtered, ranked, counted and faceted. `r` is the
 * record, which carries its organisation's kind, country, region and
 * publication (`org_*`, copied by triggers).
 */
export class MarketplaceSearch {
  private readonly params = new SqlParams();
  private readonly conditions: Condition[];
  /** `$n::tsquery` when the words searched for have lexemes; null otherwise. */
  private readonly tsquery: string | null;

  /**
   * `tsquery`: the words of `query.q` as one tsquery (see `tsqueryStatement`
   * and `combineTsqueries`), worked out once per search: an expression
   * built from websearch_to_tsquery() would be evaluated again for every row.
   */
  constructor(
    private readonly columns: SearchColumns,
    private readonly query: MarketplaceQueryDto,
    private readonly tsqueryText: string | null = null,
  ) {
    const p = this.params;
    const q = query.q?.trim();
    const conditions: Condition[] = [];
    this.tsquery = q && tsqueryText ? `${p.add(tsqueryText)}::tsquery` : null;
    if (q) {
      // Words in the text (stemmed in every content language), or the name of the organisation, typos allowed.
      const text = p.add(q);
      // Names close enough for a typo ("Aabenraa Komune"), not so loose that every "… Kommune"
      // matches "Odense Kommune": a trigram similarity of 0.5 (see the function's migration).
      const byName = `r.organisation_id = ANY(ARRAY(SELECT opi_similar_organisations(${text})))`;
      conditions.push({ facet: null, sql: this.tsquery ? `(r.search @@ ${this.tsquery} OR ${byName})` : byName });
    }
    if (query.ref) conditions.push({ facet: null, sql: `r.ref = ${p.add(query.ref)}` });
    if (query.careArea) conditions.push({ facet: 'careArea', sql: `r.care_areas @> ARRAY[${p.add(query.careArea)}]::text[]` });
    if (query.targetGroup) {
      conditions.push({ facet: 'targetGroup', sql: `r.target_groups @> ARRAY[${p.add(query.targetGroup)}]::text[]` });
    }
    if (query.setting) conditions.push({ facet: 'setting', sql: `r.settings @> ARRAY[${p.add(query.setting)}]::text[]` });
    if (query.trl !== undefined) conditions.push({ facet: 'trl', sql: `r.${columns.trl} = ${p.add(query.trl)}` });
    if (query.country) conditions.push({ facet: 'country', sql: `r.org_country = ${p.add(query.country)}` });
    if (query.region) conditions.push({ facet: 'region', sql: `r.org_region = ${p.add(query.region)}` });
    if (query.organisationKind) {
      conditions.push({ facet: 'organisationKind', sql: `r.org_kind = ${p.add(query.organisationKind)}` });
    }
    if (query.testSite !== undefined) {
      conditions.push({ facet: 'testSite', sql: `r.${columns.testSite} = ${p.add(query.testSite)}` });
    }
    this.conditions = conditions;
  }

  /** Whether the search has words or a ref (conditions beyond the facet filters). */
  get hasWordsOrRef(): boolean {
    return this.conditions.some((c) => c.facet === null);
  }

  /** The organisation's kind, country, region and publication are on the record (kept by triggers): no join. */
  private get from(): string {
    return `${this.columns.table} r`;
  }

  private where(conditions: Condition[]): string {
    return ["r.status = 'published'", 'r.org_published', ...conditions.map((c) => c.sql)].join(' AND ');
  }

  /**
   * Relevance when there are words and no other order was asked for; newest
   * otherwise. Ties (a bulk import shares one created_at) are broken by id in
   * the same direction, so the (created_at, id) index serves "newest" alone.
   */
  private get orderBy(): string {
    const byRelevance = this.tsquery && this.query.sort !== 'newest';
    return byRelevance
      ? `ts_rank(r.search, ${this.tsquery}) DESC, r.created_at DESC, r.id DESC`
      : 'r.created_at DESC, r.id DESC';
  }

  /** Ids of one page (or of the first `limit` rows), in order. */
  ids(limit: number, offset: number): Statement {
    const p = this.params.fork();
    const sql = `SELECT r.id FROM ${this.from} WHERE ${this.where(this.conditions)}
                 ORDER BY ${this.orderBy} LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`;
    return [sql, p.values];
  }

  count(): Statement {
    return [`SELECT count(*)::int AS total FROM ${this.from} WHERE ${this.where(this.conditions)}`, this.params.values];
  }

  /**
   * Facet counts, "disjunctive": a facet's counts ignore its own filter, so
   * the count next to a value is the total the user gets by choosing that
   * value instead of the current one. Facets that depend on the same set of
   * conditions are counted together in one statement over the rows that
   * match those conditions (found through the indexes); a group with no
   * conditions at all is the collection-wide count, which the caller caches
   * (`statement` null).
   */
  facetGroups(): Array<{ facets: MarketplaceFacet[]; statement: Statement | null }> {
    const narrowing = this.conditions.filter((c) => c.facet === null);
    const faceted = this.conditions.filter((c) => c.facet !== null);
    if (narrowing.length > 0) {
      // Words (or a ref) already cut the rows down to a few: one pass over them, each facet
      // skipping its own filter.
      return [{ facets: [...MARKETPLACE_FACETS], statement: this.facetStatement(MARKETPLACE_FACETS, narrowing, faceted) }];
    }
    const groups = new Map<string, { conditions: Condition[]; facets: MarketplaceFacet[] }>();
    for (const facet of MARKETPLACE_FACETS) {
      const conditions = faceted.filter((c) => c.facet !== facet);
      const key = conditions.map((c) => c.sql).join(' AND ');
      const group = groups.get(key) ?? { conditions, facets: [] };
      group.facets.push(facet);
      groups.set(key, group);
    }
    return [...groups.values()].map(({ conditions, facets }) => ({
      facets,
      statement: conditions.length === 0 ? null : this.facetStatement(facets, conditions),
    }));
  }

  /**
   * Counts of `facets` over the published rows matching `conditions`; each
   * facet also applies the `perFacet` conditions except its own.
   */
  facetStatement(
    facets: readonly MarketplaceFacet[] = MARKETPLACE_FACETS,
    conditions: Condition[] = [],
    perFacet: Condition[] = [],
  ): Statement {
    const base = (columns: string) =>
      `SELECT r.care_areas, r.target_groups, r.settings, r.${this.columns.trl} AS trl,
              r.org_country AS country, r.org_region AS region, r.org_kind AS kind,
              r.${this.columns.testSite} AS test_site${columns}
         FROM ${this.from} WHERE ${this.where(conditions)}`;
    const sql = perFacet.length === 0 ? this.groupedFacetCounts(facets, base('')) : this.flaggedFacetCounts(facets, base, perFacet);
    // Only the parameters these conditions use, renumbered from $1.
    const used: unknown[] = [];
    const numbers = new Map<string, number>();
    const renumbered = sql.replace(/\$(\d+)/g, (_, n: string) => {
      if (!numbers.has(n)) numbers.set(n, used.push(this.params.values[Number(n) - 1]));
      return `$${numbers.get(n)}`;
    });
    return [renumbered, used];
  }

  /**
   * All the facets in one pass over the rows of `base`: one HashAggregate with a
   * grouping set per array facet (each distinct array, counted) and one for the
   * single-valued facets together; the few groups are then unnested and summed.
   * Much cheaper than a ProjectSet + HashAggregate per facet over every row.
   */
  private groupedFacetCounts(facets: readonly MarketplaceFacet[], base: string): string {
    const arrayFacets = facets.filter((f) => ARRAY_COLUMNS[f]);
    const scalarFacets = facets.filter((f) => SCALAR_COLUMNS[f]);
    const sets = [
      ...arrayFacets.map((f) => [`b.${ARRAY_COLUMNS[f]}`]),
      ...(scalarFacets.length > 0 ? [scalarFacets.map((f) => `b.${SCALAR_COLUMNS[f]}`)] : []),
    ];
    // GROUPING() over the first column of each set tells the sets apart: bit i (from the left) is 0 only in set i.
    const markers = sets.map((set) => set[0]);
    const setId = (i: number) => (2 ** markers.length - 1) ^ (2 ** (markers.length - 1 - i));
    const counts = [
      ...arrayFacets.map(
        (facet, i) =>
          `SELECT '${facet}' AS facet, v.value, sum(g.n)::int AS count
             FROM g, unnest(g.${ARRAY_COLUMNS[facet]}) AS v(value)
            WHERE g.set = ${setId(i)} AND v.value IS NOT NULL GROUP BY v.value`,
      ),
      ...scalarFacets.map((facet) => {
        const column = `g.${SCALAR_COLUMNS[facet]}`;
        return `SELECT '${facet}' AS facet, ${column}::text AS value, sum(g.n)::int AS count
                  FROM g WHERE g.set = ${setId(sets.length - 1)} AND ${column} IS NOT NULL GROUP BY ${column}`;
      }),
    ];
    return `WITH g AS MATERIALIZED (
              SELECT ${sets.flat().join(', ')}, count(*)::int AS n, GROUPING(${markers.join(', ')}) AS set
                FROM (${base}) b
               GROUP BY GROUPING SETS (${sets.map((set) => `(${set.join(', ')})`).join(', ')})
            )
            ${counts.join('\nUNION ALL\n')}`;
  }

  /**
   * The facets over the rows of `base` with a flag per `perFacet` condition, each
   * facet counting the rows that pass the other facets' flags: those are usually
   * few, so each facet filters first and groups little.
   */
  private flaggedFacetCounts(
    facets: readonly MarketplaceFacet[],
    base: (columns: string) => string,
    perFacet: Condition[],
  ): string {
    const values: Record<MarketplaceFacet, string> = {
      careArea: 'unnest(b.care_areas)',
      targetGroup: 'unnest(b.target_groups)',
      setting: 'unnest(b.settings)',
      trl: 'b.trl::text',
      country: 'b.country',
      region: 'b.region',
      organisationKind: 'b.kind',
      testSite: 'b.test_site::text',
    };
    const flags = perFacet.map((c) => `, (${c.sql}) AS "f_${c.facet}"`).join('');
    const others = (facet: MarketplaceFacet) =>
      perFacet.filter((c) => c.facet !== facet).map((c) => ` AND b."f_${c.facet}"`).join('');
    const counts = facets.map(
      (facet) =>
        `SELECT '${facet}' AS facet, value, count(*)::int AS count
           FROM (SELECT ${values[facet]} AS value FROM base b WHERE true${others(facet)}) v
          WHERE value IS NOT NULL GROUP BY value`,
    );
    return `WITH base AS MATERIALIZED (${base(flags)})
            ${counts.join('\nUNION ALL\n')}`;
  }

  /**
   * A facet every record has exactly one value of (organisation kind, test
   * site) and that is not filtered on: its counts, taken over all the
   * conditions, add up to the total, so no separate count is needed.
   */
  get totalFacet(): MarketplaceFacet | null {
    const filtered = new Set(this.conditions.map((c) => c.facet));
    return (['organisationKind', 'testSite'] as const).find((f) => !filtered.has(f)) ?? null;
  }


  /** Description passages around the words searched for, for the given ids; null without words. */
  snippets(ids: string[]): Statement | null {
    if (!this.tsqueryText) return null;
    const p = new SqlParams();
    const tsquery = `${p.add(this.tsqueryText)}::tsquery`;
    const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
    const sql = `SELECT r.id, ts_headline(opi_ts_config(r.language), r.description, ${tsquery}, ${p.add(options)}) AS snippet
                   FROM ${this.columns.table} r WHERE r.id = ANY(${p.add(ids)}::uuid[])`;
    return [sql, p.values];
  }
}

/** The words of `q` as a tsquery in each content language's configuration (text form). */
export function tsqueryStatement(q: string): Statement {
  return [
    `SELECT DISTINCT websearch_to_tsquery(cfg::regconfig, $1)::text AS query FROM unnest($2::text[]) AS cfg`,
    [q, QUERY_CONFIGS],
  ];
}

/**
 * One tsquery that matches the words in any content language: the distinct
 * per-language queries OR-ed ("vandrer" stemmed by `danish`, "wandering" by
 * `english`). Null when the words are all stop words.
 */
export function combineTsqueries(rows: Array<{ query: string }>): string | null {
  const queries = rows.map((r) => r.query.trim()).filter((q) => q !== '');
  return queries.length === 0 ? null : queries.map((q) => `(${q})`).join(' | ');
}

/** Facet rows → `{ careArea: [{ value, count }], … }`, most frequent first, at most `limit` values each. */
export function groupFacets(
  rows: Array<{ facet: MarketplaceFacet; value: string; count: number }>,
  limit = 100,
): Record<MarketplaceFacet, FacetCount[]> {
  const facets = Object.fromEntries(MARKETPLACE_FACETS.map((f) => [f, [] as FacetCount[]])) as Record<
    MarketplaceFacet,
    FacetCount[]
  >;
  for (const row of rows) facets[row.facet].push({ value: row.value, count: row.count });
  for (const facet of MARKETPLACE_FACETS) {
    facets[facet] = facets[facet]
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, limit);
  }
  return facets;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A ts_headline result made safe for HTML, with the matches in <mark>. */
export function snippetHtml(headline: string): string {
  return headline
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c])
    .replace(new RegExp(MARK_START, 'g'), '<mark>')
    .replace(new RegExp(MARK_END, 'g'), '</mark>');
}
