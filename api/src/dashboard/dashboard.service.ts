import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';

import {
  type Dashboard,
  type DashboardCount,
  type DashboardTable,
  FUNNEL_STEPS,
  type FunnelRow,
  PARTNERSHIP_BENEFITS,
  PIPELINE_STAGES,
  type PipelineStage,
} from '@opi/contracts';

import { SqlParams } from '../common/sql-params';
import type { DashboardQueryDto } from './dashboard-query.dto';

/** Stages at or after the test: a partnership that reached one of them was tested. */
const TESTED_STAGES: PipelineStage[] = ['testing', 'evaluation', 'scaling'];

interface Period {
  from: string;
  to: string;
}

/**
 * The cluster manager's figures: members, needs and offerings over time,
 * the funnel from proposals to implemented solutions, the time partnerships
 * spend in each stage and the benefits their parties report — for a period,
 * a care area and a region. Each figure is one SQL statement.
 */
@Injectable()
export class DashboardService {
  constructor(private readonly dataSource: DataSource) {}

  async dashboard(query: DashboardQueryDto): Promise<Dashboard> {
    const period = periodOf(query);
    const [membersByKind, membersByRegion, needsPerMonth, offeringsPerMonth, funnel, medians, benefits] = await Promise.all([
      this.members(query, 'kind'),
      this.members(query, 'region'),
      this.perMonth('needs', query, period),
      this.perMonth('offerings', query, period),
      this.funnel(query, period),
      this.medianDays(query, period),
      this.benefits(query, period),
    ]);
    return {
      query: { from: period.from, to: period.to, careArea: query.careArea, region: query.region },
      membersByKind,
      membersByRegion,
      needsPerMonth,
      offeringsPerMonth,
      funnel,
      medianDaysPerStage: medians,
      benefits: benefits.rows,
      evaluations: benefits.evaluations,
    };
  }

  /** One of the dashboard's tables as CSV (with a BOM, for spreadsheets); only that table's statement runs. */
  async csv(table: DashboardTable, query: DashboardQueryDto): Promise<string> {
    const period = periodOf(query);
    const counts = async (header: string, rows: Promise<DashboardCount[]>) => [[header, 'count'], ...(await rows).map((r) => [r.key, r.count])];
    const tables: Record<DashboardTable, () => Promise<Array<Array<string | number | null>>>> = {
      'members-by-kind': () => counts('kind', this.members(query, 'kind')),
      'members-by-region': () => counts('region', this.members(query, 'region')),
      'needs-per-month': () => counts('month', this.perMonth('needs', query, period)),
      'offerings-per-month': () => counts('month', this.perMonth('offerings', query, period)),
      funnel: async () => [['step', 'count', 'conversion'], ...(await this.funnel(query, period)).map((r) => [r.step, r.count, r.conversion])],
      'median-days-per-stage': async () => [
        ['stage', 'median_days', 'partnerships'],
        ...(await this.medianDays(query, period)).map((r) => [r.stage, r.medianDays, r.count]),
      ],
      benefits: async () => [['benefit', 'share', 'evaluations'], ...(await this.benefits(query, period)).rows.map((r) => [r.benefit, r.share, r.count])],
    };
    return stringify(await tables[table](), { bom: true });
  }

  /** Published organisations by kind or region (the care area and region filters apply). */
  private async members(query: DashboardQueryDto, by: 'kind' | 'region'): Promise<DashboardCount[]> {
    const p = new SqlParams();
    const where = ["o.status = 'published'"];
    if (query.careArea) where.push(`o.care_areas @> ARRAY[${p.add(query.careArea)}]::text[]`);
    if (query.region) where.push(`o.region = ${p.add(query.region)}`);
    const rows = (await this.dataSource.query(
      `SELECT coalesce(o.${by}, '') AS key, count(*)::int AS count FROM organisations o
        WHERE ${where.join(' AND ')} GROUP BY 1 ORDER BY 2 DESC, 1`,
      p.values,
    )) as DashboardCount[];
    return rows;
  }

