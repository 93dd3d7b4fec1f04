import type { Interest, Partnership, ScaleUpProposals } from '@opi/contracts';

import { anOrganisationOf, aUser, type TestUser } from '../../test/factories/accounts.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { NotificationCenter } from '../notifications/notification-center';

const published = { status: 'published' };
const companyBody = { kind: 'company' as const, testSite: undefined, population: undefined, careSettings: undefined, status: 'published' as const };

describe('scale-up proposals', () => {
  let t: TestApp;
  let staff: TestUser;
  let entrepreneur: TestUser;
  let broker: TestUser;
  let nextStaff: TestUser;
  let hospitalStaff: TestUser;
  let companyId: string;
  let nextMunicipalityId: string;
  let hospitalId: string;
  let nextNeedId: string;
  let partnership: Partnership;

  const proposals = async (user: TestUser, status = 200): Promise<ScaleUpProposals> =>
    (await t.http().get(`/api/partnerships/${partnership.id}/scale-up`).set(user.auth).expect(status)).body;
  const invite = (user: TestUser, body: object) => t.http().post(`/api/partnerships/${partnership.id}/scale-up/invitations`).set(user.auth).send(body);
  const aNeed = async (user: TestUser, organisationId: string, title: string, description: string) =>
    (await t.http().post('/api/needs').set(user.auth).send({ organisationId, title, description, careAreas: ['dementia'], ...published }).expect(201)).body.id as string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await aUser(t, 'public_staff');
    entrepreneur = await aUser(t, 'entrepreneur');
    broker = await aUser(t, 'cluster_manager');
    nextStaff = await aUser(t, 'public_staff');
    hospitalStaff = await aUser(t, 'public_staff');
    const municipalityId = (await anOrganisationOf(t, staff, { status: 'published' })).id;
    companyId = (await anOrganisationOf(t, entrepreneur, companyBody)).id;
    nextMunicipalityId = (await anOrganisationOf(t, nextStaff, { status: 'published', name: 'Vestby Kommune' })).id;
    hospitalId = (await anOrganisationOf(t, hospitalStaff, { status: 'published', kind: 'hospital', name: 'Nordic Hospital', population: undefined, careSettings: undefined })).id;
    const needId = await aNeed(staff, municipalityId, 'Night-time wandering of residents with dementia', 'Residents with dementia leave their rooms at night and get lost.');
    nextNeedId = await aNeed(nextStaff, nextMunicipalityId, 'Residents with dementia wander at night', 'At night, people with dementia walk out of the nursing home unnoticed.');
    await aNeed(hospitalStaff, hospitalId, 'Patients with dementia leave the ward at night', 'Confused patients with dementia wander off the ward at night.');
    const offeringId = (
      await t.http()
        .post('/api/offerings')
        .set(entrepreneur.auth)
        .send({ organisationId: companyId, title: 'Door Guard', description: 'Discreet door sensors that alert night staff when a resident with dementia wanders.', careAreas: ['dementia'], ...published })
        .expect(201)
    ).body.id;
    partnership = (
      await t.http().post('/api/partnerships').set(broker.auth).send({ organisationIds: [municipalityId, companyId], needId, offeringId, note: 'Both on night-time wandering.' }).expect(201)
    ).body;
    await t.http().post(`/api/partnerships/${partnership.id}/consent`).set(staff.auth).send({ accept: true }).expect(200);
    partnership = (await t.http().post(`/api/partnerships/${partnership.id}/consent`).set(entrepreneur.auth).send({ accept: true }).expect(200)).body;
  });

  afterAll(() => t.close());

  it('open once the partnership reaches scaling', async () => {
    expect(await proposals(entrepreneur)).toEqual({ available: false, canInvite: false, items: [] });
    await invite(entrepreneur, { organisationId: nextMunicipalityId, message: 'Door Guard worked in our test: try it too?' }).expect(409);

    partnership = (
      await t.http().post(`/api/partnerships/${partnership.id}/stage`).set(broker.auth).send({ stage: 'scaling', version: partnership.version, override: true, reason: 'Tested and bought' }).expect(200)
    ).body;
    const seen = await proposals(entrepreneur);
    expect(seen).toMatchObject({ available: true, canInvite: true });
    const names = seen.items.map((p) => p.organisation.name);
    expect(names).toEqual(expect.arrayContaining(['Vestby Kommune', 'Nordic Hospital']));
    // Not the parties themselves, and not the company side.
    expect(seen.items.every((p) => ['municipality', 'hospital'].includes(p.organisation.kind))).toBe(true);
    const vestby = seen.items.find((p) => p.organisation.id === nextMunicipalityId);
    expect(vestby).toMatchObject({ need: { id: nextNeedId }, invitedAt: null });
    expect(vestby?.reasons.length).toBeGreaterThan(0);
    // The municipality's staff see them but do not invite; outsiders do not see the partnership at all.
    expect((await proposals(staff)).canInvite).toBe(false);
    await proposals(nextStaff, 404);
  });

  it('invite: the company by an interest, a cluster manager by an introduction, once per organisation', async () => {
    await invite(staff, { organisationId: nextMunicipalityId, message: 'Door Guard worked in our test: try it too?' }).expect(403);
    const bad = await invite(entrepreneur, { organisationId: companyId, needId: nextNeedId, message: 'short' }).expect(400);
    expect(bad.body.message).toEqual(expect.arrayContaining([expect.stringContaining('message')]));
    await invite(entrepreneur, { organisationId: companyId, message: 'Door Guard worked in our test: try it too?' }).expect(400);
    await invite(entrepreneur, { organisationId: hospitalId, needId: nextNeedId, message: 'Door Guard worked in our test: try it too?' }).expect(400);

    const invitation = (await invite(entrepreneur, { organisationId: nextMunicipalityId, needId: nextNeedId, message: 'Door Guard worked in our test: try it too?' }).expect(201)).body;
    expect(invitation).toMatchObject({ organisationId: nextMunicipalityId, needId: nextNeedId, partnershipId: null });
    await invite(broker, { organisationId: nextMunicipalityId, message: 'You should meet Door Guard: it worked in Lindholt.' }).expect(409);

    // Vestby receives an interest from the offering, and is told.
    const received = (await t.http().get('/api/interests?direction=received').set(nextStaff.auth).expect(200)).body.items as Interest[];
    expect(received).toEqual([expect.objectContaining({ id: invitation.interestId, subject: expect.objectContaining({ title: 'Door Guard' }), canRespond: true })]);
    await t.app.get(NotificationCenter).deliverPending();
    expect((await t.http().get('/api/notifications/unread-count').set(nextStaff.auth).expect(200)).body.count).toBe(1);

    // A cluster manager introduces the hospital to the company.
    const introduced = (await invite(broker, { organisationId: hospitalId, message: 'You should meet Door Guard: it worked in a test.' }).expect(201)).body;
    const proposed = (await t.http().get(`/api/partnerships/${introduced.partnershipId}`).set(hospitalStaff.auth).expect(200)).body as Partnership;
    expect(proposed).toMatchObject({ stage: 'proposed', introduced: true, offering: { title: 'Door Guard' } });

    const after = await proposals(broker);
    expect(after.items.filter((p) => p.invitedAt !== null).map((p) => p.organisation.id).sort()).toEqual([nextMunicipalityId, hospitalId].sort());
    const history = (await t.http().get(`/api/partnerships/${partnership.id}`).set(broker.auth).expect(200)).body as Partnership;
    expect(history.history.filter((e) => e.kind === 'scale-up').map((e) => e.text).sort()).toEqual(['Nordic Hospital', 'Vestby Kommune']);
  });
});
