import { normaliseLanguage } from './languages';
import { isStopWord } from './stop-words';

/** One word of a text. */
export interface Word {
  /** NFKC, lower case: what stemming and matching see. */
  readonly text: string;
  /** As written (after NFKC). */
  readonly surface: string;
  /** Offsets of `surface` in the NFKC form of the text. */
  readonly start: number;
  readonly end: number;
  /** Joined to the next word by a hyphen ("well-being", "KOL-patienter"). */
  readonly hyphenNext: boolean;
}

/** Letters (any script, with their marks) and digits: æøå, éèç, ß, … */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Every word of `text`, stop words included, with offsets. The text is NFKC
 * normalised first (ligatures, full-width letters, composed accents), so
 * offsets refer to `text.normalize('NFKC')`.
 */
export function words(text: string): Word[] {
  const normal = text.normalize('NFKC');
  const result: Word[] = [];
  for (const match of normal.matchAll(WORD)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    result.push({
      text: match[0].toLowerCase(),
      surface: match[0],
      start,
      end,
      hyphenNext:
        HYPHENS.has(normal.charAt(end)) &&
        WORD_CHAR.test(normal.charAt(end + 1)),
    });
  }
  return result;
}

/**
 * The content words of `text` in lower case, in order: Unicode-aware (NFKC;
 * letters and digits of any script), without the stop words of `language`
 * (of every known language when it is absent) and without single letters.
 */
export function tokenize(text: string, language?: string): string[] {
  const code = normaliseLanguage(language);
  return words(text)
    .map((word) => word.text)
    .filter((word) => !isStopWord(word, code));
}
