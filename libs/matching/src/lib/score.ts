import { idf, MATCH_VOCABULARIES, termKey } from './profile';
import { reasonsFor } from './reasons';
import type {
  CorpusStats,
  MatchFeatures,
  MatchProfile,
  MatchVocabulary,
  ScoreResult,
} from './types';
import { WEIGHTS } from './weights';

type Weighted = ReadonlyMap<string, number>;

/**
 * A weighted vector, its entries in the order of their keys' ids (see
 * `keyId`): a dot product walks two of them side by side, comparing numbers
 * instead of looking strings up in a map (the bulk of scoring a pair).
 */
interface Vector {
  readonly ids: Int32Array;
  readonly keys: readonly string[];
  readonly weights: Float64Array;
}

/** A profile's vectors with IDF applied, and their norms, for one corpus. */
interface Vectors {
  readonly stats: CorpusStats;
  readonly terms: Vector;
  readonly termNorm: number;
  readonly concepts: Vector;
  readonly conceptNorm: number;
  readonly cognates: Vector;
  readonly cognateNorm: number;
  readonly codes: Readonly<Record<MatchVocabulary, Vector>>;
  readonly codeNorms: Readonly<Record<MatchVocabulary, number>>;
}

const VECTORS = new WeakMap<MatchProfile, Vectors>();

/**
 * A number for every key any vector has held (stems, concepts, cognates,
 * codes; one numbering for all, since only vectors of one kind are compared).
 * It grows with the vocabulary of the profiles scored in this process, as
 * `MatchIndex`'s dictionaries do.
 */
const KEY_IDS = new Map<string, number>();

function keyId(key: string): number {
  let id = KEY_IDS.get(key);
  if (id === undefined) {
    id = KEY_IDS.size;
    KEY_IDS.set(key, id);
  }
  return id;
}

/** Entries a vector can have: its position rides along with its id in one sortable number (below 2^53). */
const MAX_ENTRIES = 2 ** 21;

function weighted(
  vector: Weighted,
  idfOf: (key: string) => number,
): [Vector, number] {
  const n = vector.size;
  if (n > MAX_ENTRIES) throw new RangeError(`A vector of ${n} entries`);
  const unsortedKeys: string[] = [];
  const unsortedWeights = new Float64Array(n);
  // id × MAX_ENTRIES + position: sorting these numbers sorts the entries by id
  const order = new Float64Array(n);
  let sum = 0;
  for (const [key, weight] of vector) {
    const i = unsortedKeys.length;
    const w = weight * idfOf(key);
    unsortedKeys.push(key);
    unsortedWeights[i] = w;
    order[i] = keyId(key) * MAX_ENTRIES + i;
    sum += w * w;
  }
  order.sort();
  const ids = new Int32Array(n);
  const weights = new Float64Array(n);
  const keys: string[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k] % MAX_ENTRIES;
    ids[k] = (order[k] - i) / MAX_ENTRIES;
    weights[k] = unsortedWeights[i];
    keys[k] = unsortedKeys[i];
  }
  return [{ ids, keys, weights }, Math.sqrt(sum)];
}

/**
 * IDF-weighted vectors of `profile` for `stats` (cached: profiles are
 * immutable). A term's IDF counts the documents of the profile's language
 * only: across a corpus mostly in one language, every word of another would
 * look rare, and two texts in a minority language would seem alike for
 * sharing everyday words.
 */
function vectorsOf(profile: MatchProfile, stats: CorpusStats): Vectors {
  const cached = VECTORS.get(profile);
  if (cached && cached.stats === stats) return cached;
  const languageDocuments = stats.languageDocuments.get(profile.language) ?? 0;
  const [terms, termNorm] = weighted(profile.terms, (key) =>
    idf(stats.termDf.get(termKey(profile.language, key)), languageDocuments),
  );
  const [concepts, conceptNorm] = weighted(profile.concepts, (key) =>
    idf(stats.conceptDf.get(key), stats.documents),
  );
  const [cognates, cognateNorm] = weighted(profile.cognates, (key) =>
    idf(stats.cognateDf.get(key), stats.documents),
  );
  const codes = {} as Record<MatchVocabulary, Vector>;
  const codeNorms = {} as Record<MatchVocabulary, number>;
  for (const vocabulary of MATCH_VOCABULARIES) {
    const confidences = new Map<string, number>();
    for (const [code, { confidence }] of profile.codes[vocabulary])
      confidences.set(code, confidence);
    [codes[vocabulary], codeNorms[vocabulary]] = weighted(confidences, (code) =>
      idf(stats.codeDf.get(`${vocabulary}:${code}`), stats.documents),
    );
  }
  const vectors = {
    stats,
    terms,
    termNorm,
    concepts,
    conceptNorm,
    cognates,
    cognateNorm,
    codes,
    codeNorms,
  };
  VECTORS.set(profile, vectors);
  return vectors;
}

/** One shared dimension of two vectors and what it adds to their dot product. */
export interface SharedKey {
  readonly key: string;
  readonly contribution: number;
}

/** Dot product of two weighted vectors, with what each shared key contributes. */
function dot(a: Vector, b: Vector, shared?: SharedKey[]): number {
  const { ids: aIds, weights: aWeights } = a;
  const { ids: bIds, weights: bWeights } = b;
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < aIds.length && j < bIds.length) {
    const x = aIds[i];
    const y = bIds[j];
    if (x < y) i++;
    else if (x > y) j++;
    else {
      const contribution = aWeights[i] * bWeights[j];
      sum += contribution;
      shared?.push({ key: a.keys[i], contribution });
      i++;
      j++;
    }
  }
  return sum;
}

