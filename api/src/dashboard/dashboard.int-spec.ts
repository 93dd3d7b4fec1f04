import type { Dashboard } from '@opi/contracts';

import { anOrganisationOf, aUser, type TestUser } from '../../test/factories/accounts.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { periodOf } from './dashboard.service';

const companyBody = { kind: 'company' as const, testSite: undefined, population: undefined, careSettings: undefined, status: 'published' as const };

describe('the cluster dashboard', () => {
  let t: TestApp;
  let broker: TestUser;
  let staff: TestUser;
  let entrepreneur: TestUser;
  let municipality: string;
  let need: string;

  beforeAll(async () => {
    t = await createTestApp();
    broker = await aUser(t, 'cluster_manager');
    staff = await aUser(t, 'public_staff');
    entrepreneur = await aUser(t, 'entrepreneur');
    municipality = (await anOrganisationOf(t, staff, { status: 'published', region: 'Region Nordjylland', careAreas: ['dementia'] })).id;
    const company = (await anOrganisationOf(t, entrepreneur, { ...companyBody, region: 'Region Midtjylland' })).id;
    need = (
      await t.http().post('/api/needs').set(staff.auth).send({ organisationId: municipality, title: 'Wandering at night', description: 'Residents leave their rooms at night.', careAreas: ['dementia'], status: 'published' }).expect(201)
    ).body.id;
    const offering = (
      await t.http().post('/api/offerings').set(entrepreneur.auth).send({ organisationId: company, title: 'Door Guard', description: 'Exit alerts for people with dementia.', careAreas: ['dementia'], status: 'published' }).expect(201)
    ).body.id;
    await t.http().get(`/api/needs/${need}/matches`).expect(200); // computes and stores the proposals

    // Two interests; one accepted and taken through the pipeline to a closed, implemented partnership.
    const interest = (
      await t.http().post('/api/interests').set(entrepreneur.auth).send({ subject: { type: 'offering', id: offering }, target: { type: 'need', id: need }, message: 'We would like to test with you.' }).expect(201)
    ).body;
    await t.http().post('/api/interests').set(staff.auth).send({ subject: { type: 'need', id: need }, target: { type: 'organisation', id: company }, message: 'Could you evaluate our test?' }).expect(201);
    const accepted = (await t.http().post(`/api/interests/${interest.id}/accept`).set(staff.auth).expect(200)).body;
    let p = (await t.http().get(`/api/partnerships/${accepted.partnershipId}`).set(staff.auth).expect(200)).body;
    for (const stage of ['exploring', 'agreement', 'testing']) {
      p = (await t.http().post(`/api/partnerships/${p.id}/stage`).set(staff.auth).send({ stage, version: p.version }).expect(200)).body;
    }
    // Two days in agreement, by the clock of the history.
    await t.dataSource.query(
      `UPDATE partnership_events SET at = at - interval '2 days',
              left_at = CASE WHEN to_stage = 'agreement' THEN left_at ELSE left_at - interval '2 days' END
        WHERE partnership_id = $1 AND to_stage IN ('introduced', 'exploring', 'agreement')`,
      [p.id],
    );
    p = (await t.http().post(`/api/partnerships/${p.id}/stage`).set(staff.auth).send({ stage: 'closed', version: p.version, outcome: 'succeeded', reason: 'In use in all homes' }).expect(200)).body;
    await t.http().put(`/api/partnerships/${p.id}/evaluation`).set(staff.auth).send({ benefits: ['staff-time-saved'], implemented: true }).expect(200);
    await t.http().put(`/api/partnerships/${p.id}/evaluation`).set(entrepreneur.auth).send({ benefits: ['product-validated', 'staff-time-saved'], implemented: false }).expect(200);
    // An introduction that was never answered.
    await t.http().post('/api/partnerships').set(broker.auth).send({ organisationIds: [municipality, company], note: 'Meet about falls prevention too.' }).expect(201);
  });

  afterAll(() => t.close());

  it('is for cluster managers and admins', async () => {
    await t.http().get('/api/dashboard').set(staff.auth).expect(403);
    await t.http().get('/api/dashboard').expect(401);
    const bad = await t.http().get('/api/dashboard?from=2026-13-01&careArea=knitting').set(broker.auth).expect(400);
    expect(bad.body.message).toEqual(expect.arrayContaining([expect.stringContaining('from'), expect.stringContaining('careArea')]));
    await t.http().get('/api/dashboard?from=2026-05-01&to=2026-01-01').set(broker.auth).expect(400);
  });

  it('counts the funnel from proposals to implemented solutions, with conversions', async () => {
    const d = (await t.http().get('/api/dashboard').set(broker.auth).expect(200)).body as Dashboard;
    const funnel = Object.fromEntries(d.funnel.map((r) => [r.step, r.count]));
    expect(funnel.matches).toBeGreaterThanOrEqual(1);
    // Interest shown: the two interests and the introduction.
    expect(funnel).toMatchObject({ interests: 3, partnerships: 2, tests: 1, implemented: 1 });
    expect(d.funnel.find((r) => r.step === 'partnerships')?.conversion).toBe(0.667);
    expect(d.funnel.find((r) => r.step === 'tests')?.conversion).toBe(0.5);
    expect(d.funnel[0].conversion).toBeNull();
  });

  it('gives members, records per month, median days per stage and benefit shares', async () => {
    const d = (await t.http().get('/api/dashboard').set(broker.auth).expect(200)).body as Dashboard;
    expect(d.membersByKind).toEqual(expect.arrayContaining([{ key: 'municipality', count: 1 }, { key: 'company', count: 1 }]));
    expect(d.needsPerMonth).toEqual([{ key: new Date().toISOString().slice(0, 7), count: 1 }]);
    const agreement = d.medianDaysPerStage.find((r) => r.stage === 'agreement');
    expect(agreement?.medianDays).toBeCloseTo(2, 0);
    expect(d.medianDaysPerStage.find((r) => r.stage === 'introduced')?.medianDays).toBeCloseTo(0, 0);
    expect(d.evaluations).toBe(2);
    expect(d.benefits).toEqual(
      expect.arrayContaining([
        { benefit: 'staff-time-saved', share: 1, count: 2 },
        { benefit: 'product-validated', share: 0.5, count: 1 },
        { benefit: 'implemented', share: 0.5, count: 1 },
      ]),
    );
  });

  it('filters by care area and region, and by period', async () => {
    const other = (await t.http().get('/api/dashboard?careArea=diabetes').set(broker.auth).expect(200)).body as Dashboard;
    expect(other.funnel.map((r) => r.count)).toEqual([0, 0, 0, 0, 0]);
    const north = (await t.http().get(`/api/dashboard?region=${encodeURIComponent('Region Nordjylland')}`).set(broker.auth).expect(200)).body as Dashboard;
    expect(north.membersByRegion).toEqual([{ key: 'Region Nordjylland', count: 1 }]);
    expect(north.funnel.find((r) => r.step === 'partnerships')?.count).toBe(2);
    const past = (await t.http().get('/api/dashboard?from=2020-01-01&to=2020-12-31').set(broker.auth).expect(200)).body as Dashboard;
    expect(past.funnel.slice(1).map((r) => r.count)).toEqual([0, 0, 0, 0]);
    expect(past.query).toMatchObject({ from: '2020-01-01', to: '2020-12-31' });
  });

  it('exports each table as CSV', async () => {
    const res = await t.http().get('/api/dashboard/funnel.csv').set(broker.auth).expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.text).toContain('step,count,conversion');
    expect(res.text).toContain('implemented,1,1');
    await t.http().get('/api/dashboard/secrets.csv').set(broker.auth).expect(400);
  });

  // The filters read dashboard_partnerships, which triggers keep in step with what it copies.
  it('follows edits of what it filters by: a need\'s care areas, an organisation\'s region', async () => {
    const partnerships = async (filter: string) =>
      ((await t.http().get(`/api/dashboard?${filter}`).set(broker.auth).expect(200)).body as Dashboard).funnel.find((r) => r.step === 'partnerships')?.count;
    expect(await partnerships('careArea=diabetes')).toBe(0);
    const { version } = (await t.http().get(`/api/needs/${need}`).set(staff.auth).expect(200)).body;
    await t.http().patch(`/api/needs/${need}`).set(staff.auth).send({ careAreas: ['diabetes'], version }).expect(200);
    expect(await partnerships('careArea=diabetes')).toBe(1); // the accepted interest's; the introduction has no need
    expect(await partnerships('careArea=dementia')).toBe(1); // still, by its offering

    const org = (await t.http().get(`/api/organisations/${municipality}`).set(staff.auth).expect(200)).body;
    await t.http().patch(`/api/organisations/${municipality}`).set(staff.auth).send({ region: 'Region Sjælland', version: org.version }).expect(200);
    expect(await partnerships(`region=${encodeURIComponent('Region Nordjylland')}`)).toBe(0);
    expect(await partnerships(`region=${encodeURIComponent('Region Sjælland')}`)).toBe(2);
  });

  it('defaults to the year up to today', () => {
    expect(periodOf({}, new Date('2026-11-24T10:00:00Z'))).toEqual({ from: '2025-11-24', to: '2026-11-24' });
    expect(periodOf({ to: '2024-02-29' })).toEqual({ from: '2023-03-01', to: '2024-02-29' });
  });
});
