import type { MarketplaceFacet } from '@opi/contracts';

export type FacetRow = { facet: MarketplaceFacet; value: string; count: number };

/**
 * The collection-wide facet counts (what `/needs` shows before any search),
 * the one facet query that has to read every published record. Kept for
 * `ttlMs`, served stale while one refresh runs in the background, and
 * dropped on every write this process makes, so a user sees their own
 * change at once; writes by other processes show within `ttlMs`.
 */
export class FacetCache {
  private value: { rows: FacetRow[]; at: number } | null = null;
  private refreshing: Promise<FacetRow[]> | null = null;
  private generation = 0;

  constructor(
    private readonly load: () => Promise<FacetRow[]>,
    private readonly ttlMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  async get(): Promise<FacetRow[]> {
    if (this.value && this.now() - this.value.at < this.ttlMs) return this.value.rows;
    const refresh = this.refresh();
    return this.value ? this.value.rows : refresh;
  }

  invalidate(): void {
    this.generation++;
    this.value = null;
  }

  private refresh(): Promise<FacetRow[]> {
    if (this.refreshing) return this.refreshing;
    const generation = this.generation;
    const started = this.now();
    this.refreshing = this.load()
      .then((rows) => {
        if (generation === this.generation) this.value = { rows, at: started };
        return rows;
      })
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }
}
