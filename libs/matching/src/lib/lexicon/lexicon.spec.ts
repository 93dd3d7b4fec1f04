import { words } from '@opi/text-analysis';
import { CARE_LEXICON, LEXICON_LANGUAGES } from './care-lexicon';
import { ALL_CONCEPTS, conceptIndex, findConcepts } from './concept-index';
import { EVERYDAY_LEXICON } from './everyday-lexicon';

const idsIn = (text: string, language: string) =>
  new Set(findConcepts(words(text), language).map((c) => c.id));

describe('the concept lexicon', () => {
  it('has unique ids and entries in every lexicon language', () => {
    const ids = ALL_CONCEPTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(CARE_LEXICON.length).toBeGreaterThan(80);
    expect(EVERYDAY_LEXICON.length).toBeGreaterThan(30);
    for (const concept of ALL_CONCEPTS) {
      for (const language of LEXICON_LANGUAGES) {
        expect([
          concept.id,
          language,
          (concept.terms[language] ?? '').length > 0,
        ]).toEqual([concept.id, language, true]);
      }
    }
    expect(conceptIndex().concepts.size).toBe(ids.length);
  });

  it.each([
    ['en', 'Residents with dementia wander at night'],
    ['da', 'Beboere med demens vandrer om natten'],
    ['nl', 'Bewoners met dementie dwalen ’s nachts'],
    ['fr', 'Des résidents atteints de démence errent la nuit'],
    ['sv', 'Boende med demens vandrar på natten'],
    ['de', 'Bewohner mit Demenz irren nachts umher und wollen weglaufen'],
    ['no', 'Beboere med demens vandrer om natten'],
  ])('reads night-time wandering in dementia in %s', (language, text) => {
    expect([...idsIn(text, language)]).toEqual(
      expect.arrayContaining(['dementia', 'wandering', 'night']),
    );
  });

  it('splits compounds of compounding languages', () => {
    expect([...idsIn('nattevandring på demensafsnittet', 'da')]).toEqual(
      expect.arrayContaining(['night', 'wandering', 'dementia']),
    );
    expect([...idsIn('Sturzerkennung im Pflegeheim', 'de')]).toEqual(
      expect.arrayContaining(['fall', 'nursing-home']),
    );
  });

  it('ignores fixed expressions that only look like a concept', () => {
    expect(idsIn('Det er i hvert fald dyrt', 'da').has('fall')).toBe(false);
    expect(idsIn('Residents fall asleep late', 'en').has('fall')).toBe(false);
  });

  it('reads English loanwords in other languages', () => {
    expect(idsIn('Vi bruger et dashboard', 'da').has('ai-data')).toBe(true);
  });
});
