import { recordsOf } from './evaluation/evaluate';
import { corpusStats, prepare } from './profile';
import { BatchRanking, rankProfiles } from './rank';
import { restoreProfile, storeProfile } from './stored-profile';
import type { MatchProfile } from './types';
import { testDataset } from './testing/datasets';

const dataset = testDataset();
const records = recordsOf(dataset);

/** A copy of the profile, as a batch reads it again from storage. */
function reread(profile: MatchProfile): MatchProfile {
  return restoreProfile(
    profile.id,
    JSON.parse(JSON.stringify(storeProfile(profile))),
    profile.organisation,
  ) as MatchProfile;
}

describe('BatchRanking', () => {
  it('ranks each subject exactly as rankProfiles does, candidates offered one at a time in any order', () => {
    const needs = records.needs.map(prepare);
    const offerings = records.offerings.map(prepare);
    const corpus = corpusStats(offerings);
    // Each need's candidates: a different part of the offerings for each.
    const candidatesOf = needs.map((_, i) =>
      offerings.filter((_, j) => (i + j) % 3 !== 0),
    );
    const batch = new BatchRanking(needs, corpus, 7);
    for (const offering of [...offerings].reverse()) {
      const subjects = needs
        .map((_, i) => i)
        .filter((i) => candidatesOf[i].includes(offering));
      batch.offer(reread(offering), subjects);
    }
    needs.forEach((need, i) => {
      const expected = rankProfiles(need, candidatesOf[i], {
        stats: corpus,
        limit: 7,
      });
      const best = batch.best(i);
      expect(best).toEqual(expected.map((r) => r.id));
      const byId = new Map(offerings.map((o) => [o.id, o]));
      const explained = best.map((id) => {
        const offering = byId.get(id);
        if (!offering) throw new Error(`not an offering: ${id}`);
        return batch.explain(i, reread(offering));
      });
      // The same scores, reasons and features (the profiles are copies).
      const withoutProfile = (r: { profile: MatchProfile }) => ({
        ...r,
        profile: r.profile.id,
      });
      expect(explained.map(withoutProfile)).toEqual(
        expected.map(withoutProfile),
      );
    });
  });
});
