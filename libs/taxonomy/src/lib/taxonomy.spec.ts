import { taxonomy } from './taxonomy';

describe('taxonomy', () => {
  it('should work', () => {
    expect(taxonomy()).toEqual('taxonomy');
  });
});
