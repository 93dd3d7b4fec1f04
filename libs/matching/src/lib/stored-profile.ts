import type { IndexEntry } from './match-index';
import { MATCH_VOCABULARIES } from './profile';
import type {
  MatchOrganisation,
  MatchProfile,
  MatchVocabulary,
  ProfileCode,
} from './types';
import { PROFILE_VERSION } from './weights';

/**
 * A profile as JSON, for storing next to its record: what `prepare` read of
 * the record itself. The organisation is left out (it changes on its own and
 * is attached again by `restoreProfile`), and so is the id (the row's key).
 * Entries keep their order, so a restored profile scores exactly as the
 * prepared one did.
 */
export interface StoredProfile {
  readonly version: number;
  readonly kind: 'need' | 'offering';
  readonly language: string;
  /** [stem, weight] or [stem, weight, surface] when the surface differs from the stem. */
  readonly terms: ReadonlyArray<readonly [string, number, string?]>;
  readonly concepts: ReadonlyArray<readonly [string, number]>;
  readonly cognates: ReadonlyArray<readonly [string, number]>;
  /** Per vocabulary: [code, confidence, source]. */
  readonly codes: Readonly<
    Record<
      MatchVocabulary,
      ReadonlyArray<readonly [string, number, ProfileCode['source']]>
    >
  >;
  readonly trl: number | null;
  readonly minTrl: number | null;
  readonly testSite: boolean;
}

export function storeProfile(profile: MatchProfile): StoredProfile {
  const terms: Array<[string, number, string?]> = [];
  for (const [stem, weight] of profile.terms) {
    const surface = profile.surfaces.get(stem);
    terms.push(
      surface === undefined || surface === stem
        ? [stem, weight]
        : [stem, weight, surface],
    );
  }
  const codes = {} as Record<
    MatchVocabulary,
    Array<[string, number, ProfileCode['source']]>
  >;
  for (const vocabulary of MATCH_VOCABULARIES) {
    codes[vocabulary] = [...profile.codes[vocabulary]].map(
      ([code, { confidence, source }]) => [code, confidence, source],
    );
  }
  return {
    version: profile.version,
    kind: profile.kind,
    language: profile.language,
    terms,
    concepts: [...profile.concepts],
    cognates: [...profile.cognates],
    codes,
    trl: profile.trl,
    minTrl: profile.minTrl,
    testSite: profile.testSite,
  };
}

/**
 * The profile of record `id` from what `storeProfile` gave, with the
 * record's organisation as it is now; null when it was stored by another
 * version of `prepare` (prepare the record again).
 */
export function restoreProfile(
  id: string,
  stored: StoredProfile,
  organisation: MatchOrganisation,
): MatchProfile | null {
  if (stored.version !== PROFILE_VERSION) return null;
  const terms = new Map<string, number>();
  const surfaces = new Map<string, string>();
  for (const [stem, weight, surface] of stored.terms) {
    terms.set(stem, weight);
    surfaces.set(stem, surface ?? stem);
  }
  const codes = {} as Record<MatchVocabulary, Map<string, ProfileCode>>;
  for (const vocabulary of MATCH_VOCABULARIES) {
    codes[vocabulary] = new Map(
      stored.codes[vocabulary].map(([code, confidence, source]) => [
        code,
        { confidence, source },
      ]),
    );
  }
  return {
    version: stored.version,
    kind: stored.kind,
    id,
    language: stored.language,
    terms,
    surfaces,
    concepts: new Map(stored.concepts),
    cognates: new Map(stored.cognates),
    codes,
    trl: stored.trl,
    minTrl: stored.minTrl,
    testSite: stored.testSite,
    organisation,
  };
}

/** The `MatchIndex` entry of record `id` from its stored profile, without restoring it. */
export function entryOfStored(id: string, stored: StoredProfile): IndexEntry {
  const codes = {} as Record<MatchVocabulary, string[]>;
  for (const vocabulary of MATCH_VOCABULARIES)
    codes[vocabulary] = stored.codes[vocabulary].map(([code]) => code);
  return {
    id,
    kind: stored.kind,
    language: stored.language,
    terms: stored.terms.map(([stem]) => stem),
    concepts: stored.concepts.map(([concept]) => concept),
    cognates: stored.cognates.map(([key]) => key),
    codes,
  };
}
