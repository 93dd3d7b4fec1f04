import { firstValueFrom, take, toArray } from 'rxjs';

import type { WorkshopChange, WorkshopMatrix, WorkshopProposal, WorkshopSession } from '@opi/contracts';

import { anOrganisationOf, aUser, type TestUser } from '../../test/factories/accounts.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { WorkshopEvents } from './workshop-events';

const proposalBody = (title: string) => ({
  title,
  problem: 'Night-time wandering of people with dementia worries relatives and night staff.',
  proposal: 'Test door sensors together with the home care night shift.',
  needed: 'A test site, a supplier, consent forms.',
  beneficiaries: 'Residents, relatives and night staff.',
  pains: 'Night staff check rooms every hour.',
  gains: 'Calmer nights and fewer falls.',
  groupName: 'Group A',
});

describe('workshops', () => {
  let t: TestApp;
  let facilitator: TestUser;
  let anna: TestUser;
  let bo: TestUser;
  let outsider: TestUser;
  let seriesId: string;
  let first: string;
  let guestToken: string;

  const session = async (id: string, auth: Record<string, string>) =>
    (await t.http().get(`/api/workshop-sessions/${id}`).set(auth).expect(200)).body as WorkshopSession;
  const matrix = async (id: string, auth: Record<string, string>) =>
    (await t.http().get(`/api/workshop-sessions/${id}/matrix`).set(auth).expect(200)).body as WorkshopMatrix;
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    facilitator = await aUser(t, 'cluster_manager');
    anna = await aUser(t, 'entrepreneur');
    bo = await aUser(t, 'public_staff');
    outsider = await aUser(t, 'public_staff');

    seriesId = (
      await t.http().post('/api/workshops').set(facilitator.auth).send({ title: 'Welfare tech in the region', description: 'Eight regional workshops' }).expect(201)
    ).body.id;
    first = (
      await t
        .http()
        .post(`/api/workshops/${seriesId}/sessions`)
        .set(facilitator.auth)
        .send({ title: 'Aalborg', startsAt: '2027-03-01T09:00:00Z', place: 'Aalborg town hall', facilitatorName: 'Mette' })
        .expect(201)
    ).body.id;
    await t.http().post(`/api/workshop-sessions/${first}/participants`).set(facilitator.auth).send({ email: anna.email, side: 'entrepreneur' }).expect(201);
    await t.http().post(`/api/workshop-sessions/${first}/participants`).set(facilitator.auth).send({ email: bo.email, side: 'healthcare' }).expect(201);
    const guest = await t
      .http()
      .post(`/api/workshop-sessions/${first}/participants`)
      .set(facilitator.auth)
      .send({ email: 'Gitte@Example.org', name: 'Gitte Guest', side: 'government', guest: true })
      .expect(201);
    guestToken = guest.body.invitationToken;
  });

  afterAll(() => t.close());

  describe('series and sessions', () => {
    it('numbers sessions and lists the series for its facilitator and participants only', async () => {
      const series = (await t.http().get(`/api/workshops/${seriesId}`).set(facilitator.auth).expect(200)).body;
      expect(series).toMatchObject({ title: 'Welfare tech in the region', facilitator: true, sessionCount: 1 });
      expect(series.sessions[0]).toMatchObject({ number: 1, title: 'Aalborg', step: 'empathy', participantCount: 3 });
      expect((await t.http().get('/api/workshops').set(anna.auth).expect(200)).body.items.map((s: { id: string }) => s.id)).toEqual([seriesId]);
      expect((await t.http().get('/api/workshops').set(outsider.auth).expect(200)).body.items).toEqual([]);
      await t.http().get(`/api/workshops/${seriesId}`).set(outsider.auth).expect(404);
      await t.http().get(`/api/workshop-sessions/${first}`).set(outsider.auth).expect(404);
    });

    it('lets only cluster managers, public staff and admins start a series', async () => {
      await t.http().post('/api/workshops').set(anna.auth).send({ title: 'Mine' }).expect(403);
      const res = await t.http().post('/api/workshops').set(facilitator.auth).send({ title: 'x', extra: 1 }).expect(400);
      expect(res.body.message).toEqual(expect.arrayContaining([expect.stringContaining('title'), expect.stringContaining('extra')]));
    });

    it('lets only facilitators edit the workshop', async () => {
      await t.http().patch(`/api/workshop-sessions/${first}`).set(anna.auth).send({ step: 'prioritising' }).expect(403);
      await t.http().patch(`/api/workshop-sessions/${first}`).set({ 'x-workshop-token': guestToken }).send({ step: 'closed' }).expect(401);
      await t.http().post(`/api/workshop-sessions/${first}/participants`).set(anna.auth).send({ email: outsider.email, side: 'healthcare' }).expect(403);
      await t.http().patch(`/api/workshops/${seriesId}`).set(bo.auth).send({ version: 1, title: 'Taken over' }).expect(403);
      await t.http().post(`/api/workshops/${seriesId}/topics`).set(anna.auth).send({ name: 'Mine' }).expect(403);
      expect((await session(first, facilitator.auth)).step).toBe('empathy');
    });

    it('answers 409 to a stale version of the series', async () => {
      const { version } = (await t.http().get(`/api/workshops/${seriesId}`).set(facilitator.auth).expect(200)).body;
      await t.http().patch(`/api/workshops/${seriesId}`).set(facilitator.auth).send({ version, description: 'Eight regional workshops, 2027' }).expect(200);
      await t.http().patch(`/api/workshops/${seriesId}`).set(facilitator.auth).send({ version, title: 'Lost update' }).expect(409);
    });
  });

  describe('guests', () => {
    it('join through their invitation token only', async () => {
      const invitation = (await t.http().get(`/api/workshop-invitations/${guestToken}`).expect(200)).body;
      expect(invitation).toMatchObject({ sessionId: first, seriesTitle: 'Welfare tech in the region', participant: { name: 'Gitte Guest', guest: true, email: null } });
      const seen = await session(first, { 'x-workshop-token': guestToken });
      expect(seen.access).toEqual({ facilitator: false, participantId: invitation.participant.id });
      expect(seen.participants.every((p) => p.email === null)).toBe(true);
      await t.http().get(`/api/workshop-sessions/${first}`).expect(401);
      await t.http().get(`/api/workshop-sessions/${first}`).set({ 'x-workshop-token': 'not-a-token' }).expect(403);
      await t.http().get('/api/workshop-invitations/not-a-token').expect(404);
      // The token opens nothing of the series outside the session.
      await t.http().get(`/api/workshops/${seriesId}`).set({ 'x-workshop-token': guestToken }).expect(401);
    });

    it('keeps only a hash of the token', async () => {
      const rows = await t.dataSource.query('SELECT token_hash FROM workshop_participants WHERE token_hash IS NOT NULL');
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).not.toContain(guestToken);
    });
  });

  describe('empathy round', () => {
    it('ranks key elements by dots, each participant within their five dots', async () => {
      const trust = (await t.http().post(`/api/workshop-sessions/${first}/elements`).set(anna.auth).send({ side: 'entrepreneur', text: 'Access to end users' }).expect(201)).body;
      const time = (await t.http().post(`/api/workshop-sessions/${first}/elements`).set(anna.auth).send({ side: 'entrepreneur', text: 'Fast decisions' }).expect(201)).body;
      await t.http().post(`/api/workshop-sessions/${first}/elements`).set(anna.auth).send({ side: 'healthcare', text: 'Not my side' }).expect(403);
      await t.http().put(`/api/workshop-sessions/${first}/elements/${time.id}/dots`).set(anna.auth).send({ dots: 2 }).expect(200);
      await t.http().put(`/api/workshop-sessions/${first}/elements/${trust.id}/dots`).set(anna.auth).send({ dots: 3 }).expect(200);
      await t.http().put(`/api/workshop-sessions/${first}/elements/${trust.id}/dots`).set({ 'x-workshop-token': guestToken }).send({ dots: 1 }).expect(200);
      const before = await count('workshop_dots');
      const tooMany = await t.http().put(`/api/workshop-sessions/${first}/elements/${trust.id}/dots`).set(anna.auth).send({ dots: 4 }).expect(400);
      expect(tooMany.body.message).toEqual(['dots: you have 3 dots left for this element']);
      expect(await count('workshop_dots')).toBe(before);

      const seen = await session(first, anna.auth);
      expect(seen.elements.map((e) => [e.text, e.dots, e.myDots])).toEqual([
        ['Access to end users', 4, 3],
        ['Fast decisions', 2, 2],
      ]);
      expect(seen.dotsLeft).toBe(0);
    });
  });

  describe('proposals, scores and the matrix', () => {
    let nightSensors: WorkshopProposal;
    let sharedRecords: WorkshopProposal;

    beforeAll(async () => {
      nightSensors = (await t.http().post(`/api/workshop-sessions/${first}/proposals`).set(anna.auth).send(proposalBody('Night sensors')).expect(201)).body;
      sharedRecords = (
        await t
          .http()
          .post(`/api/workshop-sessions/${first}/proposals`)
          .set({ 'x-workshop-token': guestToken })
          .send({ ...proposalBody('Shared care records'), groupName: null })
          .expect(201)
      ).body;
    });

    it('lets participants edit their own proposals only', async () => {
      expect(nightSensors).toMatchObject({ authorName: 'Test User', mine: true, sessionNumber: 1, version: 1 });
      await t.http().patch(`/api/workshop-proposals/${nightSensors.id}`).set(bo.auth).send({ version: 1, title: 'Hijacked' }).expect(403);
      await t.http().patch(`/api/workshop-proposals/${sharedRecords.id}`).set(anna.auth).send({ version: 1, title: 'Hijacked' }).expect(403);
      await t.http().patch(`/api/workshop-proposals/${nightSensors.id}`).set(anna.auth).send({ version: 1, horizon: 'immediate' }).expect(403);
      const refined = await t
        .http()
        .patch(`/api/workshop-proposals/${sharedRecords.id}`)
        .set({ 'x-workshop-token': guestToken })
        .send({ version: 1, title: 'Shared care records across sectors' })
        .expect(200);
      expect(refined.body).toMatchObject({ title: 'Shared care records across sectors', version: 2, revisions: 1, mine: true });
      sharedRecords = refined.body;
    });

    it('rejects a score outside 1–5 naming the field, and writes nothing', async () => {
      const res = await t.http().put(`/api/workshop-sessions/${first}/scores/${nightSensors.id}`).set(anna.auth).send({ opportunity: 6, difficulty: 2 }).expect(400);
      expect(res.body.message).toEqual(['opportunity must be a whole number from 1 to 5']);
      expect(await count('workshop_scores')).toBe(0);
    });

    it('aggregates mean, spread and count per axis; each participant scores once', async () => {
      const score = (auth: Record<string, string>, id: string, opportunity: number, difficulty: number) =>
        t.http().put(`/api/workshop-sessions/${first}/scores/${id}`).set(auth).send({ opportunity, difficulty }).expect(204);
      await score(anna.auth, nightSensors.id, 5, 1);
      await score(anna.auth, nightSensors.id, 5, 2); // changes Anna's score, not a second vote
      await score(bo.auth, nightSensors.id, 4, 2);
      await score({ 'x-workshop-token': guestToken }, nightSensors.id, 3, 5);
      // Exactly on both midlines: a major project.
      await score(anna.auth, sharedRecords.id, 2, 4);
      await score(bo.auth, sharedRecords.id, 4, 2);
      // Facilitators run the session; they do not score.
      await t.http().put(`/api/workshop-sessions/${first}/scores/${nightSensors.id}`).set(facilitator.auth).send({ opportunity: 1, difficulty: 1 }).expect(403);

      const { points, scorers } = await matrix(first, facilitator.auth);
      expect(scorers).toBe(3);
      expect(points).toEqual([
        expect.objectContaining({
          title: 'Night sensors',
          opportunity: { mean: 4, spread: 0.82, count: 3 },
          difficulty: { mean: 3, spread: 1.41, count: 3 },
          votes: 3,
          quadrant: 'major-project',
        }),
        expect.objectContaining({ title: 'Shared care records across sectors', opportunity: { mean: 3, spread: 1, count: 2 }, quadrant: 'major-project' }),
      ]);
      expect((await session(first, anna.auth)).proposals.find((p) => p.id === nightSensors.id)?.myScore).toEqual({ opportunity: 5, difficulty: 2 });
    });

    it('announces changes to the session screen when they are committed', async () => {
      const events = t.app.get(WorkshopEvents);
      events.of(first); // opens the listening connection
      await new Promise((resolve) => setTimeout(resolve, 300));
      const received = firstValueFrom(events.of(first).pipe(take(2), toArray()));
      await t.http().put(`/api/workshop-sessions/${first}/scores/${sharedRecords.id}`).set(anna.auth).send({ opportunity: 3, difficulty: 3 }).expect(204);
      await t.http().post(`/api/workshop-sessions/${first}/elements`).set(bo.auth).send({ side: 'healthcare', text: 'Time to test' }).expect(201);
      const changes: WorkshopChange[] = await received;
      expect(changes.map((c) => [c.sessionId, c.what])).toEqual([
        [first, 'scores'],
        [first, 'elements'],
      ]);
      // A rejected write announces nothing: the next change is the valid one.
      const next = firstValueFrom(events.of(first));
      await t.http().put(`/api/workshop-sessions/${first}/scores/${sharedRecords.id}`).set(anna.auth).send({ opportunity: 0, difficulty: 3 }).expect(400);
      await t.http().put(`/api/workshop-sessions/${first}/me`).set(anna.auth).send({ motivation: 'Meet buyers' }).expect(200);
      expect((await next).what).toBe('participants');
    });

    describe('the next session of the series', () => {
      let second: string;

      beforeAll(async () => {
        second = (
          await t.http().post(`/api/workshops/${seriesId}/sessions`).set(facilitator.auth).send({ title: 'Aarhus', startsAt: '2027-04-01T09:00:00Z', online: true }).expect(201)
        ).body.id;
        await t.http().post(`/api/workshop-sessions/${second}/participants`).set(facilitator.auth).send({ email: anna.email, side: 'entrepreneur' }).expect(201);
        await t.http().post(`/api/workshop-sessions/${second}/participants`).set(facilitator.auth).send({ email: outsider.email, side: 'healthcare' }).expect(201);
      });

      it('carries the proposals over, to be refined there with the history kept', async () => {
        const seen = await session(second, outsider.auth);
        expect(seen).toMatchObject({ number: 2, online: true });
        expect(seen.proposals.map((p) => [p.title, p.sessionNumber, p.myScore])).toEqual([
          ['Night sensors', 1, null],
          ['Shared care records across sectors', 1, null],
        ]);
        // Anna wrote it in session 1 and refines it in session 2.
        await t
          .http()
          .patch(`/api/workshop-proposals/${nightSensors.id}`)
          .set(anna.auth)
          .send({ version: 1, sessionId: second, proposal: 'Test door sensors in two municipalities at once.' })
          .expect(200);
        const history = (await t.http().get(`/api/workshop-proposals/${nightSensors.id}/history`).set(outsider.auth).expect(200)).body;
        expect(history).toEqual([expect.objectContaining({ version: 1, sessionNumber: 1, proposal: proposalBody('x').proposal, editedBy: 'Test User' })]);
        // The guest of session 1 cannot act in session 2.
        await t.http().get(`/api/workshop-sessions/${second}`).set({ 'x-workshop-token': guestToken }).expect(403);
      });

      it('keeps each session its own matrix, and the report the latest scores', async () => {
        await t.http().put(`/api/workshop-sessions/${second}/scores/${nightSensors.id}`).set(outsider.auth).send({ opportunity: 2, difficulty: 4 }).expect(204);
        expect((await matrix(second, facilitator.auth)).points).toEqual([
          expect.objectContaining({ title: 'Night sensors', opportunity: { mean: 2, spread: 0, count: 1 }, quadrant: 'thankless' }),
        ]);
        expect((await matrix(first, facilitator.auth)).points.find((p) => p.title === 'Night sensors')).toMatchObject({ votes: 3 });

        const report = (await t.http().get(`/api/workshops/${seriesId}/report`).set(facilitator.auth).expect(200)).body;
        const night = report.points.find((p: { title: string }) => p.title === 'Night sensors');
        expect(night).toMatchObject({ votes: 1, quadrant: 'thankless' });
      });
    });

    it('clusters proposals into topics with recommendations, in the report and its CSV', async () => {
      const suggestions = (await t.http().get(`/api/workshops/${seriesId}/topic-suggestions`).set(facilitator.auth).expect(200)).body;
      expect(suggestions[0].proposalIds).toEqual(expect.arrayContaining([nightSensors.id]));
      const topic = (await t.http().post(`/api/workshops/${seriesId}/topics`).set(facilitator.auth).send({ name: 'Safe nights' }).expect(201)).body;
      const current = (await t.http().get(`/api/workshops/${seriesId}/proposals`).set(facilitator.auth).expect(200)).body as WorkshopProposal[];
      const night = current.find((p) => p.id === nightSensors.id)!;
      await t
        .http()
        .patch(`/api/workshop-proposals/${night.id}`)
        .set(facilitator.auth)
        .send({ version: night.version, topicId: topic.id, horizon: 'short-term', responsible: 'healthcare' })
        .expect(200);
      await t.http().patch(`/api/workshop-proposals/${night.id}`).set(facilitator.auth).send({ version: night.version + 1, topicId: '00000000-0000-4000-8000-000000000000' }).expect(400);
      await t.http().post(`/api/workshop-topics/${topic.id}/recommendations`).set(facilitator.auth).send({ authority: 'Region Nordjylland', text: 'Fund a joint night-sensor test.' }).expect(201);

      const report = (await t.http().get(`/api/workshops/${seriesId}/report`).set(anna.auth).expect(200)).body;
      expect(report.topics.map((g: { name: string | null; proposals: unknown[] }) => [g.name, g.proposals.length])).toEqual([
        ['Safe nights', 1],
        [null, 1],
      ]);
      expect(report.topics[0]).toMatchObject({
        proposals: [{ title: 'Night sensors', horizon: 'short-term', responsible: 'healthcare' }],
        recommendations: [{ authority: 'Region Nordjylland' }],
      });
      const csv = await t.http().get(`/api/workshops/${seriesId}/report.csv`).set(facilitator.auth).expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.text).toContain('Safe nights,Night sensors,1,thankless');
    });

    it('makes a draft need of a proposal for the user’s municipality', async () => {
      const municipality = await anOrganisationOf(t, bo, { status: 'published' });
      await t.http().post(`/api/workshop-proposals/${nightSensors.id}/need`).set(outsider.auth).send({ organisationId: municipality.id }).expect(403);
      const need = (await t.http().post(`/api/workshop-proposals/${nightSensors.id}/need`).set(bo.auth).send({ organisationId: municipality.id }).expect(201)).body;
      expect(need).toMatchObject({ title: 'Night sensors', status: 'draft', organisation: { id: municipality.id } });
      expect(need.description).toContain('Night-time wandering');
    });

    it('seeds a partnership from a proposal: an introduction both organisations must agree to', async () => {
      const municipality = (await t.dataSource.query("SELECT organisation_id AS id FROM memberships WHERE user_id = $1", [bo.id]))[0].id;
      const company = await anOrganisationOf(t, anna, { kind: 'company', testSite: undefined, population: undefined, careSettings: undefined, status: 'published' });
      const body = { organisationIds: [municipality, company.id] };
      await t.http().post(`/api/workshop-proposals/${nightSensors.id}/partnership`).set(anna.auth).send(body).expect(403);
      const partnership = (await t.http().post(`/api/workshop-proposals/${nightSensors.id}/partnership`).set(facilitator.auth).send(body).expect(201)).body;
      expect(partnership).toMatchObject({ stage: 'proposed', introduced: true });
      expect(partnership.note).toContain('From the workshop “Welfare tech in the region”: Night sensors.');
      expect(partnership.note).toContain('Night-time wandering');
    });

    it('stops contributions when the session is closed', async () => {
      await t.http().patch(`/api/workshop-sessions/${first}`).set(facilitator.auth).send({ step: 'closed' }).expect(200);
      await t.http().post(`/api/workshop-sessions/${first}/proposals`).set(anna.auth).send(proposalBody('Too late')).expect(409);
      await t.http().put(`/api/workshop-sessions/${first}/scores/${nightSensors.id}`).set(bo.auth).send({ opportunity: 1, difficulty: 1 }).expect(409);
    });
  });
});
