import { CountryNamePipe } from './country-name.pipe';

describe('CountryNamePipe', () => {
  const pipe = new CountryNamePipe();

  it('names a country in the reader’s language', () => {
    expect(pipe.transform('DK', 'en')).toBe('Denmark');
    expect(pipe.transform('DK', 'da')).toBe('Danmark');
    expect(pipe.transform('dk', 'fr')).toBe('Danemark');
  });

  it('shows what it got when it is not a country code', () => {
    expect(pipe.transform('Atlantis', 'en')).toBe('Atlantis');
    expect(pipe.transform(null, 'en')).toBe('');
  });
});
