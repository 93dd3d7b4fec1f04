import {
  KEYWORD_LANGUAGES,
  KEYWORD_VOCABULARIES,
  type KeywordLanguage,
  type KeywordsByLanguage,
  type KeywordVocabulary,
  TAXONOMY_KEYWORDS,
} from '@opi/taxonomy';
import { COMPOUNDING_LANGUAGES } from './languages';
import { stem } from './stem';
import { isStopWord } from './stop-words';
import { words } from './tokenize';

/** One taxonomy keyword, ready to match. */
export interface KeywordEntry {
  readonly vocabulary: KeywordVocabulary;
  readonly code: string;
  readonly language: KeywordLanguage;
  /** As listed in @opi/taxonomy. */
  readonly keyword: string;
  /** Its content words: hyphenated parts joined, stop words of its language left out. */
  readonly parts: readonly string[];
  /** `parts`, stemmed in `language`. */
  readonly stems: readonly string[];
  /**
   * Per part, whether stop words stood before it in the keyword ("people
   * with dementia"): only there may the text have some too.
   */
  readonly gaps: readonly boolean[];
  /** `stems` joined: one key for the forms of one keyword. */
  readonly key: string;
}

export interface KeywordIndex {
  readonly entries: readonly KeywordEntry[];
  /** One-word keywords by stem, per keyword language. */
  readonly words: ReadonlyMap<
    KeywordLanguage,
    ReadonlyMap<string, KeywordEntry[]>
  >;
  /** Phrases by the stem of their first word, per keyword language. */
  readonly phrases: ReadonlyMap<
    KeywordLanguage,
    ReadonlyMap<string, KeywordEntry[]>
  >;
  /**
   * One-word keywords of compounding languages (da, nl, sv) with at least
   * `MIN_COMPOUND_PART` letters, by word and by stem: the parts a compound
   * may start or end with.
   */
  readonly compoundParts: ReadonlyMap<
    KeywordLanguage,
    ReadonlyMap<string, KeywordEntry[]>
  >;
  /** Starts of the folded keyword stems (see `mayMatch`), per keyword language. */
  readonly starts: ReadonlyMap<KeywordLanguage, ReadonlySet<string>>;
}

/**
 * A word's start with the differences Snowball stemmers make there undone:
 * accents (the Dutch stemmer drops them), y/i, doubled letters ("week" →
 * "wek"), "-ying" (English "dying" → "die").
 */
const FOLDED = new Map<string, string>();

function fold(word: string): string {
  let folded = FOLDED.get(word);
  if (folded === undefined) {
    folded = foldNow(word);
    if (FOLDED.size >= 50_000) FOLDED.clear();
    FOLDED.set(word, folded);
  }
  return folded;
}

function foldNow(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ying$/, 'ie')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Stemmers rewrite the last letters of a word as well as cutting its end
 * ("living" → "live", "disability" → "disabl", "hôpitaux" → "hôpital",
 * "mogelijkheden" → "mogelijkheid"): a stem's start is all but its last two
 * letters (one for four-letter stems, none for shorter ones).
 */
function startOf(stem: string): string {
  const folded = fold(stem);
  if (folded.length >= 5) return folded.slice(0, -2);
  if (folded.length === 4) return folded.slice(0, -1);
  return folded;
}

/** A keyword must have this many letters to count as the head or tail of a compound. */
export const MIN_COMPOUND_PART = 5;

/**
 * The content words of a keyword: words joined by hyphens become one
 * ("well-being" → "wellbeing", "hjerte-kar-sygdomme" → "hjertekarsygdomme"),
 * stop words of its language are left out ("people with dementia" → people,
 * dementia).
 */
export function keywordParts(keyword: string, language: string): string[] {
  return split(keyword, language).parts;
}

function split(
  keyword: string,
  language: string,
): { parts: string[]; gaps: boolean[] } {
  const parts: string[] = [];
  const gaps: boolean[] = [];
  let joined = '';
  let gap = false;
  for (const word of words(keyword)) {
    joined += word.text;
    if (word.hyphenNext) continue;
    if (isStopWord(joined, language)) gap = parts.length > 0;
    else {
      parts.push(joined);
      gaps.push(gap);
      gap = false;
    }
    joined = '';
  }
  return { parts, gaps };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function build(): KeywordIndex {
  const entries: KeywordEntry[] = [];
  const byWord = new Map<KeywordLanguage, Map<string, KeywordEntry[]>>();
  const byPhrase = new Map<KeywordLanguage, Map<string, KeywordEntry[]>>();
  const byPart = new Map<KeywordLanguage, Map<string, KeywordEntry[]>>();
  const starts = new Map<KeywordLanguage, Set<string>>();
  for (const language of KEYWORD_LANGUAGES) {
    byWord.set(language, new Map());
    byPhrase.set(language, new Map());
    byPart.set(language, new Map());
    starts.set(language, new Set());
  }
  const seen = new Set<string>();
  for (const vocabulary of KEYWORD_VOCABULARIES) {
    const codes = TAXONOMY_KEYWORDS[vocabulary] as Readonly<
      Record<string, KeywordsByLanguage>
    >;
    for (const [code, byLanguage] of Object.entries(codes)) {
      for (const language of KEYWORD_LANGUAGES) {
        for (const keyword of byLanguage[language]) {
          const { parts, gaps } = split(keyword, language);
          if (parts.length === 0) continue;
          const stems = parts.map((part) => stem(part, language));
          // "well-being" and "wellbeing" are one keyword
          const key = [vocabulary, code, language, ...stems].join('\u0000');
          if (seen.has(key)) continue;
          seen.add(key);
          const entry: KeywordEntry = {
            vocabulary,
            code,
            language,
            keyword,
            parts,
            stems,
            gaps,
            key: stems.join(' '),
          };
          entries.push(entry);
          const start = starts.get(language) as Set<string>;
          for (const s of stems) start.add(startOf(s));
          if (stems.length > 1) {
            push(
              byPhrase.get(language) as Map<string, KeywordEntry[]>,
              stems[0],
              entry,
            );
            continue;
          }
          push(
            byWord.get(language) as Map<string, KeywordEntry[]>,
            stems[0],
            entry,
          );
          if (COMPOUNDING_LANGUAGES.has(language)) {
            const compound = byPart.get(language) as Map<
              string,
              KeywordEntry[]
            >;
            if (parts[0].length >= MIN_COMPOUND_PART) {
              push(compound, parts[0], entry);
              if (stems[0].length >= MIN_COMPOUND_PART)
                push(compound, stems[0], entry);
            }
          }
        }
      }
    }
  }
  return {
    entries,
    words: byWord,
    phrases: byPhrase,
    compoundParts: byPart,
    starts,
  };
}

let INDEX: KeywordIndex | undefined;

/**
 * Whether `word` may stem (in `language`) to a word of a keyword of that
 * language. Snowball stemmers only change a word's end, so the word must start
 * like a keyword stem (`startOf`). A cheap test that spares
 * most stemming: snowball-stemmers takes 10–300 µs a word.
 */
export function mayMatch(word: string, language: KeywordLanguage): boolean {
  const starts = keywordIndex().starts.get(language);
  if (!starts) return false;
  const folded = fold(word);
  for (let n = 1; n <= folded.length; n++)
    if (starts.has(folded.slice(0, n))) return true;
  return false;
}

/** The keyword index of @opi/taxonomy's keyword lists, built on first use. */
export function keywordIndex(): KeywordIndex {
  INDEX ??= build();
  return INDEX;
}
