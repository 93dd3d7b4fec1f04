import type { TagSuggestions as ContractSuggestions } from '@opi/contracts';
import { analyseText } from './analyse';
import { suggestTags, type TagSuggestions } from './suggest';

const codes = (list: { code: string }[]) => list.map((s) => s.code);

describe('suggestTags', () => {
  describe('Danish', () => {
    const text = 'Beboere med demens vandrer om natten på plejehjemmet';

    it('finds dementia, people with dementia and the nursing home', () => {
      const tags = suggestTags(text, 'da');
      expect(tags.language).toBe('da');
      expect(codes(tags.careAreas)[0]).toBe('dementia');
      expect(codes(tags.targetGroups)).toContain('people-with-dementia');
      expect(codes(tags.settings)).toEqual(['nursing-home']);
      expect(tags.careAreas[0].matched).toEqual(['demens', 'vandrer']);
      expect(tags.settings[0].matched).toEqual(['Beboere', 'plejehjemmet']);
    });

    it('finds the same without being told the language', () => {
      const tags = suggestTags(text);
      expect(tags.language).toBe('da');
      expect(codes(tags.careAreas)).toContain('dementia');
      expect(codes(tags.settings)).toEqual(['nursing-home']);
    });

    it('reads compounds: a keyword as the start or the end of a word', () => {
      const tags = suggestTags(
        'Nattevandring på demensafsnittet bekymrer plejehjemsbeboernes pårørende',
        'da',
      );
      expect(tags.careAreas[0]).toMatchObject({ code: 'dementia' });
      expect(tags.careAreas[0].matched).toEqual(
        expect.arrayContaining(['Nattevandring', 'demensafsnittet']),
      );
      expect(codes(tags.settings)).toEqual(['nursing-home']);
      expect(tags.settings[0].matched).toEqual([
        'demensafsnittet',
        'plejehjemsbeboernes',
      ]);
      expect(codes(tags.targetGroups)).toContain('informal-carers');
    });

    it('finds workload, staff and home care', () => {
      const tags = suggestTags(
        'Hjemmeplejen oplever et stort arbejdspres, og sygeplejerskerne bruger meget tid på dokumentation.',
        'da',
      );
      expect(codes(tags.careAreas)).toEqual(['care-staff-workload']);
      expect(codes(tags.targetGroups)).toEqual(['care-staff']);
      expect(codes(tags.settings)).toEqual(['home-care']);
    });

    it('does not read "i hvert fald" (anyway) as a fall, nor "forældre" (parents) as older people', () => {
      const tags = suggestTags(
        'Forældrene skal i hvert fald informeres om skolens nye skema.',
        'da',
      );
      expect(codes(tags.careAreas)).toEqual([]);
      expect(codes(tags.targetGroups)).not.toContain('older-adults');
      expect(codes(tags.settings)).toEqual(['school']);
    });
  });

  it('Dutch: dementia at home, informal carers, district nursing', () => {
    const tags = suggestTags(
      "Thuiswonende ouderen met dementie dwalen 's nachts rond; hun mantelzorgers raken overbelast. De wijkverpleging zoekt een oplossing.",
      'nl',
    );
    expect(codes(tags.careAreas)).toEqual(['dementia', 'elderly-care']);
    expect(codes(tags.targetGroups)).toEqual(
      expect.arrayContaining([
        'older-adults',
        'informal-carers',
        'people-with-dementia',
      ]),
    );
    expect(codes(tags.settings)).toEqual(
      expect.arrayContaining(['home', 'home-care']),
    );
  });

  it('French: falls in a nursing home, with phrases and elisions', () => {
    const tags = suggestTags(
      'Dans notre EHPAD, les résidents atteints de la maladie d’Alzheimer font souvent des chutes la nuit. Nous cherchons une solution de prévention des chutes.',
      'fr',
    );
    expect(tags.careAreas[0]).toMatchObject({ code: 'fall-prevention' });
    expect(tags.careAreas[0].matched).toEqual([
      'chutes',
      'prévention des chutes',
    ]);
    expect(codes(tags.careAreas)).toContain('dementia');
    expect(codes(tags.targetGroups)).toEqual(['people-with-dementia']);
    expect(codes(tags.settings)).toEqual(['nursing-home']);
  });

  it('Swedish: medication in home care', () => {
    const tags = suggestTags(
      'Vi söker en lösning för läkemedelshantering i hemtjänsten så att äldre tar rätt mediciner.',
      'sv',
    );
    expect(tags.careAreas[0]).toMatchObject({
      code: 'medication',
      matched: ['läkemedelshantering', 'mediciner'],
    });
    expect(codes(tags.targetGroups)).toEqual(['older-adults']);
    expect(codes(tags.settings)).toEqual(['home-care']);
  });

  it('Swedish: definite forms the stemmer leaves ("äldreboendet")', () => {
    const tags = suggestTags(
      'Demenssjuka på äldreboendet faller ofta på natten.',
      'sv',
    );
    expect(codes(tags.settings)).toEqual(['nursing-home']);
    expect(codes(tags.careAreas)).toEqual(
      expect.arrayContaining(['dementia', 'fall-prevention']),
    );
  });

  it('English: remote monitoring of chronic patients at home', () => {
    const tags = suggestTags(
      'A remote monitoring service helps people with COPD and heart failure manage their condition at home, reducing hospital readmissions.',
      'en',
    );
    expect(codes(tags.careAreas)).toEqual(
      expect.arrayContaining(['telehealth', 'copd', 'heart-failure']),
    );
    expect(codes(tags.targetGroups)[0]).toBe('chronic-patients');
    expect(tags.targetGroups[0].matched).toEqual(['COPD', 'heart failure']);
    expect(codes(tags.settings)).toContain('home');
  });

  it('English: "fall prevention" is not also "prevention", "care at home" no care home', () => {
    const tags = suggestTags(
      'Fall prevention and care at home for older people.',
      'en',
    );
    expect(codes(tags.careAreas)).toContain('fall-prevention');
    expect(codes(tags.careAreas)).not.toContain('prevention-wellbeing');
    expect(codes(tags.settings)).toEqual(['home-care']);
  });

  it('returns empty lists for a text with nothing relevant', () => {
    const tags = suggestTags(
      'The quarterly budget report is due next week; please send your comments to the finance team.',
      'en',
    );
    expect(tags).toEqual({
      language: 'en',
      careAreas: [],
      targetGroups: [],
      settings: [],
    });
  });

  it('handles empty text and unknown languages', () => {
    expect(suggestTags('')).toEqual({
      language: 'und',
      careAreas: [],
      targetGroups: [],
      settings: [],
    });
    expect(suggestTags('   ', 'da')).toEqual({
      language: 'da',
      careAreas: [],
      targetGroups: [],
      settings: [],
    });
    expect(suggestTags('dementia', 'xx').language).toBe('xx');
  });

  it('copes with punctuation, capitals and accents', () => {
    const tags = suggestTags(
      '«DÉMENCE» — prévention des chutes!!! (EHPAD)',
      'fr',
    );
    expect(codes(tags.careAreas)).toEqual(
      expect.arrayContaining(['dementia', 'fall-prevention']),
    );
    expect(tags.careAreas.find((s) => s.code === 'dementia')?.matched).toEqual([
      'DÉMENCE',
    ]);
    expect(codes(tags.settings)).toEqual(['nursing-home']);
  });

  it('joins hyphenated words and still sees their parts', () => {
    const tags = suggestTags('Well-being og e-sundhed for KOL-patienter', 'da');
    expect(codes(tags.careAreas)).toEqual(
      expect.arrayContaining(['copd', 'telehealth']),
    );
    expect(tags.careAreas.find((s) => s.code === 'copd')?.matched).toEqual([
      'KOL',
    ]);
  });

  it('reads English words in a Danish text, weighing them less', () => {
    const da = analyseText('Borgere med dementia', 'da').codes.careArea[0];
    const en = analyseText('People with dementia', 'en').codes.careArea[0];
    expect(da.code).toBe('dementia');
    expect(da.weight).toBeLessThan(en.weight);
  });

  it('reads Norwegian with the Danish keywords', () => {
    const tags = suggestTags('Eldre med demens på sykehjem', 'nob');
    expect(tags.language).toBe('no');
    expect(codes(tags.careAreas)).toEqual(['dementia']);
  });

  it('scores in (0, 1], best first, at most 5 per vocabulary', () => {
    const tags = suggestTags(
      'Demens, diabetes, KOL, hjertesvigt, depression, handicap, faldforebyggelse, medicinhåndtering, telemedicin, ernæring og palliativ pleje.',
      'da',
    );
    for (const list of [tags.careAreas, tags.targetGroups, tags.settings]) {
      expect(list.length).toBeLessThanOrEqual(5);
      for (const s of list) {
        expect(s.score).toBeGreaterThan(0);
        expect(s.score).toBeLessThanOrEqual(1);
      }
      const scores = list.map((s) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    expect(tags.careAreas).toHaveLength(5);
  });

  it('is what the API contract expects', () => {
    const tags: ContractSuggestions = suggestTags('demens', 'da');
    const back: TagSuggestions = tags;
    expect(back.careAreas[0].code).toBe('dementia');
  });
});

describe('analyseText', () => {
  it('counts stemmed terms without stop words', () => {
    const analysis = analyseText(
      'Demente beboere og demente borgere vandrer',
      'da',
    );
    expect(analysis.stemmer).toBe('da');
    expect(analysis.wordCount).toBe(6);
    expect(Object.fromEntries(analysis.terms)).toEqual({
      dement: 2,
      bebo: 1,
      borg: 1,
      vandr: 1,
    });
  });

  it('explains each code with the keywords found and their language', () => {
    const dementia = analyseText('Alzheimer og demens', 'da').codes.careArea[0];
    expect(dementia).toMatchObject({
      code: 'dementia',
      matched: ['Alzheimer', 'demens'],
    });
    expect(dementia.keywords).toEqual(
      expect.arrayContaining([{ keyword: 'demens', language: 'da' }]),
    );
  });

  it('counts a repeated keyword less each time', () => {
    const once = analyseText('demens', 'da').codes.careArea[0].weight;
    const thrice = analyseText('demens demens demens', 'da').codes.careArea[0]
      .weight;
    expect(thrice).toBeCloseTo(once * (1 + 1 / 2 + 1 / 3), 3);
  });

  it('can leave other languages out', () => {
    expect(
      analyseText('People with dementia', 'da', { crossLanguage: false }).codes
        .careArea,
    ).toEqual([]);
  });
});
