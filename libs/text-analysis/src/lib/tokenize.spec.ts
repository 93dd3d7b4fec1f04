import { isStopWord, STOP_WORDS } from './stop-words';
import { tokenize, words } from './tokenize';

describe('words', () => {
  it('keeps letters of every script with their accents, in lower case', () => {
    expect(
      words('Ældre på PLEJEHJEMMET – résidents âgés, Ça va? Straße').map(
        (w) => w.text,
      ),
    ).toEqual([
      'ældre',
      'på',
      'plejehjemmet',
      'résidents',
      'âgés',
      'ça',
      'va',
      'straße',
    ]);
  });

  it('normalises to NFKC: decomposed accents, ligatures and full-width letters', () => {
    const decomposed = 'de\u0301mence'; // e + combining acute
    expect(words(decomposed)[0].text).toBe('démence');
    expect(words('ﬁnance ＣＯＰＤ')[0].text).toBe('finance');
    expect(words('ﬁnance ＣＯＰＤ')[1].text).toBe('copd');
  });

  it('splits on punctuation and apostrophes, keeps digits', () => {
    expect(
      words("l’EHPAD d'Alzheimer's type-2 (2024)!").map((w) => w.text),
    ).toEqual(['l', 'ehpad', 'd', 'alzheimer', 's', 'type', '2', '2024']);
  });

  it('gives offsets into the NFKC text and marks hyphen joins', () => {
    const ws = words('Well-being for KOL-patienter - og andre');
    expect(ws.map((w) => [w.surface, w.hyphenNext])).toEqual([
      ['Well', true],
      ['being', false],
      ['for', false],
      ['KOL', true],
      ['patienter', false],
      ['og', false],
      ['andre', false],
    ]);
    expect('Well-being for KOL-patienter'.slice(ws[3].start, ws[4].end)).toBe(
      'KOL-patienter',
    );
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(words('')).toEqual([]);
    expect(words(' …!? — ')).toEqual([]);
  });
});

describe('tokenize', () => {
  it('drops the stop words of the language', () => {
    expect(
      tokenize('Beboere med demens vandrer om natten på plejehjemmet', 'da'),
    ).toEqual(['beboere', 'demens', 'vandrer', 'natten', 'plejehjemmet']);
    expect(tokenize('Les résidents de l’EHPAD', 'fr')).toEqual([
      'résidents',
      'ehpad',
    ]);
  });

  it('drops the stop words of every language when none is given', () => {
    expect(tokenize('the residents and de bewoners och de boende')).toEqual([
      'residents',
      'bewoners',
      'boende',
    ]);
  });

  it('accepts regional and ISO 639-3 codes', () => {
    expect(tokenize('ouderen in het verpleeghuis', 'nl-BE')).toEqual([
      'ouderen',
      'verpleeghuis',
    ]);
    expect(tokenize('äldre på äldreboendet', 'swe')).toEqual([
      'äldre',
      'äldreboendet',
    ]);
  });
});

describe('stop words', () => {
  it('has a list for each keyword language (and de, no)', () => {
    for (const language of ['en', 'da', 'nl', 'fr', 'sv', 'de', 'no']) {
      expect(STOP_WORDS[language].size).toBeGreaterThan(50);
    }
  });

  it('treats single letters as stop words', () => {
    expect(isStopWord('l', 'fr')).toBe(true);
    expect(isStopWord('s', 'en')).toBe(true);
  });
});
