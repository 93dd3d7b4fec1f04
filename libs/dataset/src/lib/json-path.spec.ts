import { formatJsonPath, parseJsonPointer } from './json-path';

describe('formatJsonPath', () => {
  it('writes keys with dots and indexes in brackets', () => {
    expect(formatJsonPath([])).toBe('$');
    expect(formatJsonPath(['needs', 3, 'minTrl'])).toBe('$.needs[3].minTrl');
  });

  it('quotes keys that are not plain identifiers', () => {
    expect(formatJsonPath(['relevant', 'off-a'])).toBe("$.relevant['off-a']");
    expect(formatJsonPath(['relevant', "it's \\ odd"])).toBe(
      "$.relevant['it\\'s \\\\ odd']",
    );
    expect(formatJsonPath(['relevant', '2024'])).toBe("$.relevant['2024']");
    expect(formatJsonPath(['relevant', ''])).toBe("$.relevant['']");
  });
});

describe('parseJsonPointer', () => {
  const doc = {
    needs: [{ minTrl: 0 }],
    relevant: { '2024': 1, 'a/b': 1, 'c~d': 1 },
  };

  it('reads array indexes as numbers only inside arrays', () => {
    expect(parseJsonPointer('', doc)).toEqual([]);
    expect(parseJsonPointer('/needs/0/minTrl', doc)).toEqual([
      'needs',
      0,
      'minTrl',
    ]);
    expect(parseJsonPointer('/relevant/2024', doc)).toEqual([
      'relevant',
      '2024',
    ]);
  });

  it('unescapes ~1 and ~0', () => {
    expect(parseJsonPointer('/relevant/a~1b', doc)).toEqual([
      'relevant',
      'a/b',
    ]);
    expect(parseJsonPointer('/relevant/c~0d', doc)).toEqual([
      'relevant',
      'c~d',
    ]);
  });

  it('keeps going past values that are missing', () => {
    expect(parseJsonPointer('/nothing/0/x', doc)).toEqual([
      'nothing',
      '0',
      'x',
    ]);
  });
});
