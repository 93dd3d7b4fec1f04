import type { KeywordVocabulary } from '@opi/taxonomy';
import {
  analyseText,
  bestLanguageWeight,
  type CodeEvidence,
  type TextAnalysis,
} from './analyse';

/** One proposed code (structurally @opi/contracts' TagSuggestion). */
export interface TagSuggestion {
  code: string;
  /** Confidence in (0, 1]. */
  score: number;
  /** The words of the text that point to this code, as written. */
  matched: string[];
}

/** Codes proposed for a text, best first (structurally @opi/contracts' TagSuggestions). */
export interface TagSuggestions {
  language: string;
  careAreas: TagSuggestion[];
  targetGroups: TagSuggestion[];
  settings: TagSuggestion[];
}

export interface SuggestOptions {
  /** At most this many codes per vocabulary (default 5). */
  maxPerVocabulary?: number;
  /**
   * Least evidence a code needs (default `DEFAULT_MIN_WEIGHT`: one keyword of
   * the text's language; scaled down for languages without keyword lists).
   */
  minWeight?: number;
  /** Least evidence relative to the vocabulary's best code (default `DEFAULT_RELATIVE_WEIGHT`). */
  relativeWeight?: number;
}

export const DEFAULT_MIN_WEIGHT = 1;
export const DEFAULT_RELATIVE_WEIGHT = 0.35;
/** Evidence that makes a score of 1 − 1/e ≈ 0.63. */
const SCORE_SCALE = 1.5;

/** Confidence in (0, 1] for a code's evidence weight. */
export function scoreOf(weight: number): number {
  const score = 1 - Math.exp(-weight / SCORE_SCALE);
  return Math.min(1, Math.max(0.001, Math.round(score * 1000) / 1000));
}

function pick(
  evidence: readonly CodeEvidence[],
  options: Required<SuggestOptions>,
): TagSuggestion[] {
  const top = evidence[0]?.weight ?? 0;
  return evidence
    .filter(
      (e) =>
        e.weight >= options.minWeight &&
        e.weight >= options.relativeWeight * top,
    )
    .slice(0, options.maxPerVocabulary)
    .map((e) => ({
      code: e.code,
      score: scoreOf(e.weight),
      matched: [...e.matched],
    }));
}

/** Tag suggestions from an analysis already made (see `analyseText`). */
export function suggestionsOf(
  analysis: TextAnalysis,
  options: SuggestOptions = {},
): TagSuggestions {
  // in a language without keyword lists every match is a foreign one
  const scale = bestLanguageWeight(analysis.language);
  const settled: Required<SuggestOptions> = {
    maxPerVocabulary: options.maxPerVocabulary ?? 5,
    minWeight: (options.minWeight ?? DEFAULT_MIN_WEIGHT) * scale,
    relativeWeight: options.relativeWeight ?? DEFAULT_RELATIVE_WEIGHT,
  };
  const of = (vocabulary: KeywordVocabulary) =>
    pick(analysis.codes[vocabulary], settled);
  return {
    language: analysis.language,
    careAreas: of('careArea'),
    targetGroups: of('targetGroup'),
    settings: of('setting'),
  };
}

/**
 * Care areas, target groups and settings that `text` points to, best first,
 * at most 5 each, only codes with enough evidence. `language` (ISO 639-1, or
 * 639-3 as franc gives it) is the text's; without it every keyword language
 * is tried.
 */
export function suggestTags(
  text: string,
  language?: string | null,
  options?: SuggestOptions,
): TagSuggestions {
  return suggestionsOf(analyseText(text, language), options);
}
