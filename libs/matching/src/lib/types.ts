/** The organisation behind a need or an offering, as matching sees it. */
export interface MatchOrganisation {
  readonly id: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly region: string | null;
  /** company | municipality | hospital | knowledge_institution */
  readonly kind: string;
  /** Care areas the organisation works in (optional; used by `rankTestSites`). */
  readonly careAreas?: readonly string[];
  /** The test site it offers, if any (municipalities and hospitals). */
  readonly testSite?: MatchTestSite | null;
}

export interface MatchTestSite {
  readonly offered: boolean;
  readonly settings: readonly string[];
  /** How many citizens/patients/beds can take part. */
  readonly capacity: number | null;
}

interface MatchRecord {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** ISO 639-1 (or 639-3 as franc gives it); null/undefined: detected from the text. */
  readonly language?: string | null;
  readonly careAreas: readonly string[];
  readonly targetGroups: readonly string[];
  readonly settings: readonly string[];
  readonly organisation: MatchOrganisation;
}

/** A care need of a municipality or hospital. */
export interface MatchNeed extends MatchRecord {
  /** Lowest TRL the organisation can test (1–9), or null. */
  readonly minTrl: number | null;
  readonly testSiteOffered: boolean;
}

/** A solution of a company or knowledge institution. */
export interface MatchOffering extends MatchRecord {
  /** 1–9, or null when unknown. */
  readonly trl: number | null;
  readonly seekingTestSite: boolean;
}

export type MatchVocabulary = 'careArea' | 'targetGroup' | 'setting';

/** A taxonomy code of a profile: from its tags, or evoked by its text only. */
export interface ProfileCode {
  /** In (0, 1]: 1 for a tag; lower for a code only the text evokes. */
  readonly confidence: number;
  readonly source: 'tag' | 'text';
}

/**
 * Everything `score` needs from one need or offering, computed once by
 * `prepare` (the API may cache it with the record; rebuild it when the record
 * or `PROFILE_VERSION` changes). Plain data: maps and numbers.
 */
export interface MatchProfile {
  readonly version: number;
  readonly kind: 'need' | 'offering';
  readonly id: string;
  /** Normalised language (ISO 639-1), or 'und'. */
  readonly language: string;
  /** Stems (in `language`'s Snowball stemmer) → weight (1 + ln tf, title words counted `TITLE_BOOST` times). */
  readonly terms: ReadonlyMap<string, number>;
  /** A stem → the first word that made it, as written (for reasons). */
  readonly surfaces: ReadonlyMap<string, string>;
  /**
   * Language-independent concepts → weight: lexicon concepts (`lex:wandering`)
   * and taxonomy codes the text evokes (`careArea:dementia`).
   */
  readonly concepts: ReadonlyMap<string, number>;
  /** Cognate keys (`cognateKey`) of the content words → weight: shared roots across languages. */
  readonly cognates: ReadonlyMap<string, number>;
  /** Taxonomy codes per vocabulary: tags ∪ codes evoked by the text. */
  readonly codes: Readonly<
    Record<MatchVocabulary, ReadonlyMap<string, ProfileCode>>
  >;
  /** Offering: its TRL; need: null. */
  readonly trl: number | null;
  /** Need: its minimum TRL; offering: null. */
  readonly minTrl: number | null;
  /** Need: offers a test site; offering: seeks one. */
  readonly testSite: boolean;
  readonly organisation: MatchOrganisation;
}

/** Counts by key: a Map, or a view of counts kept elsewhere (see `MatchIndex`). */
export interface Frequencies {
  get(key: string): number | undefined;
}

/**
 * Document frequencies over a set of profiles (every need and offering, as
 * `MatchIndex.stats` keeps them, or just the candidates of one ranking), for
 * IDF weights. Build with `corpusStats`.
 */
export interface CorpusStats {
  readonly documents: number;
  /** Documents per language (the IDF of a term counts its language's documents only). */
  readonly languageDocuments: Frequencies;
  /** Keyed `language\u0000stem` (see `termKey`). */
  readonly termDf: Frequencies;
  readonly conceptDf: Frequencies;
  readonly cognateDf: Frequencies;
  /** Keyed `vocabulary:code`. */
  readonly codeDf: Frequencies;
}

/** Stable reason codes: the portal translates by `code` and `params`. */
export type ReasonCode =
  | 'shared-care-area'
  | 'shared-target-group'
  | 'shared-setting'
  | 'text-overlap'
  | 'trl-meets-minimum'
  | 'trl-below-minimum'
  | 'trl-unknown'
  | 'trl-stated'
  | 'test-site-fit'
  | 'test-site-setting'
  | 'same-region'
  | 'same-country'
  | 'different-country'
  | 'little-overlap'
  | 'no-need';

export interface MatchReason {
  readonly code: ReasonCode;
  /** The values behind the reason (codes, concept ids and labels, words, numbers). */
  readonly params: Readonly<
    Record<string, string | number | readonly string[]>
  >;
  /** English rendering. */
  readonly text: string;
}

/** Feature values, each in [0, 1]. */
export interface MatchFeatures {
  readonly careArea: number;
  readonly targetGroup: number;
  readonly setting: number;
  /** Cosine of the stem vectors (same words). */
  readonly lexical: number;
  /** Cosine of the concept vectors (across languages). */
  readonly concept: number;
  /** Cosine of the cognate vectors (shared roots across languages). */
  readonly cognate: number;
  /** The text feature that enters the score (lexical and concept mixed, saturated). */
  readonly text: number;
  /** 1 meets the minimum, 0 below, `WEIGHTS.trlUnknown` unknown. */
  readonly trl: number;
  readonly testSite: number;
  /** 1 same region, `WEIGHTS.sameCountry` same country, 0 otherwise. */
  readonly region: number;
}

export interface ScoreResult {
  /** In [0, 1]. */
  readonly score: number;
  /** 2–5 reasons, strongest first; a reason against (TRL below minimum) is always included. */
  readonly reasons: readonly MatchReason[];
  readonly features: MatchFeatures;
}

export interface Proposal<T> extends ScoreResult {
  readonly item: T;
}

export interface RankOptions {
  /**
   * Where profiles come from: a `ProfileCache` (records read anew from the
   * database each time), else a per-object cache (the same record objects).
   */
  readonly profiles?: {
    profileOf(record: MatchNeed | MatchOffering): MatchProfile;
  };
  /**
   * IDF statistics of the candidates' corpus (`MatchIndex.stats`), in which the
   * subject counts as one more document; default: computed over the subject
   * and the candidates given.
   */
  readonly stats?: CorpusStats;
  /** Keep the best this many (default: all). */
  readonly limit?: number;
  /** Drop proposals scoring below this (default 0). */
  readonly minScore?: number;
}
