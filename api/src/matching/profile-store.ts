import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import {
  type MatchProfile,
  prepare,
  PROFILE_VERSION,
  restoreProfile,
  type StoredProfile,
  storeProfile,
} from '@opi/matching';

import {
  type NeedFields,
  type OfferingFields,
  type OrganisationFields,
  toMatchNeed,
  toMatchOffering,
  toMatchOrganisation,
} from './match-records';

export type ProfileKind = 'need' | 'offering';

/** Where each kind of record and its stored profile live, and the fields only that kind has. */
const SOURCES = {
  need: {
    table: 'needs',
    profiles: 'need_profiles',
    key: 'need_id',
    fields: ['min_trl', 'test_site_offered'],
    select: 'r.min_trl AS "minTrl", r.test_site_offered AS "testSiteOffered"',
  },
  offering: {
    table: 'offerings',
    profiles: 'offering_profiles',
    key: 'offering_id',
    fields: ['trl', 'seeking_test_site'],
    select: 'r.trl, r.seeking_test_site AS "seekingTestSite"',
  },
} as const;

/**
 * A hash of every field of `r` that `prepare` reads, and of the engine's profile version: when
 * either changes, the stored profile is out of date.
 */
function sourceKey(kind: ProfileKind): string {
  const fields = SOURCES[kind].fields.map((f) => `r.${f}`).join(', ');
  return `md5(row(${PROFILE_VERSION}, r.title, r.description, r.language, r.care_areas, r.target_groups, r.settings, ${fields})::text)`;
}

/** The record's organisation as matching reads it, shaped like the entity. */
const ORGANISATION = `json_build_object('id', org.id, 'country', org.country, 'region', org.region, 'kind', org.kind,
  'careAreas', org.care_areas, 'testSite', org.test_site)`;

/** How many records one pass of `prepareAll` reads and prepares at a time. */
const BATCH = 500;

/**
 * Matching profiles of needs and offerings, stored next to them
 * (`need_profiles`, `offering_profiles`). Ranking reads them instead of
 * preparing every candidate again (≈70 µs to restore one, ≈0.6 ms to
 * prepare it). A profile is prepared when its record is written (see
 * MatchingService) or, failing that, when it is first read; one whose record
 * changed since is recognised by its source key and prepared again. The
 * organisation is attached as it is at read time.
 */
@Injectable()
export class ProfileStore {
  private readonly logger = new Logger(ProfileStore.name);

  constructor(private readonly dataSource: DataSource) {}

  /** The profiles of the records `ids` that exist, in no particular order. */
  async profilesOf(kind: ProfileKind, ids: readonly string[]): Promise<MatchProfile[]> {
    if (ids.length === 0) return [];
    const { table, profiles, key } = SOURCES[kind];
    const rows: Array<{ id: string; profile: StoredProfile | null; organisation: OrganisationFields }> =
      await this.dataSource.query(
        `SELECT r.id, CASE WHEN p.source_key = ${sourceKey(kind)} THEN p.profile END AS profile, ${ORGANISATION} AS organisation
           FROM ${table} r JOIN organisations org ON org.id = r.organisation_id
           LEFT JOIN ${profiles} p ON p.${key} = r.id
          WHERE r.id = ANY($1::uuid[])`,
        [ids],
      );
    const found: MatchProfile[] = [];
    const missing: string[] = [];
    for (const row of rows) {
      const profile = row.profile && restoreProfile(row.id, row.profile, toMatchOrganisation(row.organisation));
      if (profile) found.push(profile);
      else missing.push(row.id);
    }
    return missing.length === 0 ? found : [...found, ...(await this.prepareAndStore(kind, missing))];
  }

