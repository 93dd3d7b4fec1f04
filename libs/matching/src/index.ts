export {
  baselineRanker,
  type DatasetRecords,
  engineRanker,
  evaluate,
  type EvaluationResult,
  type NeedResult,
  type Ranker,
  recordsOf,
  type Summary,
} from './lib/evaluation/evaluate';
export { type Judgements, ndcgAt, precisionAt } from './lib/evaluation/metrics';
export {
  CARE_LEXICON,
  type LexiconConcept,
  type LexiconLanguage,
  LEXICON_LANGUAGES,
} from './lib/lexicon/care-lexicon';
export {
  conceptIndex,
  conceptLabel,
  type ConceptOccurrence,
  findConcepts,
} from './lib/lexicon/concept-index';
export {
  corpusStats,
  idf,
  LEXICON_PREFIX,
  prepare,
  withDocument,
} from './lib/profile';
export { ProfileCache } from './lib/profile-cache';
export {
  BatchRanking,
  profileOf,
  rankNeeds,
  rankOfferings,
  rankProfiles,
  type RankedProfile,
  rankTestSites,
  type TestSiteCandidate,
  statsFor,
  type TestSiteProposal,
} from './lib/rank';
export { MAX_REASONS, MIN_REASONS } from './lib/reasons';
export { featuresOf, type PairStats, quickScore, score } from './lib/score';
export type {
  CorpusStats,
  Frequencies,
  MatchFeatures,
  MatchNeed,
  MatchOffering,
  MatchOrganisation,
  MatchProfile,
  MatchReason,
  MatchTestSite,
  MatchVocabulary,
  ProfileCode,
  Proposal,
  RankOptions,
  ReasonCode,
  ScoreResult,
} from './lib/types';
export { PROFILE_VERSION, WEIGHTS } from './lib/weights';
export {
  type CandidateOptions,
  entryOf,
  type IndexEntry,
  MatchIndex,
} from './lib/match-index';
export {
  entryOfStored,
  restoreProfile,
  type StoredProfile,
  storeProfile,
} from './lib/stored-profile';
