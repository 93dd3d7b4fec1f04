/**
 * Every weight and constant of the matching score, in one place.
 *
 * score = penalty × Σ feature × weight / Σ weight, every feature in [0, 1]:
 *
 * - careArea / targetGroup / setting: IDF-weighted cosine of the two records'
 *   codes: tags at confidence 1, codes only their text evokes
 *   (`@opi/text-analysis`) at `textCodeConfidence` × its confidence.
 * - text: whether the two texts are about the same thing, from three cosines
 *   of TF-IDF vectors: `lexical` over Snowball stems (IDF per language),
 *   `concept` over the concepts of the multilingual lexicon (`lexicon/`, any
 *   language), `cognate` over shared word roots ("demen", "medik"). Mixed per
 *   `textMix` — pairs in one language weigh stems and concepts equally,
 *   cross-language pairs (whose stems rarely meet) lean on concepts and
 *   cognates — and saturated: text = 1 − e^(−mix / `textScale`).
 * - trl: 1 when the offering's TRL meets the need's minimum, `trlUnknown` when
 *   either is unknown, 0 below it; below the minimum the whole score is also
 *   multiplied by 1 − `trlBelowPenaltyPerLevel` × levels missing (at least
 *   `trlBelowFloor`), so such an offering ranks below an otherwise equal one.
 * - testSite: 1 when the need offers a test site and the offering seeks one.
 * - region: 1 same region, `sameCountry` same country, else 0.
 *
 * How they were chosen: on principle first (text carries most of the signal,
 * since records are free text and tags are sparse; tags confirm it; TRL and
 * test-site fit separate otherwise equal proposals; place only breaks near
 * ties), then checked against the aggregate nDCG@5 of both public
 * development sets (`npm run match:eval`) in coarse steps, keeping round
 * values where both sets agree — never to fit single records. Measured:
 * dropping the TRL feature or the target-group/setting weights costs both
 * sets; tags weigh less than text because the hard set's tags are sparse.
 */
export const WEIGHTS = {
  careArea: 0.16,
  targetGroup: 0.1,
  setting: 0.1,
  text: 0.6,
  trl: 0.06,
  testSite: 0.04,
  region: 0.04,

  /** Confidence of a code the text evokes but the tags lack, times text-analysis' score. */
  textCodeConfidence: 0.5,
  /** Feature value when a TRL or minimum is unknown. */
  trlUnknown: 0.5,
  trlBelowPenaltyPerLevel: 0.12,
  trlBelowFloor: 0.5,
  /** Region feature for the same country but another (or unknown) region. */
  sameCountry: 0.4,

  textMix: {
    sameLanguage: { lexical: 0.5, concept: 0.5, cognate: 0 },
    crossLanguage: { lexical: 0.1, concept: 0.6, cognate: 0.3 },
  },
  textScale: 0.2,

  /** Title words count this many times (a title says what the record is about). */
  titleBoost: 2,
  /** Weights of concept occurrences by how they were found. */
  conceptKind: { word: 1, phrase: 1, compound: 0.8, loanword: 0.7 },
  /** Lexicon concepts by facet (see `ConceptFacet`); evoked target groups and settings count as context. */
  conceptFacet: { topic: 1, generic: 0.6, context: 0.4 },
} as const;

/**
 * Bump when `prepare` changes what a profile holds, so cached profiles are
 * rebuilt.
 */
export const PROFILE_VERSION = 1;
