import {
  COMPOUNDING_LANGUAGES,
  isStopWord,
  NEUTRAL_PHRASES,
  normaliseLanguage,
  stem,
  type Word,
  words,
} from '@opi/text-analysis';
import {
  CARE_LEXICON,
  type ConceptFacet,
  type LexiconConcept,
  type LexiconLanguage,
  LEXICON_LANGUAGES,
} from './care-lexicon';
import { EVERYDAY_LEXICON } from './everyday-lexicon';

/** Both lexicons: topical concepts and everyday words. */
export const ALL_CONCEPTS: readonly LexiconConcept[] = [
  ...CARE_LEXICON,
  ...EVERYDAY_LEXICON,
];

/**
 * Expressions that contain a lexicon word without meaning it ("fall asleep",
 * Danish "i hvert fald" = anyway), besides `@opi/text-analysis`'
 * `NEUTRAL_PHRASES`. Lower case, as written.
 */
const EXTRA_NEUTRAL_PHRASES: readonly string[] = [
  'fall asleep',
  'falls asleep',
  'falling asleep',
  'fell asleep',
  'falde i søvn',
  'falder i søvn',
  'faldt i søvn',
  'in slaap valt',
  'in slaap vallen',
  'tomber malade',
  'falle i søvn',
  'faller i søvn',
  'sovna',
  'de plus en plus',
];

/** Stems shorter than this collide across words: such entries match only as written. */
const MIN_STEM_LENGTH = 4;
/** A compound part (head or tail) must have this many letters. */
const MIN_PART_LENGTH = 4;
/** A part found inside a compound (neither head nor tail) must have this many letters. */
const MIN_INNER_PART_LENGTH = 6;
/** What a compound's head or tail leaves over must have this many letters. */
const MIN_COMPOUND_REST = 3;
/** Longest phrase in content words. */
const MAX_PHRASE = 3;
/** A loanword must have this many letters ("app" and "fall" are too short to trust). */
const MIN_LOANWORD_LENGTH = 5;

/** How a concept was found in a text. */
export type ConceptMatchKind = 'word' | 'phrase' | 'compound' | 'loanword';

interface LanguageIndex {
  readonly byWord: Map<string, string[]>;
  readonly byStem: Map<string, string[]>;
  readonly phrases: Map<string, string[]>;
  readonly parts: Map<string, string[]>;
}

export interface ConceptIndex {
  readonly concepts: ReadonlyMap<string, LexiconConcept>;
  readonly languages: ReadonlyMap<LexiconLanguage, LanguageIndex>;
  readonly neutral: ReadonlyMap<string, readonly string[][]>;
}

