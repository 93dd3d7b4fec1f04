import type { CareArea } from '../care-areas';
import type { Setting } from '../settings';
import type { TargetGroup } from '../target-groups';
import { CARE_AREA_KEYWORDS } from './care-area-keywords';
import type { KeywordsByLanguage } from './keyword-types';
import { SETTING_KEYWORDS } from './setting-keywords';
import { TARGET_GROUP_KEYWORDS } from './target-group-keywords';

export { CARE_AREA_KEYWORDS } from './care-area-keywords';
export {
  isKeywordLanguage,
  KEYWORD_LANGUAGES,
  type KeywordLanguage,
  type KeywordsByLanguage,
} from './keyword-types';
export { SETTING_KEYWORDS } from './setting-keywords';
export { TARGET_GROUP_KEYWORDS } from './target-group-keywords';

/** The vocabularies that have keyword lists: the ones texts are tagged with. */
export type KeywordVocabulary = 'careArea' | 'targetGroup' | 'setting';

export const KEYWORD_VOCABULARIES: readonly KeywordVocabulary[] = [
  'careArea',
  'targetGroup',
  'setting',
];

export interface TaxonomyKeywords {
  readonly careArea: Readonly<Record<CareArea, KeywordsByLanguage>>;
  readonly targetGroup: Readonly<Record<TargetGroup, KeywordsByLanguage>>;
  readonly setting: Readonly<Record<Setting, KeywordsByLanguage>>;
}

/** Keywords per vocabulary, code and language (see keyword-types.ts). */
export const TAXONOMY_KEYWORDS: TaxonomyKeywords = {
  careArea: CARE_AREA_KEYWORDS,
  targetGroup: TARGET_GROUP_KEYWORDS,
  setting: SETTING_KEYWORDS,
};
