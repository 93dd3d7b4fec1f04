import { dataset } from './dataset';

describe('dataset', () => {
  it('should work', () => {
    expect(dataset()).toEqual('dataset');
  });
});