function add(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

/** Content words of a lexicon entry: hyphenated words joined, stop words left out. */
function entryWords(entry: string, language: string): string[] {
  const result: string[] = [];
  let joined = '';
  for (const word of words(entry)) {
    joined += word.text;
    if (word.hyphenNext) continue;
    if (!isStopWord(joined, language)) result.push(joined);
    joined = '';
  }
  return result;
}

function build(): ConceptIndex {
  const concepts = new Map<string, LexiconConcept>();
  const languages = new Map<LexiconLanguage, LanguageIndex>();
  for (const language of LEXICON_LANGUAGES) {
    languages.set(language, {
      byWord: new Map(),
      byStem: new Map(),
      phrases: new Map(),
      parts: new Map(),
    });
  }
  for (const concept of ALL_CONCEPTS) {
    if (concepts.has(concept.id))
      throw new Error(`Duplicate lexicon concept ${concept.id}`);
    concepts.set(concept.id, concept);
    for (const language of LEXICON_LANGUAGES) {
      const index = languages.get(language) as LanguageIndex;
      for (const entry of (concept.terms[language] ?? '').split('|')) {
        const written = entry.trim().split(/\s+/).filter(Boolean).length;
        const content = entryWords(entry, language);
        if (content.length === 0) continue;
        // "follow up" without its stop word is "follow": too vague to keep
        if (written > 1 && content.length === 1 && !entry.includes('-'))
          continue;
        if (content.length === 1) {
          const word = content[0];
          const s = stem(word, language);
          add(index.byWord, word, concept.id);
          if (s.length >= MIN_STEM_LENGTH) add(index.byStem, s, concept.id);
          if (COMPOUNDING_LANGUAGES.has(language)) {
            if (word.length >= MIN_PART_LENGTH)
              add(index.parts, word, concept.id);
            if (s.length >= MIN_PART_LENGTH) add(index.parts, s, concept.id);
          }
        } else {
          const key = content
            .slice(0, MAX_PHRASE)
            .map((w) => stem(w, language))
            .join(' ');
          add(index.phrases, key, concept.id);
        }
      }
    }
  }
  const neutral = new Map<string, string[][]>();
  for (const phrase of [...NEUTRAL_PHRASES, ...EXTRA_NEUTRAL_PHRASES]) {
    const ws = phrase.split(' ');
    neutral.set(ws[0], [...(neutral.get(ws[0]) ?? []), ws]);
  }
  return { concepts, languages, neutral };
}

let INDEX: ConceptIndex | undefined;

/** The lexicon, stemmed and indexed (built on first use, ~50–150 ms). */
export function conceptIndex(): ConceptIndex {
  INDEX ??= build();
  return INDEX;
}

/** The lexicon language a text of `language` is read with (undefined: none). */
export function lexiconLanguageOf(
  language: string | null | undefined,
): LexiconLanguage | undefined {
  const code = normaliseLanguage(language);
  return (LEXICON_LANGUAGES as readonly string[]).includes(code ?? '')
    ? (code as LexiconLanguage)
    : undefined;
}

export function conceptLabel(id: string): string {
  return conceptIndex().concepts.get(id)?.label ?? id;
}

const WORD_CACHE = new Map<string, readonly ConceptHit[]>();
const WORD_CACHE_LIMIT = 50_000;

interface ConceptHit {
  readonly id: string;
  readonly kind: ConceptMatchKind;
}

function hitsOfWord(
  word: string,
  language: LexiconLanguage,
  index: ConceptIndex,
): readonly ConceptHit[] {
  const key = `${language}:${word}`;
  const cached = WORD_CACHE.get(key);
  if (cached) return cached;
  const lang = index.languages.get(language) as LanguageIndex;
  const hits: ConceptHit[] = [];
  const seen = new Set<string>();
  const push = (ids: readonly string[] | undefined, kind: ConceptMatchKind) => {
    for (const id of ids ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      hits.push({ id, kind });
    }
  };
  const s = stem(word, language);
  push(lang.byWord.get(word), 'word');
  if (s.length >= MIN_STEM_LENGTH) push(lang.byStem.get(s), 'word');
  if (
    hits.length === 0 &&
    COMPOUNDING_LANGUAGES.has(language) &&
    word.length >= MIN_PART_LENGTH + MIN_COMPOUND_REST
  ) {
    for (const id of compoundParts(word, s, lang.parts)) push([id], 'compound');
  }
  if (
    hits.length === 0 &&
    language !== 'en' &&
    word.length >= MIN_LOANWORD_LENGTH
  ) {
    // English loanwords in other languages' texts ("dashboard", "tracker")
    const en = index.languages.get('en') as LanguageIndex;
    push(en.byWord.get(word), 'loanword');
  }
  if (WORD_CACHE.size >= WORD_CACHE_LIMIT) WORD_CACHE.clear();
  WORD_CACHE.set(key, hits);
  return hits;
}

/**
 * Concepts of the parts of a compound: its longest known head ("natte|…"),
 * its longest known tail, of the word or of its stem ("…|vandring|er"), and
 * known parts of ≥ 6 letters inside it ("natte|vandrings|alarm").
 */
function compoundParts(
  word: string,
  wordStem: string,
  parts: ReadonlyMap<string, string[]>,
): string[] {
  const found = new Set<string>();
  for (let n = word.length - MIN_COMPOUND_REST; n >= MIN_PART_LENGTH; n--) {
    const ids = parts.get(word.slice(0, n));
    if (ids) {
      for (const id of ids) found.add(id);
      break;
    }
  }
  for (const form of wordStem === word ? [word] : [word, wordStem]) {
    for (let p = MIN_COMPOUND_REST; p <= form.length - MIN_PART_LENGTH; p++) {
      const ids = parts.get(form.slice(p));
      if (ids) {
        for (const id of ids) found.add(id);
        break;
      }
    }
  }
  for (
    let p = MIN_COMPOUND_REST;
    p < word.length - MIN_INNER_PART_LENGTH;
    p++
  ) {
    for (
      let n = word.length - MIN_COMPOUND_REST;
      n >= p + MIN_INNER_PART_LENGTH;
      n--
    ) {
      const ids = parts.get(word.slice(p, n));
      if (ids) for (const id of ids) found.add(id);
    }
  }
  return [...found];
}

/** One concept found in a text. */
export interface ConceptOccurrence {
  readonly id: string;
  readonly kind: ConceptMatchKind;
  /** The words as written. */
  readonly surface: string;
}

/**
 * Every occurrence of a lexicon concept in `ws` (from `words(text)`), read as
 * `language`: words by their stem, phrases as sequences of content words,
 * compounds by their parts, English loanwords in other languages. Texts in a
 * language without lexicon entries (fi, unknown) are read with every
 * lexicon language, as written (no stemming).
 */
export function findConcepts(
  ws: readonly Word[],
  language: string | null | undefined,
): ConceptOccurrence[] {
  const index = conceptIndex();
  const lexiconLanguage = lexiconLanguageOf(language);
  const mask = maskOf(ws, index);
  const result: ConceptOccurrence[] = [];

  if (!lexiconLanguage) {
    for (let i = 0; i < ws.length; i++) {
      if (mask[i] || isStopWord(ws[i].text)) continue;
      const seen = new Set<string>();
      for (const lang of index.languages.values()) {
        for (const id of lang.byWord.get(ws[i].text) ?? []) {
          if (seen.has(id)) continue;
          seen.add(id);
          result.push({ id, kind: 'loanword', surface: ws[i].surface });
        }
      }
    }
    return result;
  }

  const lang = index.languages.get(lexiconLanguage) as LanguageIndex;
  // content words with their stems; hyphenated words ("night-time",
  // "KOL-patienter") are one word, read joined and part by part
  const content: { text: string; surface: string; stem: string }[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (mask[i]) continue;
    const run = [ws[i]];
    while (ws[i].hyphenNext && i + 1 < ws.length && !mask[i + 1])
      run.push(ws[++i]);
    const text = run.map((w) => w.text).join('');
    const surface = run.map((w) => w.surface).join('-');
    const forms = run.length > 1 ? [text, ...run.map((w) => w.text)] : [text];
    const seen = new Set<string>();
    for (const form of forms) {
      if (isStopWord(form, lexiconLanguage)) continue;
      for (const hit of hitsOfWord(form, lexiconLanguage, index)) {
        if (seen.has(hit.id)) continue;
        seen.add(hit.id);
        result.push({ id: hit.id, kind: hit.kind, surface });
      }
    }
    if (isStopWord(text, lexiconLanguage)) continue;
    content.push({ text, surface, stem: stem(text, lexiconLanguage) });
  }
  for (let i = 0; i < content.length; i++) {
    let key = content[i].stem;
    for (let n = 2; n <= MAX_PHRASE && i + n <= content.length; n++) {
      key += ` ${content[i + n - 1].stem}`;
      for (const id of lang.phrases.get(key) ?? []) {
        result.push({
          id,
          kind: 'phrase',
          surface: content
            .slice(i, i + n)
            .map((c) => c.surface)
            .join(' '),
        });
      }
    }
  }
  return result;
}

function maskOf(ws: readonly Word[], index: ConceptIndex): boolean[] {
  const mask = ws.map(() => false);
  for (let i = 0; i < ws.length; i++) {
    for (const phrase of index.neutral.get(ws[i].text) ?? []) {
      if (phrase.every((w, k) => ws[i + k]?.text === w)) {
        for (let k = 0; k < phrase.length; k++) mask[i + k] = true;
      }
    }
  }
  return mask;
}

/**
 * The facet of a word's concepts in `language`: 'topic' when any of them is
 * topical, else 'generic' or 'context'; undefined when the word evokes none.
 */
export function facetOfWord(
  word: string,
  language: string | null | undefined,
): ConceptFacet | undefined {
  const lexiconLanguage = lexiconLanguageOf(language);
  if (!lexiconLanguage) return undefined;
  const index = conceptIndex();
  let facet: ConceptFacet | undefined;
  for (const hit of hitsOfWord(word, lexiconLanguage, index)) {
    const f = index.concepts.get(hit.id)?.facet ?? 'topic';
    if (f === 'topic') return 'topic';
    if (facet !== 'generic') facet = f;
  }
  return facet;
}
