import {
  KEYWORD_LANGUAGES,
  type KeywordsByLanguage,
  TAXONOMY_KEYWORDS,
} from '@opi/taxonomy';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keywordIndex, keywordParts, mayMatch } from './keyword-index';
import { stem } from './stem';
import { words } from './tokenize';

const ALL: [string, string, string, string][] = Object.entries(
  TAXONOMY_KEYWORDS,
).flatMap(([vocabulary, codes]) =>
  Object.entries(codes as Record<string, KeywordsByLanguage>).flatMap(
    ([code, byLanguage]) =>
      KEYWORD_LANGUAGES.flatMap((language) =>
        byLanguage[language].map(
          (keyword) =>
            [vocabulary, code, language, keyword] as [
              string,
              string,
              string,
              string,
            ],
        ),
      ),
  ),
);

describe('keyword index', () => {
  it('is built once', () => {
    expect(keywordIndex()).toBe(keywordIndex());
  });

  it('joins hyphenated words and leaves out stop words', () => {
    expect(keywordParts('well-being', 'en')).toEqual(['wellbeing']);
    expect(keywordParts('people with dementia', 'en')).toEqual([
      'people',
      'dementia',
    ]);
    expect(keywordParts('prévention des chutes', 'fr')).toEqual([
      'prévention',
      'chutes',
    ]);
    expect(keywordParts('social- og sundhedsassistenter', 'da')).toEqual([
      'social',
      'sundhedsassistenter',
    ]);
  });

  it('indexes every keyword', () => {
    const entries = keywordIndex().entries;
    // "well-being" and "wellbeing" are one entry
    expect(entries.length).toBeGreaterThan(ALL.length * 0.95);
    expect(entries.length).toBeLessThanOrEqual(ALL.length);
  });

  // A phrase whose other words are all stop words would match its one
  // remaining word everywhere: write that word, or a more specific phrase.
  it('keeps two content words of every multi-word keyword', () => {
    const collapsed = ALL.filter(
      ([, , language, keyword]) =>
        keyword.includes(' ') && keywordParts(keyword, language).length < 2,
    );
    expect(collapsed).toEqual([]);
  });

  it('keeps a content word of every keyword', () => {
    expect(
      ALL.filter(
        ([, , language, keyword]) =>
          keywordParts(keyword, language).length === 0,
      ),
    ).toEqual([]);
  });
});

describe('mayMatch', () => {
  // It spares stemming; it must never hide a word that stems like a keyword.
  it('lets through every word that stems to a keyword word', () => {
    const text = ['matching-dev.json', 'matching-dev-hard.json']
      .map((f) =>
        readFileSync(join(__dirname, '../../../dataset/testdata', f), 'utf8'),
      )
      .join(' ');
    const samples = [
      ...new Set([
        ...words(text).map((w) => w.text),
        'living',
        'dying',
        'disabilities',
        'hôpitaux',
        'mogelijkheden',
        'weken',
        'hjemmene',
      ]),
    ];
    const index = keywordIndex();
    const missed: string[] = [];
    for (const language of KEYWORD_LANGUAGES) {
      const stems = new Set(
        index.entries
          .filter((e) => e.language === language)
          .flatMap((e) => e.stems),
      );
      for (const word of samples) {
        if (stems.has(stem(word, language)) && !mayMatch(word, language)) {
          missed.push(`${language}:${word}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('spares most words', () => {
    const sample = words(
      'The quarterly budget report is due next week; please send comments.',
    );
    expect(sample.filter((w) => mayMatch(w.text, 'en')).length).toBeLessThan(3);
  });
});
