// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the ambient types of snowball-stemmers must reach every program that compiles this file (the API and its ts-jest included)
/// <reference path="./snowball-stemmers.d.ts" />
import { newStemmer, type SnowballStemmer } from 'snowball-stemmers';
import { normaliseLanguage, SIMPLE, STEMMER_ALGORITHMS } from './languages';

const STEMMERS = new Map<string, SnowballStemmer | null>();
const CACHES = new Map<string, Map<string, string>>();
/** Per-language cache bound: enough for a large corpus, small enough to never matter. */
const CACHE_LIMIT = 50_000;

function stemmerOf(language: string): SnowballStemmer | null {
  let stemmer = STEMMERS.get(language);
  if (stemmer === undefined) {
    const algorithm = STEMMER_ALGORITHMS[language];
    stemmer = algorithm ? newStemmer(algorithm) : null;
    STEMMERS.set(language, stemmer);
  }
  return stemmer;
}

/**
 * The language whose stemmer `stem` uses for `language` (normalised as by
 * `normaliseLanguage`): itself when supported, else 'simple' (no stemming).
 */
export function stemmingLanguage(language: string | null | undefined): string {
  const code = normaliseLanguage(language);
  return code && STEMMER_ALGORITHMS[code] ? code : SIMPLE;
}

/**
 * Snowball stem of `word` (lower case it first, as `words` does) in
 * `language`. Unknown languages leave the word as it is. Stemmers and their
 * results are cached.
 */
export function stem(
  word: string,
  language: string | null | undefined,
): string {
  const code = stemmingLanguage(language);
  if (code === SIMPLE) return word;
  let cache = CACHES.get(code);
  if (!cache) {
    cache = new Map();
    CACHES.set(code, cache);
  }
  let result = cache.get(word);
  if (result === undefined) {
    result = (stemmerOf(code) as SnowballStemmer).stem(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, result);
  }
  return result;
}
