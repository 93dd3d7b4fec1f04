import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it.each([
    ['Om natten vandrer beboerne rundt på plejecentret, og personalet opdager det for sent.', 'da'],
    ['Patiënten met COPD worden vaak heropgenomen kort na ontslag uit het ziekenhuis.', 'nl'],
    ['Les patients atteints d’insuffisance cardiaque sont souvent réhospitalisés après leur sortie.', 'fr'],
    ['Residents with dementia walk out of their rooms at night and staff find out too late.', 'en'],
  ])('reads %s as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('says English when the text is too short to tell', () => {
    expect(detectLanguage('OK')).toBe('en');
  });
});
