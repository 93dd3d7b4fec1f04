import type { Interest, Partnership } from '@opi/contracts';

import { anOrganisationOf, aUser, type TestUser } from '../../test/factories/accounts.factory';
import { createTestApp, type TestApp } from '../../test/test-app';

const companyBody = { kind: 'company' as const, testSite: undefined, population: undefined, careSettings: undefined, status: 'published' as const };
const published = { status: 'published' };

describe('brokering: interests, introductions and the pipeline', () => {
  let t: TestApp;
  let staff: TestUser;
  let entrepreneur: TestUser;
  let broker: TestUser;
  let outsider: TestUser;
  let municipalityId: string;
  let companyId: string;
  let needId: string;
  let offeringId: string;

  const count = async (table: string) => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    staff = await aUser(t, 'public_staff');
    entrepreneur = await aUser(t, 'entrepreneur');
    broker = await aUser(t, 'cluster_manager');
    outsider = await aUser(t, 'entrepreneur');
    municipalityId = (await anOrganisationOf(t, staff, { status: 'published' })).id;
    companyId = (await anOrganisationOf(t, entrepreneur, companyBody)).id;
    await anOrganisationOf(t, outsider, companyBody);
    needId = (
      await t.http().post('/api/needs').set(staff.auth).send({ organisationId: municipalityId, title: 'Night-time wandering in nursing homes', description: 'Residents with dementia leave their rooms at night.', ...published }).expect(201)
    ).body.id;
    offeringId = (
      await t.http().post('/api/offerings').set(entrepreneur.auth).send({ organisationId: companyId, title: 'Door Guard', description: 'Discreet exit alerts for people with dementia.', ...published }).expect(201)
    ).body.id;
  });

  afterAll(() => t.close());

  describe('an expression of interest', () => {
    let interest: Interest;

    it('goes from a member of the subject’s organisation to the target’s', async () => {
      const body = { subject: { type: 'offering', id: offeringId }, target: { type: 'need', id: needId }, message: 'We would like to test Door Guard with you.' };
      await t.http().post('/api/interests').set(outsider.auth).send(body).expect(403);
      const bad = await t.http().post('/api/interests').set(entrepreneur.auth).send({ ...body, message: 'Hi', extra: true }).expect(400);
      expect(bad.body.message).toEqual(expect.arrayContaining([expect.stringContaining('message'), expect.stringContaining('extra')]));
      await t.http().post('/api/interests').set(entrepreneur.auth).send({ ...body, target: { type: 'offering', id: offeringId } }).expect(400);
      expect(await count('interests')).toBe(0);

      interest = (await t.http().post('/api/interests').set(entrepreneur.auth).send(body).expect(201)).body;
      expect(interest).toMatchObject({ status: 'pending', from: { id: companyId }, to: { id: municipalityId }, subject: { title: 'Door Guard' }, canRespond: false });
      await t.http().post('/api/interests').set(entrepreneur.auth).send(body).expect(409);

      const received = (await t.http().get('/api/interests?direction=received').set(staff.auth).expect(200)).body;
      expect(received.items).toEqual([expect.objectContaining({ id: interest.id, canRespond: true, message: 'We would like to test Door Guard with you.' })]);
      expect((await t.http().get('/api/interests?direction=sent').set(entrepreneur.auth).expect(200)).body.total).toBe(1);
    });

    it('is answered by the receiving organisation only; accepted, it becomes a partnership', async () => {
      await t.http().post(`/api/interests/${interest.id}/accept`).set(entrepreneur.auth).expect(403);
      await t.http().post(`/api/interests/${interest.id}/accept`).set(outsider.auth).expect(404);
      const accepted = (await t.http().post(`/api/interests/${interest.id}/accept`).set(staff.auth).expect(200)).body as Interest;
      expect(accepted).toMatchObject({ status: 'accepted', canRespond: false });
      await t.http().post(`/api/interests/${interest.id}/decline`).set(staff.auth).send({ reason: 'Changed my mind' }).expect(409);

      const partnership = (await t.http().get(`/api/partnerships/${accepted.partnershipId}`).set(entrepreneur.auth).expect(200)).body as Partnership;
      expect(partnership).toMatchObject({
        title: 'Door Guard × Night-time wandering in nursing homes',
        stage: 'introduced',
        need: { id: needId },
        offering: { id: offeringId },
        introduced: false,
        canEdit: true,
        canOverride: false,
        myOrganisationId: companyId,
      });
      // Both sides agreed (one by asking, one by accepting): contacts are shared.
      expect(partnership.partyDetails.map((p) => p.contacts?.length)).toEqual([1, 1]);
    });

    it('can be declined with a reason', async () => {
      const body = { subject: { type: 'need', id: needId }, target: { type: 'offering', id: offeringId }, message: 'Could your door sensors work at home too?' };
      const sent = (await t.http().post('/api/interests').set(staff.auth).send(body).expect(201)).body as Interest;
      await t.http().post(`/api/interests/${sent.id}/decline`).set(entrepreneur.auth).send({}).expect(400);
      const declined = (await t.http().post(`/api/interests/${sent.id}/decline`).set(entrepreneur.auth).send({ reason: 'Not for home use yet' }).expect(200)).body;
      expect(declined).toMatchObject({ status: 'declined', declineReason: 'Not for home use yet', partnershipId: null });
    });
  });

  describe('an introduction by a cluster manager', () => {
    let partnership: Partnership;

    it('is made by cluster managers only, and shares contacts once both sides agree', async () => {
      const body = { organisationIds: [municipalityId, companyId], needId, offeringId, note: 'Both of you work on night-time wandering.' };
      await t.http().post('/api/partnerships').set(entrepreneur.auth).send(body).expect(403);
      await t.http().post('/api/partnerships').set(broker.auth).send({ ...body, needId: offeringId }).expect(400);
      partnership = (await t.http().post('/api/partnerships').set(broker.auth).send(body).expect(201)).body;
      expect(partnership).toMatchObject({ stage: 'proposed', introduced: true, note: body.note, canOverride: true });
      expect(partnership.partyDetails.every((p) => p.contacts === null && p.consentAt === null)).toBe(true);

      // Parties see it to answer; outsiders do not see it at all.
      await t.http().get(`/api/partnerships/${partnership.id}`).set(outsider.auth).expect(404);
      const seen = (await t.http().get(`/api/partnerships/${partnership.id}`).set(staff.auth).expect(200)).body as Partnership;
      expect(seen).toMatchObject({ canEdit: false, myOrganisationId: municipalityId });
      await t.http().post(`/api/partnerships/${partnership.id}/notes`).set(staff.auth).send({ text: 'Too early' }).expect(409);

      const half = (await t.http().post(`/api/partnerships/${partnership.id}/consent`).set(staff.auth).send({ accept: true }).expect(200)).body as Partnership;
      expect(half.stage).toBe('proposed');
      expect(half.partyDetails.every((p) => p.contacts === null)).toBe(true);
      await t.http().post(`/api/partnerships/${partnership.id}/consent`).set(staff.auth).send({ accept: true }).expect(403);

      const both = (await t.http().post(`/api/partnerships/${partnership.id}/consent`).set(entrepreneur.auth).send({ accept: true }).expect(200)).body as Partnership;
      expect(both.stage).toBe('introduced');
      expect(both.partyDetails.map((p) => p.contacts)).toEqual(
        expect.arrayContaining([[expect.objectContaining({ email: staff.email })], [expect.objectContaining({ email: entrepreneur.email })]]),
      );
      const consents = await t.dataSource.query('SELECT consent_at, consent_by FROM partnership_parties WHERE partnership_id = $1', [partnership.id]);
      expect(consents.map((c: { consent_by: string }) => c.consent_by).sort()).toEqual([staff.id, entrepreneur.id].sort());
      partnership = both;
    });

    it('moves one stage at a time; a jump is a 409 unless a cluster manager overrides with a reason', async () => {
      const move = (user: TestUser, body: Record<string, unknown>) => t.http().post(`/api/partnerships/${partnership.id}/stage`).set(user.auth).send(body);
      await move(outsider, { stage: 'exploring', version: partnership.version }).expect(404);
      partnership = (await move(staff, { stage: 'exploring', version: partnership.version }).expect(200)).body;
      expect(partnership).toMatchObject({ stage: 'exploring', guidePhase: 'phase-1-idea-and-need' });
      await move(staff, { stage: 'exploring', version: partnership.version - 1 }).expect(409);

      const jump = await move(entrepreneur, { stage: 'testing', version: partnership.version }).expect(409);
      expect(jump.body.message).toBe('Partnerships move one stage at a time: from exploring the next stage is agreement');
      await move(entrepreneur, { stage: 'testing', version: partnership.version, override: true, reason: 'We agreed on paper' }).expect(403);
      await move(broker, { stage: 'testing', version: partnership.version, override: true }).expect(400);
      partnership = (await move(broker, { stage: 'testing', version: partnership.version, override: true, reason: 'Agreement signed outside the portal' }).expect(200)).body;
      expect(partnership.stage).toBe('testing');
      expect(partnership.history[0]).toMatchObject({ kind: 'override', fromStage: 'exploring', toStage: 'testing', text: 'Agreement signed outside the portal', by: 'cluster_manager' });
    });

    it('keeps notes and tasks with the history, and closes with an outcome and a reason', async () => {
      partnership = (await t.http().post(`/api/partnerships/${partnership.id}/notes`).set(staff.auth).send({ text: 'Test starts in ward 3.' }).expect(201)).body;
      partnership = (await t.http().post(`/api/partnerships/${partnership.id}/tasks`).set(entrepreneur.auth).send({ title: 'Install sensors', dueDate: '2027-02-01' }).expect(201)).body;
      await t.http().post(`/api/partnerships/${partnership.id}/tasks`).set(entrepreneur.auth).send({ title: 'Bad date', dueDate: '01/02/2027' }).expect(400);
      const task = partnership.tasks[0];
      expect(task).toMatchObject({ title: 'Install sensors', dueDate: '2027-02-01', doneAt: null });
      await t.http().patch(`/api/partnership-tasks/${task.id}`).set(outsider.auth).send({ done: true }).expect(404);
      expect((await t.http().patch(`/api/partnership-tasks/${task.id}`).set(staff.auth).send({ done: true }).expect(200)).body.doneAt).not.toBeNull();

      const close = (body: Record<string, unknown>) => t.http().post(`/api/partnerships/${partnership.id}/stage`).set(staff.auth).send({ stage: 'closed', version: partnership.version, ...body });
      const missing = await close({}).expect(400);
      expect(missing.body.message).toEqual(expect.arrayContaining([expect.stringContaining('reason'), expect.stringContaining('outcome')]));
      const closed = (await close({ outcome: 'succeeded', reason: 'Implemented in all nursing homes' }).expect(200)).body as Partnership;
      expect(closed).toMatchObject({ stage: 'closed', outcome: 'succeeded', closeReason: 'Implemented in all nursing homes' });
      expect(closed.history.map((e) => e.kind)).toEqual(['stage', 'task-done', 'task', 'note', 'override', 'stage', 'stage', 'consent', 'consent', 'created']);
      await t.http().post(`/api/partnerships/${partnership.id}/stage`).set(staff.auth).send({ stage: 'scaling', version: closed.version }).expect(409);
    });

    it('is evaluated by each party when closed: benefits seen and whether it was implemented', async () => {
      const url = `/api/partnerships/${partnership.id}/evaluation`;
      await t.http().put(url).set(broker.auth).send({ benefits: [], implemented: false }).expect(403);
      await t.http().put(url).set(outsider.auth).send({ benefits: [], implemented: false }).expect(404);
      const bad = await t.http().put(url).set(staff.auth).send({ benefits: ['fame'], implemented: 'yes' }).expect(400);
      expect(bad.body.message).toEqual(expect.arrayContaining([expect.stringContaining('benefits'), expect.stringContaining('implemented')]));
      await t.http().put(url).set(staff.auth).send({ benefits: ['staff-time-saved'], implemented: true }).expect(200);
      const both = (await t.http().put(url).set(entrepreneur.auth).send({ benefits: ['product-validated', 'public-customer-access'], implemented: true, comment: 'Sold to two more' }).expect(200)).body as Partnership;
      expect(both.evaluations.map((e) => [e.organisation.id, e.benefits, e.implemented])).toEqual(
        expect.arrayContaining([
          [municipalityId, ['staff-time-saved'], true],
          [companyId, ['product-validated', 'public-customer-access'], true],
        ]),
      );
      // Changed, not added.
      await t.http().put(url).set(staff.auth).send({ benefits: ['staff-time-saved', 'better-quality-for-citizens'], implemented: true }).expect(200);
      expect(await count('partnership_evaluations')).toBe(2);
    });

    it('a refused introduction is closed, with the reason', async () => {
      const made = (await t.http().post('/api/partnerships').set(broker.auth).send({ organisationIds: [municipalityId, companyId], note: 'You might want to meet about falls.' }).expect(201)).body as Partnership;
      await t.http().post(`/api/partnerships/${made.id}/consent`).set(entrepreneur.auth).send({ accept: false }).expect(400);
      const refused = (await t.http().post(`/api/partnerships/${made.id}/consent`).set(entrepreneur.auth).send({ accept: false, reason: 'We do not work on falls' }).expect(200)).body;
      expect(refused).toMatchObject({ stage: 'closed', outcome: 'stopped', closeReason: 'We do not work on falls' });
      expect(refused.partyDetails.every((p: { contacts: unknown }) => p.contacts === null)).toBe(true);
      const open = (await t.http().post('/api/partnerships').set(broker.auth).send({ organisationIds: [municipalityId, companyId], note: 'Another reason to meet, about medication.' }).expect(201)).body;
      await t.http().put(`/api/partnerships/${open.id}/evaluation`).set(staff.auth).send({ benefits: [], implemented: false }).expect(409);
    });
  });

  it('lists partnerships for their parties; cluster managers see all, with stale ones flagged', async () => {
    await t.dataSource.query("UPDATE partnerships SET last_activity_at = now() - interval '61 days' WHERE stage = 'introduced'");
    const mine = (await t.http().get('/api/partnerships').set(entrepreneur.auth).expect(200)).body;
    expect(mine.total).toBe(4);
    expect((await t.http().get('/api/partnerships').set(outsider.auth).expect(200)).body.total).toBe(0);
    const all = (await t.http().get('/api/partnerships?stage=introduced').set(broker.auth).expect(200)).body;
    expect(all.items).toEqual([expect.objectContaining({ stage: 'introduced', stale: true })]);
    const closed = (await t.http().get('/api/partnerships?stage=closed').set(broker.auth).expect(200)).body;
    expect(closed.items.every((p: { stale: boolean }) => !p.stale)).toBe(true);
  });
});
