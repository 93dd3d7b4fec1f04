import { TaxonomyLabelPipe } from './taxonomy-label.pipe';

describe('TaxonomyLabelPipe', () => {
  const pipe = new TaxonomyLabelPipe();

  it('labels a taxonomy code in the reader’s language', () => {
    expect(pipe.transform('dementia', 'careArea', 'en')).toBe('Dementia');
    expect(pipe.transform('dementia', 'careArea', 'da')).toBe('Demens');
    expect(pipe.transform(6, 'trl', 'en')).toMatch(/^TRL 6 – /);
  });
});
