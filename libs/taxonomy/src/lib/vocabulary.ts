import { CARE_AREA_LABELS, CARE_AREAS } from './care-areas';
import {
  isUiLanguage,
  type LocalisedLabel,
  type UiLanguage,
} from './languages';
import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
} from './organisation-kinds';
import {
  PARTNERSHIP_STAGE_LABELS,
  PARTNERSHIP_STAGES,
} from './partnership-stages';
import { SETTING_LABELS, SETTINGS } from './settings';
import { TARGET_GROUP_LABELS, TARGET_GROUPS } from './target-groups';
import { TRL_LABELS, TRL_LEVELS } from './trl-levels';

/** The controlled vocabularies whose codes the portal stores and translates. */
export type Vocabulary =
  | 'careArea'
  | 'targetGroup'
  | 'setting'
  | 'organisationKind'
  | 'partnershipStage'
  | 'trl';

export const VOCABULARIES: readonly Vocabulary[] = [
  'careArea',
  'targetGroup',
  'setting',
  'organisationKind',
  'partnershipStage',
  'trl',
];

interface VocabularyEntry {
  readonly codes: readonly (string | number)[];
  /** Keyed by `String(code)`, so TRL 7 is found as 7 and as '7'. */
  readonly labels: ReadonlyMap<string, LocalisedLabel>;
}

function entry<C extends string | number>(
  codes: readonly C[],
  labels: Readonly<Record<C, LocalisedLabel>>,
): VocabularyEntry {
  return {
    codes,
    labels: new Map(codes.map((code) => [String(code), labels[code]] as const)),
  };
}

const ENTRIES: ReadonlyMap<string, VocabularyEntry> = new Map<
  Vocabulary,
  VocabularyEntry
>([
  ['careArea', entry(CARE_AREAS, CARE_AREA_LABELS)],
  ['targetGroup', entry(TARGET_GROUPS, TARGET_GROUP_LABELS)],
  ['setting', entry(SETTINGS, SETTING_LABELS)],
  ['organisationKind', entry(ORGANISATION_KINDS, ORGANISATION_KIND_LABELS)],
  ['partnershipStage', entry(PARTNERSHIP_STAGES, PARTNERSHIP_STAGE_LABELS)],
  ['trl', entry(TRL_LEVELS, TRL_LABELS)],
]);

/** The codes of a vocabulary, in their canonical order (empty for an unknown vocabulary). */
export function codesOf(vocabulary: Vocabulary): readonly (string | number)[] {
  return ENTRIES.get(vocabulary)?.codes ?? [];
}

/**
 * Whether `code` belongs to `vocabulary`. Codes compare as strings, so a TRL
 * may be given as 7 or '7'.
 */
export function isKnownCode(
  vocabulary: Vocabulary,
  code: string | number,
): boolean {
  return ENTRIES.get(vocabulary)?.labels.has(String(code)) ?? false;
}

/**
 * The label of `code` in `lang`. Falls back to English when `lang` is not an
 * interface language, and to the code itself when the code is unknown.
 */
export function labelOf(
  vocabulary: Vocabulary,
  code: string | number,
  lang: UiLanguage,
): string {
  const labels = ENTRIES.get(vocabulary)?.labels.get(String(code));
  if (!labels) return String(code);
  return (isUiLanguage(lang) && labels[lang]) || labels.en;
}