function ratio(dotProduct: number, normA: number, normB: number): number {
  return dotProduct > 0 ? Math.min(1, dotProduct / (normA * normB)) : 0;
}

/** The evidence behind the features, for reasons. */
export interface FeatureDetail {
  readonly sharedConcepts: SharedKey[];
  readonly sharedTerms: SharedKey[];
  readonly sharedCodes: Record<MatchVocabulary, SharedKey[]>;
}

/**
 * The statistics IDF weights come from: one corpus for both sides of a pair,
 * or [need side's, offering side's] (see `withDocument`).
 */
export type PairStats = CorpusStats | readonly [CorpusStats, CorpusStats];

function sidesOf(stats: PairStats): readonly [CorpusStats, CorpusStats] {
  return 'documents' in stats ? [stats, stats] : stats;
}

/** The feature values of a pair (need-side first). */
export function featuresOf(
  a: MatchProfile,
  b: MatchProfile,
  stats: PairStats,
  detail?: FeatureDetail,
): MatchFeatures {
  const [statsA, statsB] = sidesOf(stats);
  const va = vectorsOf(a, statsA);
  const vb = vectorsOf(b, statsB);
  const code = (vocabulary: MatchVocabulary) =>
    ratio(
      dot(
        va.codes[vocabulary],
        vb.codes[vocabulary],
        detail?.sharedCodes[vocabulary],
      ),
      va.codeNorms[vocabulary],
      vb.codeNorms[vocabulary],
    );
  const termDot = dot(va.terms, vb.terms, detail?.sharedTerms);
  const conceptDot = dot(va.concepts, vb.concepts, detail?.sharedConcepts);
  const lexical = ratio(termDot, va.termNorm, vb.termNorm);
  const concept = ratio(conceptDot, va.conceptNorm, vb.conceptNorm);
  const cognate = ratio(
    dot(va.cognates, vb.cognates),
    va.cognateNorm,
    vb.cognateNorm,
  );
  // cross-language pairs rarely share stems: they lean on concepts and cognates
  const mix =
    a.language === b.language
      ? WEIGHTS.textMix.sameLanguage
      : WEIGHTS.textMix.crossLanguage;
  const mixed =
    (mix.lexical * lexical + mix.concept * concept + mix.cognate * cognate) /
    (mix.lexical + mix.concept + mix.cognate);
  const text = 1 - Math.exp(-mixed / WEIGHTS.textScale);

  let trl: number = WEIGHTS.trlUnknown;
  if (a.minTrl !== null && b.trl !== null) trl = b.trl >= a.minTrl ? 1 : 0;

  const testSite = a.kind !== b.kind && a.testSite && b.testSite ? 1 : 0;

  const oa = a.organisation;
  const ob = b.organisation;
  let region = 0;
  if (oa && ob && oa.country && oa.country === ob.country) {
    region =
      oa.region && ob.region && oa.region === ob.region
        ? 1
        : WEIGHTS.sameCountry;
  }

  return {
    careArea: code('careArea'),
    targetGroup: code('targetGroup'),
    setting: code('setting'),
    lexical,
    concept,
    cognate,
    text,
    trl,
    testSite,
    region,
  };
}

const FEATURES = [
  'careArea',
  'targetGroup',
  'setting',
  'text',
  'trl',
  'testSite',
  'region',
] as const;

/** Levels an offering's TRL is below the need's minimum (0: meets it, or unknown). */
export function trlGap(a: MatchProfile, b: MatchProfile): number {
  if (a.minTrl === null || b.trl === null) return 0;
  return Math.max(0, a.minTrl - b.trl);
}

/** The score in [0, 1] of a pair's features (see `WEIGHTS`). */
export function scoreOfFeatures(features: MatchFeatures, gap: number): number {
  let sum = 0;
  let weights = 0;
  for (const name of FEATURES) {
    sum += features[name] * WEIGHTS[name];
    weights += WEIGHTS[name];
  }
  let score = sum / weights;
  if (gap > 0) {
    score *= Math.max(
      WEIGHTS.trlBelowFloor,
      1 - WEIGHTS.trlBelowPenaltyPerLevel * gap,
    );
  }
  return Math.min(1, Math.max(0, score));
}

/**
 * How well an offering fits a need (or, with two needs, how alike they are):
 * a score in [0, 1], 2–5 reasons and the feature values. `stats` gives the
 * IDF weights (`corpusStats`, `MatchIndex.stats`).
 */
export function score(
  need: MatchProfile,
  offering: MatchProfile,
  stats: PairStats,
): ScoreResult {
  const detail: FeatureDetail = {
    sharedConcepts: [],
    sharedTerms: [],
    sharedCodes: { careArea: [], targetGroup: [], setting: [] },
  };
  const features = featuresOf(need, offering, stats, detail);
  const gap = trlGap(need, offering);
  return {
    score: scoreOfFeatures(features, gap),
    reasons: reasonsFor(need, offering, features, detail),
    features,
  };
}

/** Only the score: what ranking needs before it keeps the best (no reasons). */
export function quickScore(
  need: MatchProfile,
  offering: MatchProfile,
  stats: PairStats,
): number {
  return scoreOfFeatures(
    featuresOf(need, offering, stats),
    trlGap(need, offering),
  );
}
