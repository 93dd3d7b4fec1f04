import { DEMO_DATASET } from '@opi/dataset';

import { createTestApp, type TestApp } from '../../test/test-app';
import { DemoSeedService } from './demo-seed.service';

describe('demo seed', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('loads the demo dataset into an empty database, once', async () => {
    const seeder = t.app.get(DemoSeedService);
    await expect(seeder.seedIfEmpty()).resolves.toBe(true);
    await expect(seeder.seedIfEmpty()).resolves.toBe(false);

    const needs = await t.http().get('/api/needs?pageSize=1').expect(200);
    const offerings = await t.http().get('/api/offerings?pageSize=1').expect(200);
    const organisations = await t.http().get('/api/organisations?pageSize=1').expect(200);
    expect(needs.body.total).toBe(DEMO_DATASET.needs.length);
    expect(offerings.body.total).toBe(DEMO_DATASET.offerings.length);
    expect(organisations.body.total).toBe(DEMO_DATASET.organisations.length);

    const countries = await t.dataSource.query(
      'SELECT array_agg(DISTINCT country ORDER BY country) AS c FROM organisations',
    );
    expect(countries[0].c).toEqual(['BE', 'DK', 'FR', 'NL', 'SE']);
  });
});
