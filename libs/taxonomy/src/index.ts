export { CARE_AREAS, type CareArea } from './lib/care-areas';
export {
  CONTENT_LANGUAGES,
  type ContentLanguage,
  isContentLanguage,
  isUiLanguage,
  type LocalisedLabel,
  UI_LANGUAGES,
  type UiLanguage,
} from './lib/languages';
export {
  ORGANISATION_KINDS,
  type OrganisationKind,
} from './lib/organisation-kinds';
export {
  PARTNERSHIP_STAGES,
  type PartnershipStage,
} from './lib/partnership-stages';
export { type Setting, SETTINGS } from './lib/settings';
export { TARGET_GROUPS, type TargetGroup } from './lib/target-groups';
export { TRL_LEVELS, type TrlLevel } from './lib/trl-levels';
export {
  codesOf,
  isKnownCode,
  labelOf,
  VOCABULARIES,
  type Vocabulary,
} from './lib/vocabulary';
export {
  CARE_AREA_KEYWORDS,
  isKeywordLanguage,
  KEYWORD_LANGUAGES,
  KEYWORD_VOCABULARIES,
  type KeywordLanguage,
  type KeywordsByLanguage,
  type KeywordVocabulary,
  SETTING_KEYWORDS,
  TARGET_GROUP_KEYWORDS,
  TAXONOMY_KEYWORDS,
  type TaxonomyKeywords,
} from './lib/keywords';
