import { Injectable, Logger } from '@nestjs/common';

import { entryOf, entryOfStored, MatchIndex, type MatchProfile, PROFILE_VERSION } from '@opi/matching';

import { type ProfileKind, ProfileStore } from './profile-store';

/** Rows read per query while loading or refreshing. */
const PAGE = 5_000;
/** How far back a refresh looks before its last read: a profile's prepared_at is its transaction's start, which may commit late. */
const MARGIN_MS = 5_000;
/** How often the index reads what changed, at most. */
const REFRESH_MS = 500;
/** How often it is loaded afresh, to let go of records deleted by other processes. */
const RELOAD_MS = 60 * 60_000;

const KINDS: readonly ProfileKind[] = ['need', 'offering'];

/**
 * The matching index of this process (@opi/matching's MatchIndex): every
 * stored profile, for corpus statistics and candidates. Loaded on first use
 * (about 10 s for 120,000 profiles), then kept current from the profiles
 * prepared since it last looked — by any process — and from this process's
 * own changes at once (`put`, `remove`).
 */
@Injectable()
export class MatchIndexService {
  private readonly logger = new Logger(MatchIndexService.name);
  private index = new MatchIndex();
  private loadedAt = 0;
  private checkedAt = 0;
  /** Per kind: where the last read stopped (prepared_at as PostgreSQL prints it). */
  private readonly since = new Map<ProfileKind, string>();
  private pending: Promise<MatchIndex> | null = null;

  constructor(private readonly profiles: ProfileStore) {}

  /** The index, with what was prepared until now. */
  current(): Promise<MatchIndex> {
    const now = Date.now();
    if (this.pending) return this.pending;
    if (this.loadedAt > 0 && now - this.checkedAt < REFRESH_MS) return Promise.resolve(this.index);
    this.pending = (now - this.loadedAt > RELOAD_MS ? this.load() : this.refresh()).finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** A profile this process just prepared (the next refresh would read it too). */
  put(profile: MatchProfile): void {
    if (this.loadedAt > 0) this.index.put(entryOf(profile));
  }

  /** A record this process deleted. */
  remove(id: string): void {
    this.index.remove(id);
  }

  /** Loads every stored profile into a new index and then uses it. */
  private async load(): Promise<MatchIndex> {
    const started = performance.now();
    const index = new MatchIndex();
    const since = new Map<ProfileKind, string>();
    for (const kind of KINDS) {
      const last = await this.read(index, kind, null);
      if (last) since.set(kind, last);
    }
    this.index = index;
    this.since.clear();
    for (const [kind, at] of since) this.since.set(kind, at);
    this.loadedAt = this.checkedAt = Date.now();
    this.logger.log(`Matching index: ${index.size} profiles loaded in ${Math.round(performance.now() - started)} ms`);
    return index;
  }

  /** Reads the profiles prepared since the last read (and a margin before it). */
  private async refresh(): Promise<MatchIndex> {
    this.checkedAt = Date.now();
    for (const kind of KINDS) {
      const last = this.since.get(kind);
      const read = await this.read(this.index, kind, last ? { at: last, marginMs: MARGIN_MS } : null);
      if (read) this.since.set(kind, read);
    }
    return this.index;
  }

  /** Puts the stored profiles of `kind` prepared since `from` into `index`; returns the last one's prepared_at. */
  private async read(
    index: MatchIndex,
    kind: ProfileKind,
    from: { at: string; marginMs: number } | null,
  ): Promise<string | null> {
    let after: { preparedAt: string; id: string } | null = null;
    for (;;) {
      const rows = await this.profiles.preparedSince(kind, from, after, PAGE);
      for (const row of rows) {
        // One stored by another version of the engine waits to be prepared again.
        if (row.profile.version === PROFILE_VERSION) index.put(entryOfStored(row.id, row.profile));
        else index.remove(row.id);
      }
      if (rows.length < PAGE) return rows.at(-1)?.preparedAt ?? after?.preparedAt ?? null;
      after = rows[rows.length - 1];
    }
  }
}
