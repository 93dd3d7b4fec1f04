import { type TaggedRecord, TagCandidates, type TagQuery } from './tag-candidates';

const record = (id: string, care_areas: string[], target_groups: string[] = [], settings: string[] = []): TaggedRecord => ({
  id,
  care_areas,
  target_groups,
  settings,
});

const query = (careAreas: string[], targetGroups: string[] = [], settings: string[] = []): TagQuery => ({
  careAreas,
  targetGroups,
  settings,
});

/** What CandidateFinder's SQL selects, written plainly. */
function naive(records: readonly TaggedRecord[], q: TagQuery, limit: number): string[] {
  const overlaps = (a: readonly string[], b: readonly string[]) => a.some((code) => b.includes(code));
  return records
    .filter(
      (r) =>
        overlaps(r.care_areas, q.careAreas) &&
        (q.targetGroups.length === 0 || overlaps(r.target_groups, q.targetGroups)) &&
        (q.settings.length === 0 || overlaps(r.settings, q.settings)),
    )
    .slice(0, limit)
    .map((r) => r.id);
}

describe('TagCandidates', () => {
  const records = [
    record('newest', ['dementia'], ['older-adults'], ['home']),
    record('middle', ['dementia', 'diabetes'], ['citizens'], ['hospital-ward']),
    record('oldest', ['diabetes'], [], ['home']),
  ];
  const tags = new TagCandidates(records);

  it('gives the records sharing a care area, newest first, up to the limit', () => {
    expect(tags.of(query(['dementia', 'diabetes']), 10)).toEqual(['newest', 'middle', 'oldest']);
    expect(tags.of(query(['diabetes']), 1)).toEqual(['middle']);
  });

  it('finds nothing without care areas, or with care areas no record has', () => {
    expect(tags.of(query([], ['older-adults'], ['home']), 10)).toEqual([]);
    expect(tags.of(query(['stroke']), 10)).toEqual([]);
  });

  it('narrows by target groups and settings only when the subject has some', () => {
    expect(tags.of(query(['dementia', 'diabetes'], [], ['home']), 10)).toEqual(['newest', 'oldest']);
    expect(tags.of(query(['dementia', 'diabetes'], ['citizens'], ['hospital-ward', 'home']), 10)).toEqual(['middle']);
    // a target group no record has: nothing fits
    expect(tags.of(query(['dementia'], ['children-young-people']), 10)).toEqual([]);
  });

  it('selects what the SQL query selects, with more codes than one 32-bit word holds', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const codes = (prefix: string, count: number, most: number) =>
      Array.from({ length: Math.floor(random() * (most + 1)) }, () => `${prefix}${Math.floor(random() * count)}`);
    const many = Array.from({ length: 2_000 }, (_, i) =>
      record(`r${i}`, codes('ca', 70, 3), codes('tg', 40, 2), codes('st', 35, 2)),
    );
    const index = new TagCandidates(many);
    let compared = 0;
    for (let i = 0; i < 300; i++) {
      const q = query(codes('ca', 75, 4), codes('tg', 42, 2), codes('st', 36, 2));
      const expected = naive(many, q, 25);
      expect(index.of(q, 25)).toEqual(expected);
      if (expected.length > 0) compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });
});
