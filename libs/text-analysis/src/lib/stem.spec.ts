import { normaliseLanguage } from './languages';
import { stem, stemmingLanguage } from './stem';

describe('stem', () => {
  it.each([
    ['en', 'wandering', 'wander'],
    ['en', 'falls', 'fall'],
    ['da', 'plejehjemmet', 'plejehjem'],
    ['da', 'vandrer', 'vandr'],
    ['nl', 'ziekenhuis', 'ziekenhuis'],
    ['fr', 'chutes', 'chut'],
    ['fr', 'âgées', 'âgé'],
    ['sv', 'hemtjänsten', 'hemtjänst'],
    ['de', 'Pflegeheime'.toLowerCase(), 'pflegeheim'],
    ['no', 'sykehjemmene', 'sykehjemm'],
  ])('%s: %s → %s', (language, word, expected) => {
    expect(stem(word, language)).toBe(expected);
  });

  it('leaves words of unknown languages alone', () => {
    expect(stem('domów', 'pl')).toBe('domów');
    expect(stem('wandering', undefined)).toBe('wandering');
    expect(stemmingLanguage('pl')).toBe('simple');
  });

  it('accepts the spellings a caller may have', () => {
    expect(stem('plejehjemmet', 'da-DK')).toBe('plejehjem');
    expect(stem('plejehjemmet', 'dan')).toBe('plejehjem');
    expect(stem('plejehjemmet', 'danish')).toBe('plejehjem');
  });
});

describe('normaliseLanguage', () => {
  it.each([
    ['da', 'da'],
    ['DA', 'da'],
    ['sv-SE', 'sv'],
    ['nl_BE', 'nl'],
    ['eng', 'en'],
    ['fra', 'fr'],
    ['nob', 'no'],
    ['nb', 'no'],
    ['french', 'fr'],
    ['pl', 'pl'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseLanguage(input)).toBe(expected);
  });

  it.each([undefined, null, '', '  ', 'und', 'simple'])(
    '%p → undefined',
    (input) => {
      expect(normaliseLanguage(input)).toBeUndefined();
    },
  );
});
