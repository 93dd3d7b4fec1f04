import { aMatchReason } from '../../testing/factories';
import { reasonLine } from './match-reasons';

describe('reasonLine', () => {
  it('names shared taxonomy codes in the reader’s language, as a list in mid-sentence', () => {
    const reason = aMatchReason({
      code: 'shared-care-area',
      params: { codes: ['dementia', 'elderly-care'], fromText: ['dementia'] },
    });

    expect(reasonLine(reason, 'en')).toEqual({
      key: 'matching.reasons.sharedCareArea',
      params: { list: 'dementia and elderly care' },
      text: reason.text,
      against: false,
    });
    expect(reasonLine(reason, 'da').params).toEqual({
      list: 'demens og ældrepleje',
    });
    expect(reasonLine(reason, 'nl').params['list']).toMatch(/ en /);
    expect(reasonLine(reason, 'fr').params['list']).toMatch(/ et /);
  });

  it('names the concepts two texts share, or else their words', () => {
    const concepts = aMatchReason({
      code: 'text-overlap',
      params: {
        concepts: ['fall', 'night'],
        labels: ['falls', 'night-time'],
        words: ['sensor'],
        similarity: 0.4,
      },
    });
    const words = aMatchReason({
      code: 'text-overlap',
      params: {
        concepts: [],
        labels: [],
        words: ['uro', 'nat'],
        similarity: 0.3,
      },
    });

    expect(reasonLine(concepts, 'en')).toMatchObject({
      key: 'matching.reasons.textOverlap',
      params: { list: 'falls and night-time' },
    });
    expect(reasonLine(words, 'da').params).toEqual({ list: 'uro og nat' });
  });

  it('gives the TRL and marks a TRL below the minimum as a reason against', () => {
    expect(
      reasonLine(
        aMatchReason({
          code: 'trl-below-minimum',
          params: { trl: 4, minTrl: 6 },
        }),
        'en',
      ),
    ).toMatchObject({
      key: 'matching.reasons.trlBelowMinimum',
      params: { trl: '4', minTrl: '6' },
      against: true,
    });
    expect(
      reasonLine(
        aMatchReason({ code: 'trl-unknown', params: { minTrl: 5 } }),
        'en',
      ),
    ).toMatchObject({
      key: 'matching.reasons.trlUnknown',
      params: { minTrl: '5' },
      against: false,
    });
  });

  it('words a test site’s settings, with its capacity when it has one', () => {
    const reason = (capacity: string | number) =>
      aMatchReason({
        code: 'test-site-setting',
        params: { settings: ['nursing-home'], capacity },
      });

    expect(reasonLine(reason(''), 'en')).toMatchObject({
      key: 'matching.reasons.testSiteSetting',
      params: { list: 'nursing home' },
    });
    expect(reasonLine(reason(1200), 'da')).toMatchObject({
      key: 'matching.reasons.testSiteSettingCapacity',
      params: { list: 'plejehjem', capacity: '1.200' },
    });
  });

  it('names countries in the reader’s language', () => {
    expect(
      reasonLine(
        aMatchReason({ code: 'same-country', params: { country: 'DK' } }),
        'fr',
      ).params,
    ).toEqual({ country: 'Danemark' });
    expect(
      reasonLine(
        aMatchReason({
          code: 'different-country',
          params: { countries: ['DK', 'NL'] },
        }),
        'da',
      ),
    ).toMatchObject({
      key: 'matching.reasons.differentCountries',
      params: { list: 'Danmark og Nederlandene' },
      against: true,
    });
    expect(
      reasonLine(aMatchReason({ code: 'different-country', params: {} }), 'en'),
    ).toMatchObject({
      key: 'matching.reasons.differentCountry',
      against: true,
    });
  });

  it('keeps the region as the organisations wrote it', () => {
    expect(
      reasonLine(
        aMatchReason({
          code: 'same-region',
          params: { region: 'Region Midtjylland', country: 'DK' },
        }),
        'nl',
      ),
    ).toMatchObject({
      key: 'matching.reasons.sameRegion',
      params: { region: 'Region Midtjylland' },
    });
  });

  it('marks little overlap as a reason against', () => {
    expect(
      reasonLine(aMatchReason({ code: 'little-overlap', params: {} }), 'en'),
    ).toMatchObject({ key: 'matching.reasons.littleOverlap', against: true });
  });

  it('falls back to the engine’s English words for an unknown code or odd parameters', () => {
    const unknown = aMatchReason({
      code: 'same-funding-call',
      text: 'Both apply to the same call',
      params: {},
    });
    const odd = aMatchReason({
      code: 'trl-meets-minimum',
      text: 'TRL 7 meets the minimum of 6',
      params: { trl: 'seven' },
    });

    expect(reasonLine(unknown, 'da')).toEqual({
      key: null,
      params: {},
      text: 'Both apply to the same call',
      against: false,
    });
    expect(reasonLine(odd, 'da')).toMatchObject({
      key: null,
      text: 'TRL 7 meets the minimum of 6',
    });
  });
});
