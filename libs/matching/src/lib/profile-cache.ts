import { prepare } from './profile';
import type { MatchNeed, MatchOffering, MatchProfile } from './types';
import { PROFILE_VERSION } from './weights';

/**
 * A bounded cache of profiles for callers whose records are new objects on
 * every read (rows from the database): a record is prepared again only when
 * what matching reads of it changes. Least recently used entries go first.
 * Pass it to `rankOfferings`/`rankNeeds`/`rankTestSites` as `profiles`.
 */
export class ProfileCache {
  private readonly entries = new Map<string, MatchProfile>();

  constructor(private readonly maxEntries = 20_000) {}

  get size(): number {
    return this.entries.size;
  }

  profileOf(record: MatchNeed | MatchOffering): MatchProfile {
    const key = fingerprint(record);
    const cached = this.entries.get(key);
    if (cached) {
      // most recently used last
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const profile = prepare(record);
    this.entries.set(key, profile);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return profile;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Everything `prepare` reads of a record, as one string. */
function fingerprint(record: MatchNeed | MatchOffering): string {
  const o = record.organisation;
  const offering = 'seekingTestSite' in record;
  return JSON.stringify([
    PROFILE_VERSION,
    offering ? 'o' : 'n',
    record.id,
    record.title,
    record.description,
    record.language ?? null,
    record.careAreas,
    record.targetGroups,
    record.settings,
    offering ? record.trl : (record as MatchNeed).minTrl,
    offering ? record.seekingTestSite : (record as MatchNeed).testSiteOffered,
    o?.id,
    o?.country,
    o?.region ?? null,
    o?.kind,
  ]);
}
