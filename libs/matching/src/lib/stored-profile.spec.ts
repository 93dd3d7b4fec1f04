import { recordsOf } from './evaluation/evaluate';
import { corpusStats, prepare } from './profile';
import { rankProfiles } from './rank';
import {
  restoreProfile,
  type StoredProfile,
  storeProfile,
} from './stored-profile';
import { need, organisation } from './testing/factories';
import type { MatchProfile } from './types';
import { PROFILE_VERSION } from './weights';
import { testDataset } from './testing/datasets';

/** Through JSON and back, as a jsonb column gives it. */
function roundTrip(profile: MatchProfile): MatchProfile | null {
  const stored = JSON.parse(
    JSON.stringify(storeProfile(profile)),
  ) as StoredProfile;
  return restoreProfile(profile.id, stored, profile.organisation);
}

describe('stored profiles', () => {
  const dataset = testDataset();
  const records = recordsOf(dataset);

  it('restore to the profile that was stored', () => {
    for (const record of [...records.needs, ...records.offerings]) {
      const profile = prepare(record);
      expect(roundTrip(profile)).toEqual(profile);
    }
  });

  it('rank exactly as freshly prepared profiles do, reasons included', () => {
    const needs = records.needs.map(prepare);
    const offerings = records.offerings.map(prepare);
    const restored = offerings.map((p) => roundTrip(p)!);
    const stats = corpusStats([...needs, ...offerings]);
    const restoredStats = corpusStats([
      ...needs.map((p) => roundTrip(p)!),
      ...restored,
    ]);
    for (const subject of needs) {
      const fresh = rankProfiles(subject, offerings, { stats, limit: 10 });
      const again = rankProfiles(roundTrip(subject)!, restored, {
        stats: restoredStats,
        limit: 10,
      });
      expect(again.map(({ profile: _, ...r }) => r)).toEqual(
        fresh.map(({ profile: _, ...r }) => r),
      );
    }
  });

  it('take the organisation as it is now, not as it was', () => {
    const profile = prepare(need({ id: 'n1' }));
    const moved = organisation({
      id: profile.organisation.id,
      region: 'Hovedstaden',
    });
    expect(
      restoreProfile('n1', storeProfile(profile), moved)?.organisation,
    ).toBe(moved);
  });

  it('are not restored when another version of prepare stored them', () => {
    const stored = storeProfile(prepare(need({ id: 'n1' })));
    expect(
      restoreProfile(
        'n1',
        { ...stored, version: PROFILE_VERSION + 1 },
        organisation(),
      ),
    ).toBeNull();
  });
});
