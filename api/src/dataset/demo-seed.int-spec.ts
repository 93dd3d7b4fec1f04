import type { Dashboard, Interest, Partnership, PartnershipSummary } from '@opi/contracts';
import { DEMO_DATASET } from '@opi/dataset';

import { createTestApp, type TestApp } from '../../test/test-app';
import { PartnershipDemoSeedService } from '../partnerships/partnership-demo-seed.service';
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

describe('demo partnerships', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  const signIn = async (email: string) => {
    const login = await t.http().post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
    return { Authorization: `Bearer ${login.body.accessToken}` };
  };

  it('are seeded once, at every stage, with a history the dashboard and scale-up read', async () => {
    await t.app.get(DemoSeedService).seedIfEmpty();
    await t.app.get(AccountsSeedService).seedDemoAccounts();
    const seeder = t.app.get(PartnershipDemoSeedService);
    await seeder.seedIfEmpty();
    await seeder.seedIfEmpty();

    const cluster = await signIn('cluster@demo.opi');
    const all = (await t.http().get('/api/partnerships').set(cluster).expect(200)).body.items as PartnershipSummary[];
    expect(all.map((p) => p.stage).sort()).toEqual(['agreement', 'closed', 'closed', 'exploring', 'proposed', 'scaling', 'testing']);
    expect(all.filter((p) => p.stale).map((p) => p.stage)).toEqual(['agreement']);

    // The history as the service keeps it: stays closed in order, the current one open.
    const scaling = all.find((p) => p.stage === 'scaling') as PartnershipSummary;
    const detail = (await t.http().get(`/api/partnerships/${scaling.id}`).set(cluster).expect(200)).body as Partnership;
    expect(detail.history.filter((e) => e.toStage).map((e) => e.toStage).reverse()).toEqual(['proposed', 'introduced', 'exploring', 'agreement', 'testing', 'evaluation', 'scaling']);
    expect(detail.partyDetails.every((p) => p.consentAt !== null)).toBe(true);
    const open = await t.dataSource.query('SELECT count(*)::int AS n FROM partnership_events WHERE to_stage IS NOT NULL AND left_at IS NULL');
    expect(open[0].n).toBe(all.length);

    // The company's member (Nattevagt) sees where to take it next.
    const proposals = (await t.http().get(`/api/partnerships/${scaling.id}/scale-up`).set(await signIn('entrepreneur@demo.opi')).expect(200)).body;
    expect(proposals).toMatchObject({ available: true, canInvite: true });
    expect(proposals.items.length).toBeGreaterThan(0);

    const dashboard = (await t.http().get('/api/dashboard').set(cluster).expect(200)).body as Dashboard;
    const funnel = Object.fromEntries(dashboard.funnel.map((row) => [row.step, row.count]));
    expect(funnel).toMatchObject({ partnerships: 7, tests: 3, implemented: 1 });
    expect(funnel['interests']).toBeGreaterThanOrEqual(3);
    expect(dashboard.medianDaysPerStage.find((row) => row.stage === 'exploring')).toMatchObject({ count: 5 });
    expect(dashboard.evaluations).toBe(3);

    // Lindholt has an interest to answer.
    const received = (await t.http().get('/api/interests?direction=received').set(await signIn('municipality@demo.opi')).expect(200)).body.items as Interest[];
    expect(received.filter((i) => i.status === 'pending')).toEqual([expect.objectContaining({ canRespond: true, subject: expect.objectContaining({ type: 'offering' }) })]);
  });
});
