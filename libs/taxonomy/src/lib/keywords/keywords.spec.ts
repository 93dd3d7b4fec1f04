import { CARE_AREAS } from '../care-areas';
import { SETTINGS } from '../settings';
import { TARGET_GROUPS } from '../target-groups';
import {
  KEYWORD_LANGUAGES,
  KEYWORD_VOCABULARIES,
  type KeywordsByLanguage,
  TAXONOMY_KEYWORDS,
} from './index';

const CODES: Record<string, readonly string[]> = {
  careArea: CARE_AREAS,
  targetGroup: TARGET_GROUPS,
  setting: SETTINGS,
};

const LISTS: [string, string, string, readonly string[]][] =
  KEYWORD_VOCABULARIES.flatMap((vocabulary) =>
    Object.entries(
      TAXONOMY_KEYWORDS[vocabulary] as Record<string, KeywordsByLanguage>,
    ).flatMap(([code, byLanguage]) =>
      KEYWORD_LANGUAGES.map(
        (lang) =>
          [vocabulary, code, lang, byLanguage[lang]] as [
            string,
            string,
            string,
            readonly string[],
          ],
      ),
    ),
  );

describe('taxonomy keywords', () => {
  it.each(KEYWORD_VOCABULARIES)('%s covers exactly its codes', (vocabulary) => {
    expect(Object.keys(TAXONOMY_KEYWORDS[vocabulary]).sort()).toEqual(
      [...CODES[vocabulary]].sort(),
    );
  });

  it('has 39 codes × 5 languages', () => {
    expect(LISTS).toHaveLength(39 * 5);
  });

  describe.each(LISTS)('%s %s (%s)', (_vocabulary, _code, _lang, words) => {
    it('has 6 to 15 keywords', () => {
      expect(words.length).toBeGreaterThanOrEqual(6);
      expect(words.length).toBeLessThanOrEqual(15);
    });

    it('has no duplicates', () => {
      expect(new Set(words).size).toBe(words.length);
    });

    it('is lower case, trimmed, single-spaced', () => {
      for (const word of words) {
        expect(word).toBe(word.toLowerCase());
        expect(word).toBe(word.trim());
        expect(word).not.toMatch(/\s{2,}/);
        expect(word).toMatch(/\p{L}/u);
      }
    });
  });
});
