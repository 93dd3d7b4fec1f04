import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { MatchingStatus, MatchList, OfferingMatch, OrganisationMatch, SimilarNeedMatch, TestSiteMatch } from '@opi/contracts';
import type { OpiDataset } from '@opi/dataset';

import { anOrganisationOf, aUser, type TestUser } from '../../test/factories/accounts.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { DatasetImportService } from '../dataset/dataset-import.service';
import { CandidateFinder } from './candidates';
import { MatchingBatch } from './matching-batch';
import { MatchingService } from './matching.service';
import { ProfileStore } from './profile-store';

const matchingDev = JSON.parse(
  readFileSync(join(process.cwd(), 'libs/dataset/testdata/matching-dev.json'), 'utf8'),
) as OpiDataset;

const companyBody = {
  kind: 'company' as const,
  testSite: undefined,
  population: undefined,
  careSettings: undefined,
  status: 'published' as const,
};

describe('matching: proposals for needs, test sites for offerings', () => {
  let t: TestApp;
  let staff: TestUser;
  let entrepreneur: TestUser;
  let rival: TestUser;
  let municipalityId: string;
  let companyId: string;
  let rivalCompanyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DatasetImportService).import(matchingDev);
    staff = await aUser(t, 'public_staff');
    entrepreneur = await aUser(t, 'entrepreneur');
    rival = await aUser(t, 'entrepreneur');
    municipalityId = (await anOrganisationOf(t, staff, { status: 'published' })).id;
    companyId = (await anOrganisationOf(t, entrepreneur, companyBody)).id;
    rivalCompanyId = (await anOrganisationOf(t, rival, companyBody)).id;
  });

  afterAll(() => t.close());

  const needIdOf = async (ref: string) =>
    (await t.http().get(`/api/needs?ref=${ref}`).expect(200)).body.items[0].id as string;
  const matches = async (needId: string, user?: TestUser, limit = 10) => {
    const req = t.http().get(`/api/needs/${needId}/matches?limit=${limit}`);
    if (user) req.set(user.auth);
    return (await req.expect(200)).body as MatchList<OfferingMatch>;
  };
  const postNeed = (body: object) =>
    t
      .http()
      .post('/api/needs')
      .set(staff.auth)
      .send({ organisationId: municipalityId, status: 'published', ...body })
      .expect(201);
  const postOffering = (user: TestUser, organisationId: string, body: object) =>
    t
      .http()
      .post('/api/offerings')
      .set(user.auth)
      .send({ organisationId, status: 'published', ...body })
      .expect(201);

  it('proposes offerings for a need, best first, each with a score in [0, 1] and 2–5 reasons', async () => {
    const needId = await needIdOf(matchingDev.needs[0].ref);
    const list = await matches(needId, undefined, 5);
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.length).toBeLessThanOrEqual(5);
    expect(list.computedAt).not.toBeNull();
    expect(typeof list.computeMs).toBe('number');
    const scores = list.items.map((i) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const item of list.items) {
      expect(item.score).toBeGreaterThanOrEqual(0);
      expect(item.score).toBeLessThanOrEqual(1);
      expect(item.reasons.length).toBeGreaterThanOrEqual(2);
      expect(item.reasons.length).toBeLessThanOrEqual(5);
      for (const reason of item.reasons)
        expect(reason).toEqual(
          expect.objectContaining({
            code: expect.any(String),
            text: expect.any(String),
          }),
        );
      expect(item.offering).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          title: expect.any(String),
          organisation: expect.any(Object),
        }),
      );
    }
    // The strongest expected match of the evaluation set is among the first five.
    const expected = matchingDev.expectedMatches!.find((m) => m.needRef === matchingDev.needs[0].ref)!;
    const strong = Object.entries(expected.relevant)
      .filter(([, rel]) => rel === 2)
      .map(([ref]) => ref);
    expect(list.items.map((i) => i.offering.ref).some((ref) => strong.includes(ref!))).toBe(true);
  });

  it('ranks an offering whose TRL is below the need minimum lower, and says why', async () => {
    const need = (
      await postNeed({
        title: 'Medication dispensers for older adults living at home',
        description:
          'Older adults living at home forget their medication; we want an automatic medication dispenser with reminders that home care staff can follow.',
        careAreas: ['medication', 'elderly-care'],
        targetGroups: ['older-adults'],
        settings: ['home'],
        minTrl: 7,
      })
    ).body;
    const text = {
      description:
        'An automatic medication dispenser with reminders for older adults living at home; home care staff follow doses in an app.',
      careAreas: ['medication', 'elderly-care'],
      targetGroups: ['older-adults'],
      settings: ['home'],
    };
    const mature = (
      await postOffering(entrepreneur, companyId, {
        ...text,
        title: 'Automatic medication dispenser',
        trl: 8,
      })
    ).body;
    const early = (
      await postOffering(rival, rivalCompanyId, {
        ...text,
        title: 'Automatic medication dispenser prototype',
        trl: 4,
      })
    ).body;
    const list = await matches(need.id, undefined, 20);
    const ids = list.items.map((i) => i.offering.id);
    expect(ids).toContain(mature.id);
    expect(ids.indexOf(mature.id)).toBeLessThan(ids.indexOf(early.id) === -1 ? Infinity : ids.indexOf(early.id));
    const earlyItem = list.items.find((i) => i.offering.id === early.id);
    if (earlyItem) expect(earlyItem.reasons.map((r) => r.code)).toContain('trl-below-minimum');
    expect(list.items.find((i) => i.offering.id === mature.id)!.reasons.map((r) => r.code)).toContain(
      'trl-meets-minimum',
    );
  });

  it('finds candidates by their words as another process changes, prepares and deletes records', async () => {
    const needId = (
      await postNeed({
        title: 'Zorblax levels of our residents',
        description: 'We want to follow the zorblax level of each resident.',
      })
    ).body.id as string;
    const offeringId = (await t.http().get(`/api/offerings?ref=${matchingDev.offerings[5].ref}`).expect(200)).body
      .items[0].id as string;
    const recomputed = async () => {
      await t.app.get(MatchingService).recomputeNeed(needId);
      return (await matches(needId)).items.map((i) => i.offering.id);
    };
    expect(await recomputed()).not.toContain(offeringId);

    // Another process: the text changes behind this one's back, and its job prepares the profile.
    await t.dataSource.query(
      `UPDATE offerings SET title = 'Zorblax meter', description = 'Measures the zorblax level at home.' WHERE id = $1`,
      [offeringId],
    );
    await t.app.get(ProfileStore).prepareAll('offering');
    await new Promise((resolve) => setTimeout(resolve, 600)); // the index looks again after 500 ms
    expect((await recomputed())[0]).toBe(offeringId);

    await t.dataSource.query(`DELETE FROM offerings WHERE id = $1`, [offeringId]);
    expect(await recomputed()).not.toContain(offeringId);
  });

  it('finds the candidates of a batch (tags in memory) as those of a need on its own (tags by query)', async () => {
    const finder = t.app.get(CandidateFinder);
    // Imported at once, the offerings were all created at the same time: spread them (newest first counts).
    await t.dataSource.query(
      `UPDATE offerings SET created_at = created_at - (abs(hashtext(id::text)) % 1000) * interval '1 minute'`,
    );
    const ids = (await t.dataSource.query(`SELECT id FROM needs ORDER BY id`)).map((r: { id: string }) => r.id);
    const subjects = await t.app.get(ProfileStore).profilesOf('need', ids);
    const memo = await finder.memo('offerings');
    let withCandidates = 0;
    for (const subject of subjects) {
      const own = await finder.of('offerings', subject);
      expect(await finder.of('offerings', subject, memo)).toEqual(own);
      if (own.length > 0) withCandidates++;
    }
    expect(withCandidates).toBeGreaterThan(20);
  });

  it('recomputes all needs at once exactly as each need on its own', async () => {
    const stored = async (needId: string) =>
      t.dataSource.query(
        `SELECT offering_id, rank, score, reasons FROM need_matches WHERE need_id = $1 ORDER BY rank`,
        [needId],
      );
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM needs`);
    await t.dataSource.query(`DELETE FROM match_runs`);
    const result = await t.app.get(MatchingBatch).recomputeNeeds();
    expect(result.needs).toBe(n);
    const [{ runs }] = await t.dataSource.query(`SELECT count(*)::int AS runs FROM match_runs WHERE subject_type = 'need'`);
    expect(runs).toBe(n);
    for (const ref of matchingDev.needs.slice(0, 6).map((need) => need.ref)) {
      const needId = await needIdOf(ref);
      const fromBatch = await stored(needId);
      expect(fromBatch.length).toBeGreaterThan(0);
      await t.app.get(MatchingService).recomputeNeed(needId);
      expect(await stored(needId)).toEqual(fromBatch);
    }
  });

  it('keeps the result of a need recomputed on its own while the batch ran', async () => {
    const needId = await needIdOf(matchingDev.needs[1].ref);
    await t.app.get(MatchingService).recomputeNeed(needId);
    // As if an edit had it recomputed after the batch read it.
    await t.dataSource.query(
      `UPDATE match_runs SET computed_at = now() + interval '1 hour' WHERE subject_type = 'need' AND subject_id = $1`,
      [needId],
    );
    await t.dataSource.query(`UPDATE need_matches SET score = 0.125 WHERE need_id = $1`, [needId]);
    const other = await needIdOf(matchingDev.needs[2].ref);
    await t.dataSource.query(`UPDATE need_matches SET score = 0.125 WHERE need_id = $1`, [other]);

    await t.app.get(MatchingBatch).recomputeNeeds();
    const scores = async (id: string) =>
      (await t.dataSource.query(`SELECT DISTINCT score FROM need_matches WHERE need_id = $1`, [id])).map(
        (r: { score: number }) => r.score,
      );
    expect(await scores(needId)).toEqual([0.125]);
    expect(await scores(other)).not.toContain(0.125);
    await t.app.get(MatchingService).recomputeNeed(needId);
  });

  it('never proposes a draft offering; once published it appears', async () => {
    const need = (
      await postNeed({
        title: 'Hydration monitoring in nursing homes',
        description:
          'Residents in our nursing homes drink too little; staff need a way to monitor hydration and get reminders.',
        careAreas: ['nutrition', 'elderly-care'],
        settings: ['nursing-home'],
      })
    ).body;
    const draft = (
      await postOffering(entrepreneur, companyId, {
        title: 'Smart cup that monitors hydration',
        description:
          'A smart cup monitors how much residents in nursing homes drink and reminds staff when hydration is too low.',
        careAreas: ['nutrition', 'elderly-care'],
        settings: ['nursing-home'],
        status: 'draft',
      })
    ).body;
    expect((await matches(need.id)).items.map((i) => i.offering.id)).not.toContain(draft.id);
    await t
      .http()
      .patch(`/api/offerings/${draft.id}`)
      .set(entrepreneur.auth)
      .send({ status: 'published', version: draft.version })
      .expect(200);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the change notice drops the stored results
    expect((await matches(need.id)).items.map((i) => i.offering.id)).toContain(draft.id);
  });

  it('recomputes a changed need when its job runs', async () => {
    const need = (
      await postNeed({
        title: 'Loneliness among older citizens',
        description: 'Many older citizens feel lonely; we look for ways to bring them together in the community.',
        careAreas: ['social-inclusion'],
        targetGroups: ['older-adults'],
      })
    ).body;
    const before = await matches(need.id, undefined, 50);
    await t
      .http()
      .patch(`/api/needs/${need.id}`)
      .set(staff.auth)
      .send({
        version: need.version,
        title: 'Night-time wandering of residents with dementia',
        description:
          'Residents with dementia wander at night in our nursing home and staff notice too late; we want a discreet alert.',
        careAreas: ['dementia'],
        targetGroups: ['people-with-dementia'],
        settings: ['nursing-home'],
      })
      .expect(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await t.dataSource.query(`SELECT 1 FROM match_runs WHERE subject_id = $1`, [need.id])).toHaveLength(0);
    await t.app.get(MatchingService).recomputeNeed(need.id); // what the queued job does
    const after = await matches(need.id, undefined, 50);
    expect(after.computedAt).not.toBe(before.computedAt);
    expect(after.items[0].offering.careAreas).toContain('dementia');
    expect(after.items.map((i) => i.offering.id)).not.toEqual(before.items.map((i) => i.offering.id));
  });

  it('ranks from stored profiles exactly as from freshly prepared ones, and prepares a changed record again', async () => {
    const needId = await needIdOf(matchingDev.needs[2].ref);
    const stored = async () =>
      t.dataSource.query(`SELECT offering_id, rank, score, reasons FROM need_matches WHERE need_id = $1 ORDER BY rank`, [
        needId,
      ]);
    await t.dataSource.query(`DELETE FROM need_profiles`);
    await t.dataSource.query(`DELETE FROM offering_profiles`);
    const service = t.app.get(MatchingService);
    const run = await service.recomputeNeed(needId); // prepares every profile, and stores them
    const fresh = await stored();
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM offering_profiles`);
    expect(n).toBe(run.candidates);
    await service.recomputeNeed(needId); // reads them back
    expect(await stored()).toEqual(fresh);

    // An edit stores the record's new profile (its source key follows the record).
    const need = (
      await postNeed({ title: 'Medication reminders', description: 'Citizens forget their pills at home.' })
    ).body;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const profileOf = async () =>
      (await t.dataSource.query(`SELECT source_key, profile FROM need_profiles WHERE need_id = $1`, [need.id]))[0];
    const before = await profileOf();
    expect(JSON.stringify(before.profile.terms)).toContain('pill');
    await t
      .http()
      .patch(`/api/needs/${need.id}`)
      .set(staff.auth)
      .send({ version: need.version, title: 'Falls at night', description: 'Residents fall when they get up at night.' })
      .expect(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = await profileOf();
    expect(after.source_key).not.toBe(before.source_key);
    expect(JSON.stringify(after.profile.terms)).not.toContain('pill');

    // A profile left out of date (written behind the service's back) is not used: it is prepared again.
    await t.dataSource.query(`UPDATE needs SET title = 'Pill dispensers' WHERE id = $1`, [need.id]);
    await service.recomputeNeed(need.id);
    expect(JSON.stringify((await profileOf()).profile.terms)).toContain('pill');

    await t.http().delete(`/api/needs/${need.id}`).set(staff.auth).expect(204);
    expect(await profileOf()).toBeUndefined();
  });

  it('lets a user hide a proposal (just for them) or mark it interesting', async () => {
    const needId = await needIdOf(matchingDev.needs[1].ref);
    const [first, second] = (await matches(needId, staff)).items;
    await t
      .http()
      .put('/api/matches/feedback')
      .set(staff.auth)
      .send({
        subjectId: needId,
        candidateId: first.offering.id,
        verdict: 'hidden',
      })
      .expect(204);
    await t
      .http()
      .put('/api/matches/feedback')
      .set(staff.auth)
      .send({
        subjectId: needId,
        candidateId: second.offering.id,
        verdict: 'interesting',
      })
      .expect(204);
    const mine = await matches(needId, staff);
    expect(mine.items.map((i) => i.offering.id)).not.toContain(first.offering.id);
    expect(mine.items.find((i) => i.offering.id === second.offering.id)!.feedback).toBe('interesting');
    expect((await matches(needId, entrepreneur)).items.map((i) => i.offering.id)).toContain(first.offering.id);
    await t
      .http()
      .put('/api/matches/feedback')
      .set(staff.auth)
      .send({
        subjectId: needId,
        candidateId: first.offering.id,
        verdict: null,
      })
      .expect(204);
    expect((await matches(needId, staff)).items.map((i) => i.offering.id)).toContain(first.offering.id);
    const bad = await t
      .http()
      .put('/api/matches/feedback')
      .set(staff.auth)
      .send({ subjectId: needId, candidateId: 'x', verdict: 'love' })
      .expect(400);
    expect(bad.body.message.join(' ')).toMatch(/candidateId.*verdict|verdict.*candidateId/s);
  });

  it('finds similar needs at other municipalities and hospitals, never its own organisation', async () => {
    const body = {
      description:
        'Residents with dementia leave the nursing home at night unnoticed; we want a discreet door alert for night staff.',
      careAreas: ['dementia'],
      targetGroups: ['people-with-dementia'],
      settings: ['nursing-home'],
    };
    const mine = (
      await postNeed({
        ...body,
        title: 'Residents with dementia leaving at night',
      })
    ).body;
    const sameOrg = (await postNeed({ ...body, title: 'Night exits from our dementia unit' })).body;
    const res = await t.http().get(`/api/needs/${mine.id}/similar?limit=5`).expect(200);
    const list = res.body as MatchList<SimilarNeedMatch>;
    expect(list.items.length).toBeGreaterThan(0);
    const ids = list.items.map((i) => i.need.id);
    expect(ids).not.toContain(mine.id);
    expect(ids).not.toContain(sameOrg.id);
    expect(list.items.every((i) => i.need.organisation.id !== municipalityId)).toBe(true);
    expect(list.items[0].need.careAreas).toContain('dementia');
    expect(list.items[0].reasons.length).toBeGreaterThanOrEqual(2);
  });

  it('proposes knowledge institutions that could evaluate a test, by their expertise', async () => {
    const researcher = await aUser(t, 'researcher');
    const institution = (
      await anOrganisationOf(t, researcher, {
        kind: 'knowledge_institution',
        name: 'Institute for Dementia Care Research',
        status: 'published',
        description: 'We evaluate welfare technology for people with dementia in nursing homes.',
        careAreas: ['dementia'],
        expertise: ['dementia care', 'night-time wandering', 'evaluation of welfare technology'],
        evaluationServices: ['Effect studies of alarms and sensors in nursing homes'],
        testSite: undefined,
        population: undefined,
        careSettings: undefined,
      })
    ).id;
    const need = (
      await postNeed({
        title: 'Night-time wandering of residents with dementia',
        description:
          'Residents with dementia wander at night in our nursing home; we want to test sensors and have the effect evaluated.',
        careAreas: ['dementia'],
      })
    ).body;
    const res = await t.http().get(`/api/needs/${need.id}/evaluation-partners?limit=3`).expect(200);
    const list = res.body as MatchList<OrganisationMatch>;
    expect(list.items[0].organisation).toMatchObject({
      id: institution,
      kind: 'knowledge_institution',
    });
    expect(list.items.every((i) => i.organisation.kind === 'knowledge_institution')).toBe(true);
    expect(list.items[0].reasons.every((r) => !r.code.startsWith('trl-'))).toBe(true);
    expect(list.items[0].reasons.length).toBeGreaterThanOrEqual(1);
  });

  it('proposes municipalities and hospitals as test sites for an offering', async () => {
    const offeringId = (await t.http().get(`/api/offerings?ref=${matchingDev.offerings[0].ref}`).expect(200)).body
      .items[0].id;
    const res = await t.http().get(`/api/offerings/${offeringId}/test-sites?limit=5`).expect(200);
    const list = res.body as MatchList<TestSiteMatch>;
    expect(list.items.length).toBeGreaterThan(0);
    for (const item of list.items) {
      expect(['municipality', 'hospital']).toContain(item.organisation.kind);
      expect(item.score).toBeGreaterThanOrEqual(0);
      expect(item.score).toBeLessThanOrEqual(1);
      expect(item.reasons.length).toBeGreaterThanOrEqual(1);
    }
    await t.http().get(`/api/offerings/${offeringId}/test-sites?limit=500`).expect(400);
    await t.http().get('/api/needs/not-an-id/matches').expect(404);
  });
});

