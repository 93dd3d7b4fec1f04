import {
  KEYWORD_LANGUAGES,
  KEYWORD_VOCABULARIES,
  type KeywordLanguage,
  type KeywordVocabulary,
} from '@opi/taxonomy';
import {
  type KeywordEntry,
  keywordIndex,
  mayMatch,
  MIN_COMPOUND_PART,
} from './keyword-index';
import { normaliseLanguage, SIMPLE } from './languages';
import { stem, stemmingLanguage } from './stem';
import { isStopWord, NEUTRAL_PHRASES } from './stop-words';
import { type Word, words } from './tokenize';

/** How a keyword was found in a text. */
export type MatchKind = 'word' | 'phrase' | 'compound';

/** One occurrence of a taxonomy keyword in a text. */
export interface KeywordMatch {
  readonly entry: KeywordEntry;
  /** Word indices (into `words(text)`), `to` exclusive. */
  readonly from: number;
  readonly to: number;
  readonly kind: MatchKind;
  /** The text's word is the keyword itself, not just the same stem. */
  readonly sameWord: boolean;
  /** Length of the shared stem (word matches). */
  readonly stemLength: number;
}

/** The evidence a text holds for one taxonomy code. */
export interface CodeEvidence {
  readonly code: string;
  /** Sum of the matches' weights (see `MATCH_WEIGHTS`); > 0. */
  readonly weight: number;
  /** The text's words that evoked the code, as written, first occurrence first. */
  readonly matched: readonly string[];
  /** The keywords found, with the language of their list. */
  readonly keywords: readonly { keyword: string; language: string }[];
}

export interface AnalyseOptions {
  /**
   * Also count keywords of the other keyword languages (default true, at
   * `CROSS_LANGUAGE_WEIGHT`): users mix languages, and the language given
   * may be wrong.
   */
  crossLanguage?: boolean;
}

export interface TextAnalysis {
  /**
   * The text's language: the one given (normalised, e.g. 'dan' → 'da'), else
   * the keyword language whose keywords weigh most in it (ties: most stop
   * words), else 'und' (no keyword, no stop word).
   */
  readonly language: string;
  readonly languageGiven: boolean;
  /** The stemmer the terms were made with: `language`, or 'simple' (none). */
  readonly stemmer: string;
  /** Number of words, stop words included. */
  readonly wordCount: number;
  /** Stems of the content words with their counts (computed on first access). */
  readonly terms: ReadonlyMap<string, number>;
  /** The codes the text evokes per vocabulary, strongest first. */
  readonly codes: Readonly<Record<KeywordVocabulary, readonly CodeEvidence[]>>;
}

/**
 * Weight of one match: a phrase says more than one word; a compound part
 * ("demens" in "demensafsnit") as much as a whole word (measured: lowering it
 * loses recall and gains no precision); a keyword of another language than
 * the text's counts for less (`CROSS_LANGUAGE_WEIGHT`).
 */
export const MATCH_WEIGHTS: Readonly<Record<MatchKind, number>> = {
  word: 1,
  phrase: 1.25,
  compound: 1,
};
export const CROSS_LANGUAGE_WEIGHT = 0.7;
/** Closer than other pairs: Norwegian text read with Danish (and Swedish) keywords. */
const RELATED_LANGUAGE_WEIGHT: Readonly<Record<string, number>> = {
  'no:da': 0.9,
  'no:sv': 0.8,
  'da:no': 0.9,
  'sv:no': 0.8,
};
/** Across languages, a word must be the keyword itself or share a stem this long ("fall" ≠ Swedish "fall"). */
const MIN_CROSS_LANGUAGE_STEM = 5;
/** A compound's rest beyond a head keyword: "demens|afsnit", not "klinik|ere". */
const MIN_COMPOUND_REST = 4;
/** A compound's start before a tail keyword: "natte|vandring". */
const MIN_COMPOUND_START = 3;
/** Words that end or start like a keyword but are no compound of it: "for|ældre" (parents). */
const FALSE_COMPOUNDS = ['forældr', 'föräldr', 'foreldr'];
/**
 * Stems shorter than this collide ("répit" and "repas" are both "rep", "lære"
 * and "lærere" both "lær"): a word with such a stem must also look like the
 * keyword (`closeForm`).
 */
