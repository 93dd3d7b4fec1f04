import { embeddedPostgres } from './embedded-postgres';

describe('embeddedPostgres', () => {
  it('should work', () => {
    expect(embeddedPostgres()).toEqual('embedded-postgres');
  });
});
