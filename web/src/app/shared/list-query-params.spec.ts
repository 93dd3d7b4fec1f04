import { toListParams } from './list-query-params';

describe('toListParams', () => {
  it('keeps the values that are set, in order, and drops empty ones', () => {
    expect(
      toListParams({
        q: 'falls',
        careArea: '',
        region: undefined,
        page: 2,
        pageSize: 20,
      }).toString(),
    ).toBe('q=falls&page=2&pageSize=20');
  });

  it('encodes the search text', () => {
    expect(toListParams({ q: 'night & day' }).toString()).toBe(
      'q=night%20%26%20day',
    );
  });
});