const MIN_SAFE_STEM = 4;
/** Span keys: from * SPAN + to (texts have fewer words than this). */
const SPAN = 1 << 20;
/** Stop words a phrase may skip where its keyword had some ("prévention des chutes"). */
const MAX_PHRASE_GAP = 3;

interface CodeTally {
  weight: number;
  matched: Set<string>;
  keywords: Map<string, { keyword: string; language: string }>;
  repeats: Map<string, number>;
}

interface Unit {
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

/** The neutral phrases by their first word. */
const NEUTRAL = new Map<string, string[][]>();
for (const phrase of NEUTRAL_PHRASES) {
  const ws = phrase.split(' ');
  NEUTRAL.set(ws[0], [...(NEUTRAL.get(ws[0]) ?? []), ws]);
}

function unitsOf(ws: readonly Word[]): Unit[][] {
  const units: Unit[][] = ws.map((word, i) => [
    { text: word.text, from: i, to: i + 1 },
  ]);
  for (let i = 0; i < ws.length; i++) {
    if (!ws[i].hyphenNext || (i > 0 && ws[i - 1].hyphenNext)) continue;
    let j = i;
    let text = ws[i].text;
    while (ws[j].hyphenNext && j + 1 < ws.length) text += ws[++j].text;
    units[i].push({ text, from: i, to: j + 1 });
  }
  return units;
}

function maskOf(ws: readonly Word[]): boolean[] {
  const mask = ws.map(() => false);
  for (let i = 0; i < ws.length; i++) {
    for (const phrase of NEUTRAL.get(ws[i].text) ?? []) {
      if (phrase.every((w, k) => ws[i + k]?.text === w)) {
        for (let k = 0; k < phrase.length; k++) mask[i + k] = true;
      }
    }
  }
  return mask;
}

/**
 * Every occurrence of a taxonomy keyword in `ws`, whatever the text's
 * language: each keyword language's keywords are looked for with that
 * language's stemmer. Which of them count, and how much, depends on the
 * text's language (`evidenceFor`).
 */
export function findKeywords(ws: readonly Word[]): KeywordMatch[] {
  const units = unitsOf(ws);
  const mask = maskOf(ws);
  const matches: KeywordMatch[] = [];

  for (const language of KEYWORD_LANGUAGES) {
    const phraseEnd = (entry: KeywordEntry, k: number, p: number): number => {
      if (k === entry.stems.length) return p;
      const maxGap = entry.gaps[k] ? MAX_PHRASE_GAP : 0;
      for (let gap = 0; p < ws.length && !mask[p]; gap++) {
        for (const unit of units[p]) {
          if (
            mayMatch(unit.text, language) &&
            stem(unit.text, language) === entry.stems[k]
          ) {
            const end = phraseEnd(entry, k + 1, unit.to);
            if (end > 0) return end;
          }
        }
        if (gap >= maxGap || !isStopWord(ws[p].text)) return -1;
        p++;
      }
      return -1;
    };

    for (let i = 0; i < ws.length; i++) {
      if (mask[i]) continue;
      for (const unit of units[i]) {
        if (unit.text.length < 2) continue;
        const known = lookUp(unit.text, language);
        for (const match of known.words) {
          matches.push({ ...match, from: unit.from, to: unit.to });
        }
        for (const entry of known.phrases) {
          const end = phraseEnd(entry, 1, unit.to);
          if (end > 0) {
            matches.push({
              entry,
              from: unit.from,
              to: end,
              kind: 'phrase',
              sameWord: false,
              stemLength: 0,
            });
          }
        }
      }
    }
  }
  return matches;
}

interface WordLookUp {
  /** Whole-word, inflected and compound matches of the word on its own. */
  readonly words: readonly Omit<KeywordMatch, 'from' | 'to'>[];
  /** Phrases that start with the word. */
  readonly phrases: readonly KeywordEntry[];
}

const LOOK_UPS = new Map<string, Map<string, WordLookUp>>();
const LOOK_UP_LIMIT = 50_000;

/** What `word` matches among the keywords of `language` (cached). */
function lookUp(word: string, language: KeywordLanguage): WordLookUp {
  let cache = LOOK_UPS.get(language);
  if (!cache) {
    cache = new Map();
    LOOK_UPS.set(language, cache);
  }
  let result = cache.get(word);
  if (result) return result;
  const index = keywordIndex();
  const s = mayMatch(word, language) ? stem(word, language) : undefined;
  const found: Omit<KeywordMatch, 'from' | 'to'>[] = [];
  for (const entry of (s && index.words.get(language)?.get(s)) || []) {
    if (
      (s as string).length < MIN_SAFE_STEM &&
      !closeForm(word, entry.parts[0])
    )
      continue;
    found.push({
      entry,
      kind: 'word',
      sameWord: word === entry.parts[0],
      stemLength: (s as string).length,
    });
  }
  const parts = index.compoundParts.get(language);
  if (parts && parts.size > 0) {
    for (const { entry, kind } of compoundParts(word, parts, language)) {
      found.push({
        entry,
        kind,
        sameWord: false,
        stemLength: kind === 'word' ? entry.parts[0].length : 0,
      });
    }
  }
  result = {
    words: found,
    phrases: (s && index.phrases.get(language)?.get(s)) || [],
  };
  if (cache.size >= LOOK_UP_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}

/** `word` is `keyword`, or an inflection of it: same start, a short different end. */
function closeForm(word: string, keyword: string): boolean {
  if (word.startsWith(keyword)) return true;
  let common = 0;
  while (common < word.length && word[common] === keyword[common]) common++;
  return common >= keyword.length - 1 && word.length <= keyword.length + 3;
}

/**
 * Inflectional endings a keyword of a compounding language may carry when the
 * stemmer leaves them ("äldreboende|t", "plejecenter|et"): such a word is the
 * keyword, not a compound of it.
 */
const ENDINGS: Readonly<Record<string, ReadonlySet<string>>> = {
  da: new Set([
    'e',
    'en',
    'et',
    'er',
    'ne',
    'ene',
    'erne',
    'ens',
    'ets',
    's',
    'n',
    't',
  ]),
  sv: new Set([
    'a',
    'e',
    'en',
    'et',
    'n',
    't',
    'na',
    'ar',
    'er',
    'or',
    's',
    'ns',
    'ts',
    'ens',
    'ets',
    'nas',
  ]),
  nl: new Set(['e', 'en', 's', 'es', 'je', 'jes']),
};

/**
 * Keywords that `word` (stem `s`) starts or ends with ("demens|afsnit",
 * "natte|vandring"), longest per vocabulary; a keyword followed by a mere
 * ending counts as the whole word.
 */
function compoundParts(
  word: string,
  parts: ReadonlyMap<string, KeywordEntry[]>,
  language: KeywordLanguage,
): { entry: KeywordEntry; kind: MatchKind }[] {
  if (word.length <= MIN_COMPOUND_PART) return [];
  if (FALSE_COMPOUNDS.some((w) => word.includes(w))) return [];
  const found = new Map<KeywordEntry, MatchKind>();
  const endings = ENDINGS[language];
  for (let n = MIN_COMPOUND_PART; n < word.length; n++) {
    const rest = word.length - n;
    const kind: MatchKind | undefined =
      rest >= MIN_COMPOUND_REST
        ? 'compound'
        : endings?.has(word.slice(n))
          ? 'word'
          : undefined;
    if (!kind) continue;
    for (const entry of parts.get(word.slice(0, n)) ?? []) {
      if (found.get(entry) !== 'word') found.set(entry, kind);
    }
  }
  // tails: of the word, and of the word without an ending ("aftenhjemmepleje|n")
  const forms = [word];
  for (const ending of endings ?? []) {
    if (word.endsWith(ending)) forms.push(word.slice(0, -ending.length));
  }
  for (const form of forms) {
    for (
      let p = MIN_COMPOUND_START;
      p <= form.length - MIN_COMPOUND_PART;
      p++
    ) {
      for (const entry of parts.get(form.slice(p)) ?? []) {
        if (!found.has(entry)) found.set(entry, 'compound');
      }
    }
  }
  if (found.size === 0) return [];
  // the word itself is the keyword: a whole-word match, not a compound
  const s = stem(word, language);
  const all = [...found.entries()]
    .filter(([entry]) => entry.stems[0] !== s)
    .map(([entry, kind]) => ({ entry, kind }));
  // "hjemmeplejegruppe" starts with "hjemme" and "hjemmepleje": keep the longer
  return all.filter(
    ({ entry: a }) =>
      !all.some(
        ({ entry: b }) =>
          b !== a &&
          b.vocabulary === a.vocabulary &&
          b.parts[0].length > a.parts[0].length &&
          b.parts[0].includes(a.parts[0]),
      ),
  );
}

/**
 * The most a keyword match can weigh in a text of `language`: 1 in a keyword
 * language, less in one without keyword lists (Norwegian, German, …).
 */
export function bestLanguageWeight(language: string): number {
  return Math.max(...KEYWORD_LANGUAGES.map((k) => languageWeight(k, language)));
}

function languageWeight(keywordLanguage: string, language: string): number {
  if (keywordLanguage === language) return 1;
  return (
    RELATED_LANGUAGE_WEIGHT[`${language}:${keywordLanguage}`] ??
    CROSS_LANGUAGE_WEIGHT
  );
}

/** The matches that count in a text of `language`. */
function usableFor(
  matches: readonly KeywordMatch[],
  ws: readonly Word[],
  language: string,
  options: AnalyseOptions,
): KeywordMatch[] {
  const crossLanguage = options.crossLanguage ?? true;
  return matches.filter((m) => {
    const cross = m.entry.language !== language;
    if (cross && !crossLanguage) return false;
    if (
      cross &&
      m.kind === 'word' &&
      !m.sameWord &&
      m.stemLength < MIN_CROSS_LANGUAGE_STEM
    ) {
      return false;
    }
    return (
      m.kind === 'phrase' ||
      m.to - m.from > 1 ||
      !isStopWord(ws[m.from].text, language)
    );
  });
}

/** Total weight of the matches that count in a text of `language`, overlaps and repeats included. */
function rawWeight(
  matches: readonly KeywordMatch[],
  ws: readonly Word[],
  language: string,
  options: AnalyseOptions,
): number {
  let sum = 0;
  for (const m of usableFor(matches, ws, language, options)) {
    sum += MATCH_WEIGHTS[m.kind] * languageWeight(m.entry.language, language);
  }
  return sum;
}

/**
 * The evidence per vocabulary and code that `matches` give for a text in
 * `language`. A longer match hides the shorter ones it overlaps in the same
 * vocabulary ("fall prevention" is not also "prevention"); a whole-word match
 * hides compound parts of that word; repeats of one keyword count 1, ½, ⅓, …
 */
export function evidenceFor(
  matches: readonly KeywordMatch[],
  ws: readonly Word[],
  language: string,
  text: string,
  options: AnalyseOptions = {},
): Record<KeywordVocabulary, CodeEvidence[]> {
  const usable = usableFor(matches, ws, language, options);

  const result = {} as Record<KeywordVocabulary, CodeEvidence[]>;
  for (const vocabulary of KEYWORD_VOCABULARIES) {
    const own = usable.filter((m) => m.entry.vocabulary === vocabulary);
    const whole = new Set<number>();
    for (const m of own)
      if (m.kind !== 'compound') whole.add(m.from * SPAN + m.to);
    const candidates = own
      .filter((m) => m.kind !== 'compound' || !whole.has(m.from * SPAN + m.to))
      .sort((a, b) => b.to - b.from - (a.to - a.from));
    const covered = new Uint16Array(ws.length);
    const accepted: KeywordMatch[] = [];
    for (const m of candidates) {
      const length = m.to - m.from;
      let hidden = false;
      for (let p = m.from; p < m.to; p++)
        if (covered[p] > length) hidden = true;
      if (hidden) continue;
      accepted.push(m);
      for (let p = m.from; p < m.to; p++)
        covered[p] = Math.max(covered[p], length);
    }
    accepted.sort((a, b) => a.from - b.from);

    // one span counts once per code, with its best match
    const best = new Map<string, { match: KeywordMatch; weight: number }>();
    for (const m of accepted) {
      const weight =
        MATCH_WEIGHTS[m.kind] * languageWeight(m.entry.language, language);
      const span = `${m.entry.code}@${m.from * SPAN + m.to}`;
      if ((best.get(span)?.weight ?? 0) < weight)
        best.set(span, { match: m, weight });
    }
    const byCode = new Map<string, CodeTally>();
    for (const { match: m, weight } of best.values()) {
      let tally = byCode.get(m.entry.code);
      if (!tally) {
        tally = {
          weight: 0,
          matched: new Set(),
          keywords: new Map(),
          repeats: new Map(),
        };
        byCode.set(m.entry.code, tally);
      }
      const key = m.entry.key;
      const repeat = (tally.repeats.get(key) ?? 0) + 1;
      tally.repeats.set(key, repeat);
      tally.weight += weight / repeat;
      tally.matched.add(text.slice(ws[m.from].start, ws[m.to - 1].end));
      tally.keywords.set(`${m.entry.language}:${m.entry.keyword}`, {
        keyword: m.entry.keyword,
        language: m.entry.language,
      });
    }
    result[vocabulary] = [...byCode.entries()]
      .map(([code, e]) => ({
        code,
        weight: Math.round(e.weight * 1000) / 1000,
        matched: [...e.matched],
        keywords: [...e.keywords.values()],
      }))
      .sort((a, b) => b.weight - a.weight || (a.code < b.code ? -1 : 1));
  }
  return result;
}

/** Stems (in `language`) of the content words of `ws`, with counts. */
export function termsOf(
  ws: readonly Word[],
  language: string,
): Map<string, number> {
  const terms = new Map<string, number>();
  for (const word of ws) {
    if (isStopWord(word.text, language === SIMPLE ? undefined : language))
      continue;
    const term = stem(word.text, language);
    terms.set(term, (terms.get(term) ?? 0) + 1);
  }
  return terms;
}

/**
 * Reads `text` (any of en, da, nl, fr, sv; de, no, fi are stemmed too and
 * matched against the other languages' keywords): its stemmed terms and the
 * taxonomy codes it evokes, with the evidence for each. With no `language`,
 * every keyword language is tried as the text's and the one whose keywords
 * weigh most kept (ties: the one with most stop words in the text). Language
 * detection proper is the caller's job.
 */
export function analyseText(
  text: string,
  language?: string | null,
  options: AnalyseOptions = {},
): TextAnalysis {
  const normal = text.normalize('NFKC');
  const ws = words(normal);
  const matches = findKeywords(ws);
  const given = normaliseLanguage(language);

  let chosen = given;
  if (!chosen) {
    let best = { weight: 0, stops: 0 };
    for (const candidate of KEYWORD_LANGUAGES) {
      const weight = rawWeight(matches, ws, candidate, options);
      const stops = ws.filter(
        (w) => w.text.length > 1 && isStopWord(w.text, candidate),
      ).length;
      if (
        weight > best.weight ||
        (weight === best.weight && stops > best.stops)
      ) {
        best = { weight, stops };
        chosen = candidate;
      }
    }
  }
  const codes = chosen
    ? evidenceFor(matches, ws, chosen, normal, options)
    : undefined;
  const stemmer = stemmingLanguage(chosen);
  let terms: Map<string, number> | undefined;
  return {
    language: chosen ?? 'und',
    languageGiven: given !== undefined,
    stemmer,
    wordCount: ws.length,
    // stemming every word is the slow part: only when asked for
    get terms() {
      terms ??= termsOf(ws, stemmer);
      return terms;
    },
    codes: codes ?? { careArea: [], targetGroup: [], setting: [] },
  };
}