  /** Records created per month of the period (drafts left out). */
  private async perMonth(table: 'needs' | 'offerings', query: DashboardQueryDto, period: Period): Promise<DashboardCount[]> {
    const p = new SqlParams();
    const where = [
      "r.status <> 'draft'",
      `r.created_at >= ${p.add(period.from)}::date`,
      `r.created_at < ${p.add(period.to)}::date + 1`,
    ];
    if (query.careArea) where.push(`r.care_areas @> ARRAY[${p.add(query.careArea)}]::text[]`);
    if (query.region) where.push(`r.org_region = ${p.add(query.region)}`);
    // Grouped by the month's timestamp, formatted once per month rather than per record; an
    // index-only scan of idx_needs_dashboard / idx_offerings_dashboard (see DashboardPartnerships).
    return (await this.dataSource.query(
      `SELECT to_char(m.month, 'YYYY-MM') AS key, m.count::int AS count
         FROM (SELECT date_trunc('month', r.created_at) AS month, count(*) AS count
                 FROM ${table} r WHERE ${where.join(' AND ')} GROUP BY 1) m
        ORDER BY 1`,
      p.values,
    )) as DashboardCount[];
  }

  /**
   * Partnerships about the care area (their need's or offering's) with a party
   * in the region, as a condition on `column` (a partnership id); none without
   * filters. Reads dashboard_partnerships, which triggers keep in step with
   * needs, offerings, parties and organisations.
   */
  private partnershipScope(p: SqlParams, query: DashboardQueryDto, column: string): string[] {
    const where: string[] = [];
    if (query.careArea) where.push(`d.care_areas @> ARRAY[${p.add(query.careArea)}]::text[]`);
    if (query.region) where.push(`d.regions @> ARRAY[${p.add(query.region)}]::text[]`);
    return where.length ? [`${column} IN (SELECT d.partnership_id FROM dashboard_partnerships d WHERE ${where.join(' AND ')})`] : [];
  }

  /**
   * Proposals made (stored matches of needs computed in the period) →
   * interest shown (interests expressed, and introductions a cluster manager
   * made: either can start a partnership, so partnerships never outnumber
   * them) → partnerships started → tested → implemented (a party says so in
   * its evaluation), with the conversion between steps.
   */
  private async funnel(query: DashboardQueryDto, period: Period): Promise<FunnelRow[]> {
    const p = new SqlParams();
    const from = `${p.add(period.from)}::date`;
    const to = `${p.add(period.to)}::date + 1`;
    const needFilter: string[] = [];
    if (query.careArea) needFilter.push(`n.care_areas @> ARRAY[${p.add(query.careArea)}]::text[]`);
    if (query.region) needFilter.push(`n.org_region = ${p.add(query.region)}`);
    // Interests about a need or offering in the care area, from or to an organisation in the region:
    // each set is hashed once (by the GIN and region indexes) rather than looked up per interest.
    const interestFilter: string[] = [];
    if (query.careArea) {
      const code = p.add(query.careArea);
      interestFilter.push(`((i.subject_type = 'need' AND i.subject_id IN (SELECT n.id FROM needs n WHERE n.care_areas @> ARRAY[${code}]::text[]))
                         OR (i.subject_type = 'offering' AND i.subject_id IN (SELECT f.id FROM offerings f WHERE f.care_areas @> ARRAY[${code}]::text[])))`);
    }
    if (query.region) {
      const region = p.add(query.region);
      interestFilter.push(`(i.from_organisation_id IN (SELECT org.id FROM organisations org WHERE org.region = ${region})
                         OR i.to_organisation_id IN (SELECT org.id FROM organisations org WHERE org.region = ${region}))`);
    }
    const scope = this.partnershipScope(p, query, 'p.id');
    const and = (filters: string[]) => filters.map((f) => ` AND ${f}`).join('');
    const [row] = (await this.dataSource.query(
      `WITH scoped AS (
         SELECT p.id, p.stage, p.introduced_by IS NOT NULL AS introduced FROM partnerships p WHERE p.created_at >= ${from} AND p.created_at < ${to}${and(scope)}
       )
       SELECT
         (SELECT count(*)::int FROM need_matches nm
            JOIN match_runs mr ON mr.subject_type = 'need' AND mr.subject_id = nm.need_id
            JOIN needs n ON n.id = nm.need_id
           WHERE mr.computed_at >= ${from} AND mr.computed_at < ${to}${and(needFilter)}) AS matches,
         (SELECT count(*)::int FROM interests i WHERE i.created_at >= ${from} AND i.created_at < ${to}${and(interestFilter)})
           + (SELECT count(*)::int FROM scoped s WHERE s.introduced) AS interests,
         (SELECT count(*)::int FROM scoped) AS partnerships,
         (SELECT count(*)::int FROM scoped s
           WHERE s.stage = ANY(${p.add(TESTED_STAGES)}::text[])
              OR EXISTS (SELECT 1 FROM dashboard_partnerships d WHERE d.partnership_id = s.id AND d.stages_entered && ${p.add(TESTED_STAGES)}::text[])) AS tests,
         (SELECT count(*)::int FROM scoped s
           WHERE EXISTS (SELECT 1 FROM partnership_evaluations v WHERE v.partnership_id = s.id AND v.implemented)) AS implemented`,
      p.values,
    )) as Array<Record<(typeof FUNNEL_STEPS)[number], number>>;
    return FUNNEL_STEPS.map((step, i) => {
      const previous = i === 0 ? null : row[FUNNEL_STEPS[i - 1]];
      return { step, count: row[step], conversion: previous ? Math.round((row[step] / previous) * 1000) / 1000 : null };
    });
  }