  /**
   * Prepares and stores every profile that is missing or out of date, a batch
   * at a time (after an import, or when `prepare` changed), until `signal`
   * aborts. Returns how many.
   */
  async prepareAll(kind: ProfileKind, signal?: AbortSignal): Promise<number> {
    const { table, profiles, key } = SOURCES[kind];
    let prepared = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Array<{ id: string; current: boolean }> = await this.dataSource.query(
        `SELECT r.id, p.source_key IS NOT DISTINCT FROM ${sourceKey(kind)} AS current
           FROM ${table} r LEFT JOIN ${profiles} p ON p.${key} = r.id
          WHERE r.id > $1 ORDER BY r.id LIMIT ${BATCH}`,
        [after],
      );
      if (rows.length === 0 || signal?.aborted) return prepared;
      after = rows[rows.length - 1].id;
      const stale = rows.filter((r) => !r.current).map((r) => r.id);
      prepared += (await this.prepareAndStore(kind, stale)).length;
    }
  }

  /** The database's clock now, as `preparedSince` takes it. */
  async clock(): Promise<string> {
    const [{ now }]: Array<{ now: string }> = await this.dataSource.query(`SELECT clock_timestamp()::text AS now`);
    return now;
  }

  /**
   * Stored profiles prepared at or after `since` less `marginMs` (all of them when `since` is
   * null), a page at a time in the order they were prepared: pass the last row's `preparedAt` and
   * `id` as `after` for the next page. Out-of-date profiles come too.
   */
  async preparedSince(
    kind: ProfileKind,
    since: { at: string; marginMs: number } | null,
    after: { preparedAt: string; id: string } | null,
    limit: number,
  ): Promise<Array<{ id: string; profile: StoredProfile; preparedAt: string }>> {
    const { profiles, key } = SOURCES[kind];
    return this.dataSource.query(
      `SELECT ${key} AS id, profile, prepared_at::text AS "preparedAt" FROM ${profiles}
        WHERE ($1::timestamptz IS NULL OR prepared_at >= $1::timestamptz - $2 * interval '1 millisecond')
          AND ($3::timestamptz IS NULL OR (prepared_at, ${key}) > ($3::timestamptz, $4::uuid))
        ORDER BY prepared_at, ${key} LIMIT $5`,
      [since?.at ?? null, since?.marginMs ?? 0, after?.preparedAt ?? null, after?.id ?? null, limit],
    );
  }

  /** How many records there are, and how many have a profile that is up to date. */
  async count(kind: ProfileKind): Promise<{ records: number; profiles: number }> {
    const { table, profiles, key } = SOURCES[kind];
    const [row]: Array<{ records: number; profiles: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS records, count(*) FILTER (WHERE p.source_key = ${sourceKey(kind)})::int AS profiles
         FROM ${table} r LEFT JOIN ${profiles} p ON p.${key} = r.id`,
    );
    return row;
  }

  /** Prepares the profiles of `ids` from their records as they are now, and stores them. */
  private async prepareAndStore(kind: ProfileKind, ids: readonly string[]): Promise<MatchProfile[]> {
    if (ids.length === 0) return [];
    const { table, profiles, key, select } = SOURCES[kind];
    // Shaped like the entities, for toMatchNeed / toMatchOffering.
    const rows: Array<(NeedFields | OfferingFields) & { sourceKey: string }> = await this.dataSource.query(
      `SELECT r.id, ${sourceKey(kind)} AS "sourceKey", r.title, r.description, r.language, r.care_areas AS "careAreas",
              r.target_groups AS "targetGroups", r.settings, ${select}, ${ORGANISATION} AS organisation
         FROM ${table} r JOIN organisations org ON org.id = r.organisation_id
        WHERE r.id = ANY($1::uuid[])`,
      [ids],
    );
    const prepared = rows.map((row) =>
      prepare(kind === 'need' ? toMatchNeed(row as NeedFields) : toMatchOffering(row as OfferingFields)),
    );
    try {
      // A record deleted meanwhile has no row to join: its profile is not stored.
      await this.dataSource.query(
        `INSERT INTO ${profiles} (${key}, source_key, profile)
         SELECT s.id, s.source_key, s.profile FROM unnest($1::uuid[], $2::text[], $3::jsonb[]) AS s(id, source_key, profile)
           JOIN ${table} r ON r.id = s.id
         ON CONFLICT (${key}) DO UPDATE SET source_key = EXCLUDED.source_key, profile = EXCLUDED.profile, prepared_at = now()`,
        [rows.map((r) => r.id), rows.map((r) => r.sourceKey), prepared.map((p) => JSON.stringify(storeProfile(p)))],
      );
    } catch (error) {
      // Storing only saves later work: the profiles are good for this ranking either way.
      this.logger.warn(`Could not store ${prepared.length} ${kind} profiles: ${(error as Error).message}`);
    }
    return prepared;
  }
}