describe('matching: kept current by the job queue', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ runJobs: true });
    await t.app.get(DatasetImportService).import(matchingDev);
  });

  afterAll(() => t.close());

  it('prepares the profiles of imported records in the background, and says so to admins', async () => {
    const admin = await aUser(t, 'admin');
    const status = async () =>
      (await t.http().get('/api/admin/matches/status').set(admin.auth).expect(200)).body as Record<
        'needs' | 'offerings',
        { records: number; profiles: number; results: number }
      >;
    let now = await status();
    for (let i = 0; i < 80 && now.offerings.profiles < now.offerings.records; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      now = await status();
    }
    expect(now.offerings.records).toBeGreaterThanOrEqual(matchingDev.offerings.length);
    expect(now.offerings.profiles).toBe(now.offerings.records);
    for (let i = 0; i < 80 && now.needs.profiles < now.needs.records; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      now = await status();
    }
    expect(now.needs.profiles).toBe(now.needs.records);
    await t.http().get('/api/admin/matches/status').set((await aUser(t, 'public_staff')).auth).expect(403);
  });

  it('recomputes all needs in the background when an admin asks', async () => {
    const admin = await aUser(t, 'admin');
    await t.http().post('/api/admin/matches/recompute').set((await aUser(t, 'public_staff')).auth).expect(403);
    const queued = (await t.http().post('/api/admin/matches/recompute').set(admin.auth).expect(202)).body;
    expect(queued).toMatchObject({ queued: true });
    expect(queued.needs).toBeGreaterThanOrEqual(matchingDev.needs.length);
    const results = async () =>
      ((await t.http().get('/api/admin/matches/status').set(admin.auth).expect(200)).body as MatchingStatus).needs;
    let needs = await results();
    for (let i = 0; i < 120 && needs.results < needs.records; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      needs = await results();
    }
    expect(needs.results).toBe(needs.records);
  });

  it('recomputes a need in the background after it changes, and serves the stored result', async () => {
    const staff = await aUser(t, 'public_staff');
    const municipalityId = (await anOrganisationOf(t, staff, { status: 'published' })).id;
    const need = (
      await t
        .http()
        .post('/api/needs')
        .set(staff.auth)
        .send({
          organisationId: municipalityId,
          status: 'published',
          title: 'Loneliness among older citizens',
          description: 'Many older citizens feel lonely; we look for ways to bring them together in the community.',
        })
        .expect(201)
    ).body;
    const runOf = async () =>
      (
        await t.dataSource.query(`SELECT computed_at FROM match_runs WHERE subject_type = 'need' AND subject_id = $1`, [
          need.id,
        ])
      )[0];
    // Created → queued → computed without anyone reading.
    for (let i = 0; i < 80 && !(await runOf()); i++) await new Promise((resolve) => setTimeout(resolve, 250));
    const first = await runOf();
    expect(first).toBeDefined();

    await t
      .http()
      .patch(`/api/needs/${need.id}`)
      .set(staff.auth)
      .send({
        version: need.version,
        title: 'Night-time wandering in dementia care',
        description:
          'Residents with dementia wander at night in our nursing home; we want a discreet alert for night staff.',
      })
      .expect(200);
    let second = await runOf();
    for (let i = 0; i < 80 && (!second || second.computed_at.getTime() === first.computed_at.getTime()); i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      second = await runOf();
    }
    expect(second.computed_at.getTime()).toBeGreaterThan(first.computed_at.getTime());
    const list = (await t.http().get(`/api/needs/${need.id}/matches`).expect(200)).body as MatchList<OfferingMatch>;
    expect(new Date(list.computedAt!).getTime()).toBe(second.computed_at.getTime());
    expect(list.items[0].offering.careAreas).toContain('dementia');
  });
});
