import { FacetCache, type FacetRow } from './facet-cache';

const rows = (count: number): FacetRow[] => [{ facet: 'careArea', value: 'dementia', count }];

describe('FacetCache', () => {
  let clock: number;
  let loads: number;
  let next: FacetRow[];
  let cache: FacetCache;

  beforeEach(() => {
    clock = 0;
    loads = 0;
    next = rows(1);
    cache = new FacetCache(async () => {
      loads++;
      return next;
    }, 1000, () => clock);
  });

  it('loads once and serves from memory within the time to live', async () => {
    expect(await cache.get()).toEqual(rows(1));
    clock = 999;
    expect(await cache.get()).toEqual(rows(1));
    expect(loads).toBe(1);
  });

  it('serves the old counts once expired while a single refresh runs', async () => {
    await cache.get();
    clock = 1500;
    next = rows(2);
    const [a, b] = await Promise.all([cache.get(), cache.get()]);
    expect([a, b]).toEqual([rows(1), rows(1)]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(loads).toBe(2);
    expect(await cache.get()).toEqual(rows(2));
  });

  it('reloads right after an invalidation, so a writer sees their change', async () => {
    await cache.get();
    next = rows(3);
    cache.invalidate();
    expect(await cache.get()).toEqual(rows(3));
  });
});