  /**
   * Median days in each stage, over the stays that ended in the period: a
   * stay begins with the event that entered the stage and ends when the next
   * one is written (`left_at`, kept by PartnershipsService). The days are
   * computed in double precision (date_part), as percentile_cont takes them:
   * extract() would compute each in numeric first, for a third of the time.
   */
  private async medianDays(query: DashboardQueryDto, period: Period): Promise<Dashboard['medianDaysPerStage']> {
    const p = new SqlParams();
    const from = `${p.add(period.from)}::date`;
    const to = `${p.add(period.to)}::date + 1`;
    const scope = this.partnershipScope(p, query, 'e.partnership_id');
    const median = `round((percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', e.left_at - e.at) / 86400))::numeric, 1)::float AS "medianDays",
                    count(*)::int AS count`;
    const ended = `e.left_at IS NOT NULL AND e.left_at >= ${from} AND e.left_at < ${to}`;
    // Unfiltered, every stay of the period counts: one aggregate per stage over its index range
    // (idx_partnership_events_stays) rather than sorting them all by stage first. Filtered by care
    // area or region, the scoped partnerships' stays are few, and grouped as they are.
    const sql = scope.length
      ? `SELECT e.to_stage AS stage, ${median}
           FROM partnership_events e
          WHERE ${ended}${scope.map((c) => ` AND ${c}`).join('')}
          GROUP BY e.to_stage`
      : `SELECT s.stage, m."medianDays", m.count
           FROM unnest(${p.add(PIPELINE_STAGES)}::text[]) s(stage)
          CROSS JOIN LATERAL (SELECT ${median} FROM partnership_events e WHERE e.to_stage = s.stage AND ${ended}) m
          WHERE m.count > 0`;
    const rows = (await this.dataSource.query(sql, p.values)) as Dashboard['medianDaysPerStage'];
    return rows.sort((a, b) => PIPELINE_STAGES.indexOf(a.stage) - PIPELINE_STAGES.indexOf(b.stage));
  }

  /** Share of the evaluations given in the period that report each benefit, and that the solution was implemented. */
  private async benefits(query: DashboardQueryDto, period: Period): Promise<{ rows: Dashboard['benefits']; evaluations: number }> {
    const p = new SqlParams();
    const scope = this.partnershipScope(p, query, 'v.partnership_id');
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS evaluations,
              count(*) FILTER (WHERE v.implemented)::int AS implemented,
              ${PARTNERSHIP_BENEFITS.map((b, i) => `count(*) FILTER (WHERE v.benefits @> ARRAY[${p.add(b)}]::text[])::int AS b${i}`).join(', ')}
         FROM partnership_evaluations v
        WHERE v.at >= ${p.add(period.from)}::date AND v.at < ${p.add(period.to)}::date + 1
          ${scope.map((s) => `AND ${s}`).join(' ')}`,
      p.values,
    )) as Array<Record<string, number>>;
    const share = (count: number) => (row.evaluations ? Math.round((count / row.evaluations) * 1000) / 1000 : 0);
    return {
      evaluations: row.evaluations,
      rows: [
        ...PARTNERSHIP_BENEFITS.map((benefit, i) => ({ benefit, share: share(row[`b${i}`]), count: row[`b${i}`] })),
        { benefit: 'implemented' as const, share: share(row.implemented), count: row.implemented },
      ],
    };
  }
}

/** The period asked for; by default the year up to today. */
export function periodOf(query: { from?: string; to?: string }, today = new Date()): Period {
  const to = query.to ?? today.toISOString().slice(0, 10);
  const yearBefore = new Date(`${to}T00:00:00Z`);
  yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
  return { from: query.from ?? yearBefore.toISOString().slice(0, 10), to };
}
