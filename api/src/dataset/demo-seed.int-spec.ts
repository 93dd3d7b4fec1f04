import { DEMO_DATASET } from '@opi/dataset';

import { createTestApp, type TestApp } from '../../test/test-app';
import { AccountsSeedService, DEMO_PASSWORD } from '../users/accounts-seed.service';
import { WorkshopDemoSeedService } from '../workshops/workshop-demo-seed.service';
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

describe('demo workshop series', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('is seeded once after the demo accounts, with scores and a session to prioritise in', async () => {
    await t.app.get(DemoSeedService).seedIfEmpty();
    await t.app.get(AccountsSeedService).seedDemoAccounts();
    const seeder = t.app.get(WorkshopDemoSeedService);
    await seeder.seedIfEmpty();
    await seeder.seedIfEmpty();

    const login = await t.http().post('/api/auth/login').send({ email: 'entrepreneur@demo.opi', password: DEMO_PASSWORD }).expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const list = (await t.http().get('/api/workshops').set(auth).expect(200)).body;
    expect(list.items).toHaveLength(1);
    const series = (await t.http().get(`/api/workshops/${list.items[0].id}`).set(auth).expect(200)).body;
    expect(series.sessions.map((s: { step: string }) => s.step)).toEqual(['closed', 'prioritising']);
    const report = (await t.http().get(`/api/workshops/${series.id}/report`).set(auth).expect(200)).body;
    expect(report.points).toHaveLength(4);
    expect(report.points[0]).toMatchObject({ quadrant: 'quick-win', votes: 3 });
    expect(report.topics.map((g: { name: string }) => g.name)).toEqual(['Testing together', 'Meeting the market']);
  });
});
