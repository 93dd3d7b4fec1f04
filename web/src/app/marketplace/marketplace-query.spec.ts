import { convertToParamMap } from '@angular/router';
import {
  activeFacets,
  effectiveSort,
  exportQueryString,
  isFiltered,
  marketplaceQueryFrom,
} from './marketplace-query';

const read = (params: Record<string, string>) =>
  marketplaceQueryFrom(convertToParamMap(params));

describe('marketplaceQueryFrom', () => {
  it('reads the words, every facet, the sort and the page', () => {
    expect(
      read({
        q: '  night wandering ',
        careArea: 'dementia',
        targetGroup: 'older-adults',
        setting: 'nursing-home',
        trl: '7',
        country: 'dk',
        region: ' Midtjylland ',
        organisationKind: 'municipality',
        testSite: 'false',
        sort: 'newest',
        page: '3',
        pageSize: '50',
      }),
    ).toEqual({
      q: 'night wandering',
      careArea: 'dementia',
      targetGroup: 'older-adults',
      setting: 'nursing-home',
      trl: 7,
      country: 'DK',
      region: 'Midtjylland',
      organisationKind: 'municipality',
      testSite: false,
      sort: 'newest',
      page: 3,
      pageSize: 50,
    });
  });

  it('starts on the first page of the default size', () => {
    expect(read({})).toEqual({ page: 1, pageSize: 20 });
  });

  it('leaves out what the API would refuse', () => {
    expect(
      read({
        q: '   ',
        careArea: 'castles',
        targetGroup: 'dementia',
        setting: '',
        trl: '10',
        country: 'Denmark',
        region: '  ',
        organisationKind: 'castle',
        testSite: 'yes',
        sort: 'oldest',
        page: '0',
        pageSize: '1000',
      }),
    ).toEqual({ page: 1, pageSize: 20 });
  });

  it('keeps a relevance sort only when there are words to rank by', () => {
    expect(read({ sort: 'relevance' }).sort).toBeUndefined();
    expect(read({ q: 'falls', sort: 'relevance' }).sort).toBe('relevance');
  });
});

describe('the query helpers', () => {
  it('list the facets in force as the sidebar names their values', () => {
    const query = read({ trl: '6', careArea: 'dementia', testSite: 'true' });
    expect(activeFacets(query)).toEqual([
      { facet: 'careArea', value: 'dementia' },
      { facet: 'trl', value: '6' },
      { facet: 'testSite', value: 'true' },
    ]);
    expect(isFiltered(query)).toBe(true);
    expect(isFiltered(read({ page: '2', sort: 'newest' }))).toBe(false);
    expect(isFiltered(read({ q: 'falls' }))).toBe(true);
  });

  it('tell the order the API uses when none is asked for', () => {
    expect(effectiveSort(read({}))).toBe('newest');
    expect(effectiveSort(read({ q: 'falls' }))).toBe('relevance');
    expect(effectiveSort(read({ q: 'falls', sort: 'newest' }))).toBe('newest');
  });

  it('give the CSV export the filters and the order, not the page', () => {
    expect(
      exportQueryString(
        read({
          q: 'fald & uro',
          region: 'Midtjylland',
          testSite: 'true',
          sort: 'newest',
          page: '4',
          pageSize: '50',
        }),
      ),
    ).toBe('q=fald%20%26%20uro&region=Midtjylland&testSite=true&sort=newest');
    expect(exportQueryString(read({ page: '2' }))).toBe('');
  });
});
