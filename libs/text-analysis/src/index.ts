export {
  analyseText,
  type CodeEvidence,
  CROSS_LANGUAGE_WEIGHT,
  evidenceFor,
  findKeywords,
  type KeywordMatch,
  MATCH_WEIGHTS,
  type MatchKind,
  termsOf,
  type TextAnalysis,
} from './lib/analyse';
export {
  type KeywordEntry,
  type KeywordIndex,
  keywordIndex,
  keywordParts,
  MIN_COMPOUND_PART,
} from './lib/keyword-index';
export {
  COMPOUNDING_LANGUAGES,
  isKeywordLanguage,
  KEYWORD_LANGUAGES,
  type KeywordLanguage,
  normaliseLanguage,
  SIMPLE,
  STEMMER_ALGORITHMS,
} from './lib/languages';
export { stem, stemmingLanguage } from './lib/stem';
export { isStopWord, NEUTRAL_PHRASES, STOP_WORDS } from './lib/stop-words';
export {
  DEFAULT_MIN_WEIGHT,
  DEFAULT_RELATIVE_WEIGHT,
  scoreOf,
  type SuggestOptions,
  suggestionsOf,
  suggestTags,
  type TagSuggestion,
  type TagSuggestions,
} from './lib/suggest';
export { tokenize, type Word, words } from './lib/tokenize';
