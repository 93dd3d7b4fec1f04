import { HeadingIds, headingSlug } from './heading-ids';

describe('headingSlug', () => {
  it('lower-cases, drops punctuation and joins words with hyphens', () => {
    expect(headingSlug('Questions to answer?')).toBe('questions-to-answer');
    expect(headingSlug('Tools & templates')).toBe('tools--templates');
  });

  it('keeps letters outside ASCII', () => {
    expect(headingSlug('Tjekliste for virksomhedens første skridt')).toBe(
      'tjekliste-for-virksomhedens-første-skridt',
    );
    expect(headingSlug('Liste de contrôle : entreprise')).toBe(
      'liste-de-contrôle--entreprise',
    );
  });
});

describe('HeadingIds', () => {
  it('numbers repeated headings', () => {
    const ids = new HeadingIds();
    expect(
      ['Pitfalls', 'Pitfalls', 'Pitfalls-1', 'Pitfalls'].map((t) =>
        ids.next(t),
      ),
    ).toEqual(['pitfalls', 'pitfalls-1', 'pitfalls-1-1', 'pitfalls-2']);
  });
});
