import { LocalDatePipe } from './local-date.pipe';
import { LocalNumberPipe } from './local-number.pipe';

describe('local date and number pipes', () => {
  it('write a date the reader’s way', () => {
    const pipe = new LocalDatePipe();
    expect(pipe.transform('2026-12-01T12:00:00.000Z', 'en')).toBe(
      'Dec 1, 2026',
    );
    expect(pipe.transform('2026-12-01T12:00:00.000Z', 'da')).toBe(
      '1. dec. 2026',
    );
    expect(pipe.transform('not a date', 'en')).toBe('not a date');
    expect(pipe.transform(null, 'en')).toBe('');
  });

  it('write a number the reader’s way', () => {
    const pipe = new LocalNumberPipe();
    expect(pipe.transform(367000, 'en')).toBe('367,000');
    expect(pipe.transform(367000, 'da')).toBe('367.000');
    expect(pipe.transform(null, 'en')).toBe('');
  });
});
