import { pluralKey } from './plural-key';

describe('pluralKey', () => {
  const keys = { one: 'one', other: 'other' };

  it('follows each language’s plural rule', () => {
    expect(pluralKey(keys, 1, 'en')).toBe('one');
    expect(pluralKey(keys, 0, 'en')).toBe('other');
    expect(pluralKey(keys, 2, 'da')).toBe('other');
    expect(pluralKey(keys, 0, 'fr')).toBe('one');
    expect(pluralKey(keys, 0, 'nl')).toBe('other');
  });
});
