import { type UiLanguage } from './languages';
import { codesOf, isKnownCode, labelOf, VOCABULARIES } from './vocabulary';

describe('labelOf', () => {
  it('returns the label in the requested language', () => {
    expect(labelOf('careArea', 'dementia', 'da')).toBe('Demens');
    expect(labelOf('setting', 'nursing-home', 'nl')).toBe(
      'Verpleeghuis / woonzorgcentrum',
    );
    expect(labelOf('organisationKind', 'municipality', 'fr')).toBe('Commune');
    expect(labelOf('partnershipStage', 'testing', 'da')).toBe('Afprøvning');
    expect(labelOf('targetGroup', 'informal-carers', 'en')).toBe(
      'Informal carers',
    );
  });

  it('labels a TRL given as a number or as its string', () => {
    expect(labelOf('trl', 7, 'en')).toBe(
      'TRL 7 – System prototype demonstration in operational environment',
    );
    expect(labelOf('trl', '7', 'fr')).toBe(labelOf('trl', 7, 'fr'));
  });

  it('falls back to English for a language the interface does not have', () => {
    expect(labelOf('careArea', 'copd', 'sv' as UiLanguage)).toBe('COPD');
    expect(labelOf('careArea', 'copd', 'constructor' as UiLanguage)).toBe(
      'COPD',
    );
  });

  it('falls back to the code itself for an unknown code', () => {
    expect(labelOf('careArea', 'astrology', 'da')).toBe('astrology');
    expect(labelOf('trl', 10, 'nl')).toBe('10');
    expect(labelOf('careArea', 'toString', 'en')).toBe('toString');
    expect(labelOf('careArea', 'dementia'.toUpperCase(), 'en')).toBe(
      'DEMENTIA',
    );
  });

  it('does not mix up vocabularies', () => {
    expect(labelOf('setting', 'dementia', 'da')).toBe('dementia');
    expect(labelOf('nonsense' as never, 'dementia', 'da')).toBe('dementia');
  });
});

describe('isKnownCode', () => {
  it('accepts every code of every vocabulary', () => {
    for (const vocabulary of VOCABULARIES) {
      expect(codesOf(vocabulary).length).toBeGreaterThan(0);
      for (const code of codesOf(vocabulary))
        expect(isKnownCode(vocabulary, code)).toBe(true);
    }
  });

  it('rejects codes from another vocabulary, near misses and prototype names', () => {
    expect(isKnownCode('careArea', 'home')).toBe(false);
    expect(isKnownCode('careArea', 'Dementia')).toBe(false);
    expect(isKnownCode('careArea', ' dementia')).toBe(false);
    expect(isKnownCode('careArea', 'constructor')).toBe(false);
    expect(isKnownCode('organisationKind', 'knowledge-institution')).toBe(
      false,
    );
    expect(isKnownCode('nonsense' as never, 'home')).toBe(false);
  });

  it('knows TRL 1 to 9 and nothing else', () => {
    expect(isKnownCode('trl', 1)).toBe(true);
    expect(isKnownCode('trl', '9')).toBe(true);
    expect(isKnownCode('trl', 0)).toBe(false);
    expect(isKnownCode('trl', 10)).toBe(false);
    expect(isKnownCode('trl', 6.5)).toBe(false);
    expect(isKnownCode('trl', '07')).toBe(false);
  });
});
