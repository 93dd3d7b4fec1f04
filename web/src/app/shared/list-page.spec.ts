import { wholeNumber } from './list-page';

describe('wholeNumber', () => {
  it('reads a whole number within range', () => {
    expect(wholeNumber('3', 1, 10, 1)).toBe(3);
  });

  it('falls back for anything else', () => {
    expect(wholeNumber(undefined, 1, 10, 1)).toBe(1);
    expect(wholeNumber('2.5', 1, 10, 1)).toBe(1);
    expect(wholeNumber('0', 1, 10, 1)).toBe(1);
    expect(wholeNumber('11', 1, 10, 20)).toBe(20);
    expect(wholeNumber('abc', 1, 10, 1)).toBe(1);
  });
});
