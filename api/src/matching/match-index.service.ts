import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';

import { entryOf, entryOfStored, MatchIndex, type MatchProfile, PROFILE_VERSION } from '@opi/matching';

import { type ProfileKind, ProfileStore } from './profile-store';

/** Rows read per query while loading or refreshing. */
const PAGE = 5_000;
/**
 * How far before the last read began a refresh looks: a profile's prepared_at is its statement's
 * start, and the statement may commit after the read began.
 */
const MARGIN_MS = 5_000;
/** How often the index reads what changed, at most. */
const REFRESH_MS = 500;
/** How often it is loaded afresh, to let go of records deleted by other processes. */
const RELOAD_MS = 60 * 60_000;

const KINDS: readonly ProfileKind[] = ['need', 'offering'];

/**
 * The matching index of this process (@opi/matching's MatchIndex): every
 * stored profile, for corpus statistics and candidates. Loaded when the
 * application starts (about 15 s for 120,000 profiles; a request meanwhile
 * waits for it), then kept current from the profiles
 * prepared since it last looked — by any process — and from this process's
 * own changes at once (`put`, `remove`).
 */
@Injectable()
export class MatchIndexService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MatchIndexService.name);
  private index = new MatchIndex();
  private loadedAt = 0;
  private checkedAt = 0;
  /** When the last read began, by the database's clock (as PostgreSQL prints it). */
  private since = '';
  /** The first load (requests wait for it), a refresh under way, a reload in the background. */
  private loading: Promise<MatchIndex> | null = null;
  private refreshing: Promise<MatchIndex> | null = null;
  private reloading: Promise<unknown> | null = null;

  constructor(private readonly profiles: ProfileStore) {}

  /** Starts loading, so the first match request after a restart does not wait for it. */
  onApplicationBootstrap(): void {
    this.current().catch((error: Error) => this.logger.error(`Could not load the matching index: ${error.message}`));
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([this.loading, this.refreshing, this.reloading]);
  }

  /** The index, with what was prepared until now. */
  current(): Promise<MatchIndex> {
    if (this.loadedAt === 0) {
      this.loading ??= this.load().finally(() => (this.loading = null));
      return this.loading;
    }
    if (Date.now() - this.loadedAt > RELOAD_MS && !this.reloading) {
      // The index in use keeps serving (and being refreshed) until the new one is ready.
      this.reloading = this.load()
        .catch((error: Error) => this.logger.error(`Could not reload the matching index: ${error.message}`))
        .finally(() => (this.reloading = null));
    }
    if (this.refreshing) return this.refreshing;
    if (Date.now() - this.checkedAt < REFRESH_MS) return Promise.resolve(this.index);
    this.refreshing = this.refresh().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** A profile this process just prepared (the next refresh would read it too). */
  put(profile: MatchProfile): void {
    if (this.loadedAt > 0) this.index.put(entryOf(profile));
  }

  /** A record this process deleted. */
  remove(id: string): void {
    this.index.remove(id);
  }

  /** Loads every stored profile into a new index, then uses it. */
  private async load(): Promise<MatchIndex> {
    const started = performance.now();
    const index = new MatchIndex();
    const since = await this.profiles.clock();
    for (const kind of KINDS) await this.read(index, kind, null);
    this.index = index;
    this.since = since;
    this.loadedAt = this.checkedAt = Date.now();
    this.logger.log(`Matching index: ${index.size} profiles loaded in ${Math.round(performance.now() - started)} ms`);
    return index;
  }

  /** Reads the profiles prepared since the last read began (and a margin before). */
  private async refresh(): Promise<MatchIndex> {
    this.checkedAt = Date.now();
    const index = this.index;
    const from = { at: this.since, marginMs: MARGIN_MS };
    const since = await this.profiles.clock();
    for (const kind of KINDS) await this.read(index, kind, from);
    // A reload that finished meanwhile has its own starting point.
    if (this.index === index) this.since = since;
    return this.index;
  }

  /** Puts the stored profiles of `kind` prepared since `from` (all when null) into `index`. */
  private async read(index: MatchIndex, kind: ProfileKind, from: { at: string; marginMs: number } | null): Promise<void> {
    let after: { preparedAt: string; id: string } | null = null;
    for (;;) {
      const rows = await this.profiles.preparedSince(kind, from, after, PAGE);
      for (const row of rows) {
        // One stored by another version of the engine waits to be prepared again.
        if (row.profile.version === PROFILE_VERSION) index.put(entryOfStored(row.id, row.profile));
        else index.remove(row.id);
      }
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1];
    }
  }
}
