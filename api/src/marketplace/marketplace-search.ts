import type { FacetCount, MarketplaceFacet } from '@opi/contracts';
import { MARKETPLACE_FACETS } from '@opi/contracts';

import type { MarketplaceQueryDto } from './dto/marketplace-query.dto';

/** Where a collection keeps the columns the marketplace filters on. */
export interface SearchColumns {
  table: 'needs' | 'offerings';
  /** needs.min_trl or offerings.trl */
  trl: string;
  /** needs.test_site_offered or offerings.seeking_test_site */
  testSite: string;
}

/** Content languages whose stemmed forms a free-text query is matched against. */
const QUERY_CONFIGS = ['simple', 'english', 'danish', 'dutch', 'french', 'swedish'];

/** Collects positional parameters ($1, $2, …) while a statement is written. */
export class SqlParams {
  constructor(readonly values: unknown[] = []) {}
  /** A copy to add a statement's own parameters to. */
  fork(): SqlParams {
    return new SqlParams([...this.values]);
  }
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

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
 * record, `o` its organisation.
 */
export class MarketplaceSearch {
  private readonly params = new SqlParams();
  private readonly conditions: Condition[];
  /** The tsquery (over `$1`) when there are words to search for. */
  private readonly tsquery: string | null;

  constructor(
    private readonly columns: SearchColumns,
    private readonly query: MarketplaceQueryDto,
  ) {
    const p = this.params;
    const q = query.q?.trim();
    const conditions: Condition[] = [];
    if (q) {
      const text = p.add(q);
      this.tsquery = multilingualTsquery(text);
      // Words in the text (stemmed in every content language), or a name of the organisation, typos allowed.
      conditions.push({
        facet: null,
        sql: `(r.search @@ ${this.tsquery} OR r.organisation_id IN (SELECT id FROM organisations WHERE name % ${text}))`,
      });
    } else {
      this.tsquery = null;
    }
    if (query.ref) conditions.push({ facet: null, sql: `r.ref = ${p.add(query.ref)}` });
    if (query.careArea) conditions.push({ facet: 'careArea', sql: `r.care_areas @> ARRAY[${p.add(query.careArea)}]::text[]` });
    if (query.targetGroup) {
      conditions.push({ facet: 'targetGroup', sql: `r.target_groups @> ARRAY[${p.add(query.targetGroup)}]::text[]` });
    }
    if (query.setting) conditions.push({ facet: 'setting', sql: `r.settings @> ARRAY[${p.add(query.setting)}]::text[]` });
    if (query.trl !== undefined) conditions.push({ facet: 'trl', sql: `r.${columns.trl} = ${p.add(query.trl)}` });
    if (query.country) conditions.push({ facet: 'country', sql: `o.country = ${p.add(query.country)}` });
    if (query.region) conditions.push({ facet: 'region', sql: `o.region = ${p.add(query.region)}` });
    if (query.organisationKind) {
      conditions.push({ facet: 'organisationKind', sql: `o.kind = ${p.add(query.organisationKind)}` });
    }
    if (query.testSite !== undefined) {
      conditions.push({ facet: 'testSite', sql: `r.${columns.testSite} = ${p.add(query.testSite)}` });
    }
    this.conditions = conditions;
  }

  private get from(): string {
    return `${this.columns.table} r JOIN organisations o ON o.id = r.organisation_id`;
  }

  private where(conditions: Condition[]): string {
    return ["r.status = 'published'", "o.status = 'published'", ...conditions.map((c) => c.sql)].join(' AND ');
  }

  /** Relevance when there are words and no other order was asked for; newest otherwise. */
  private get orderBy(): string {
    const byRelevance = this.tsquery && this.query.sort !== 'newest';
    return byRelevance
      ? `ts_rank_cd(r.search, ${this.tsquery}) DESC, r.created_at DESC, r.id`
      : 'r.created_at DESC, r.id';
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
   * Facet counts in one statement. A facet's counts ignore its own filter
   * ("disjunctive" facets), so the count next to a value is the total the
   * user gets by choosing that value instead of the current one.
   */
  facets(): Statement {
    const narrowing = this.conditions.filter((c) => c.facet === null);
    const faceted = this.conditions.filter((c) => c.facet !== null);
    const flags = faceted.map((c) => `, (${c.sql}) AS "f_${c.facet}"`).join('');
    const others = (facet: MarketplaceFacet) =>
      faceted.filter((c) => c.facet !== facet).map((c) => ` AND "f_${c.facet}"`).join('');
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
    const perFacet = MARKETPLACE_FACETS.map(
      (facet) =>
        `SELECT '${facet}' AS facet, value, count(*)::int AS count
           FROM (SELECT ${values[facet]} AS value FROM base b WHERE true${others(facet)}) v
          WHERE value IS NOT NULL GROUP BY value`,
    );
    const sql = `WITH base AS MATERIALIZED (
                   SELECT r.care_areas, r.target_groups, r.settings, r.${this.columns.trl} AS trl,
                          o.country, o.region, o.kind, r.${this.columns.testSite} AS test_site${flags}
                     FROM ${this.from} WHERE ${this.where(narrowing)}
                 )
                 ${perFacet.join('\nUNION ALL\n')}`;
    return [sql, this.params.values];
  }

  /** Description passages around the words searched for, for the given ids; null without words. */
  snippets(ids: string[]): Statement | null {
    const q = this.query.q?.trim();
    if (!q) return null;
    const p = new SqlParams();
    const tsquery = multilingualTsquery(p.add(q));
    const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
    const sql = `SELECT r.id, ts_headline(opi_ts_config(r.language), r.description, ${tsquery}, ${p.add(options)}) AS snippet
                   FROM ${this.columns.table} r WHERE r.id = ANY(${p.add(ids)}::uuid[])`;
    return [sql, p.values];
  }
}

/** The words of `param`, stemmed in every content language and OR-ed. */
function multilingualTsquery(param: string): string {
  return `(${QUERY_CONFIGS.map((cfg) => `websearch_to_tsquery('${cfg}', ${param})`).join(' || ')})`;
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
