import { anOrganisationOf, aUser, organisationBody, type TestUser } from '../../test/factories/accounts.factory';
import { createTestApp, type TestApp } from '../../test/test-app';

describe('organisations: create, edit, publish, members', () => {
  let t: TestApp;
  let owner: TestUser;
  let stranger: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await aUser(t, 'public_staff');
    stranger = await aUser(t, 'entrepreneur');
  });

  afterAll(() => t.close());

  it('creates a municipality with its test-site offer; the creator owns it; drafts stay private', async () => {
    const res = await t.http().post('/api/organisations').set(owner.auth).send(organisationBody({ name: 'Vestfjord Kommune' })).expect(201);
    expect(res.body).toMatchObject({
      kind: 'municipality',
      name: 'Vestfjord Kommune',
      status: 'draft',
      population: 52000,
      careSettings: ['nursing-home', 'home-care'],
      testSite: { offered: true, settings: ['nursing-home'], capacity: 20, contact: 'Lise, lise@testrup.dk' },
      version: 1,
    });
    const id = res.body.id;
    const me = await t.http().get('/api/me').set(owner.auth).expect(200);
    expect(me.body.memberships).toEqual([expect.objectContaining({ organisationId: id, role: 'owner', status: 'draft' })]);

    await t.http().get(`/api/organisations/${id}`).expect(404);
    await t.http().get(`/api/organisations/${id}`).set(stranger.auth).expect(404);
    await t.http().get(`/api/organisations/${id}`).set(owner.auth).expect(200);
    const cluster = await aUser(t, 'cluster_manager');
    await t.http().get(`/api/organisations/${id}`).set(cluster.auth).expect(200);
    const directory = await t.http().get('/api/organisations?q=Vestfjord').expect(200);
    expect(directory.body.total).toBe(0);
  });

  it('publishes with the right version; a stale version gets 409 and changes nothing', async () => {
    const org = await anOrganisationOf(t, owner, { name: 'Søndervig Kommune' });
    const published = await t.http().patch(`/api/organisations/${org.id}`).set(owner.auth).send({ version: org.version, status: 'published', population: 60000 }).expect(200);
    expect(published.body).toMatchObject({ status: 'published', population: 60000, version: org.version + 1 });

    const stale = await t.http().patch(`/api/organisations/${org.id}`).set(owner.auth).send({ version: org.version, name: 'Lost Update' }).expect(409);
    expect(stale.body.message).toMatch(/version/);
    const [row] = await t.dataSource.query('SELECT name, version FROM organisations WHERE id = $1', [org.id]);
    expect(row).toEqual({ name: 'Søndervig Kommune', version: org.version + 1 });

    // Signed out, a visitor finds it in the directory, even with a typo in the name.
    const typo = await t.http().get('/api/organisations').query({ q: 'Søndervik' }).expect(200);
    expect(typo.body.items.map((o: { id: string }) => o.id)).toContain(org.id);
    await t.http().get(`/api/organisations/${org.id}`).expect(200);
  });

  it.each([
    [{ kind: 'company', population: 10 }, 'population'],
    [{ kind: 'company', testSite: { offered: true, settings: [], capacity: 1 } }, 'testSite'],
    [{ kind: 'municipality', website: 'https://x.dk' }, 'website'],
    [{ kind: 'hospital', beds: -1 }, 'beds'],
    [{ kind: 'knowledge_institution', vatNumber: 'DK1234' }, 'vatNumber'],
    [{ kind: 'company', website: 'not a url' }, 'website'],
    [{ country: 'Denmark' }, 'country'],
    [{ name: '' }, 'name'],
    [{ careAreas: ['astrology'] }, 'careAreas'],
    [{ kind: 'spaceship' }, 'kind'],
    [{ testSite: { offered: 'yes', settings: ['moon'], capacity: 1.5 } }, 'testSite'],
    [{ owner: 'me' }, 'owner'],
  ])('rejects %j with a 400 naming %s, and writes nothing', async (overrides, field) => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM organisations');
    const res = await t.http().post('/api/organisations').set(owner.auth).send({ ...organisationBody(), ...overrides }).expect(400);
    expect(JSON.stringify(res.body.message)).toContain(field);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM organisations')).toEqual(before);
  });

  it('refuses on update a field the stored kind does not have', async () => {
    const org = await anOrganisationOf(t, owner);
    const res = await t.http().patch(`/api/organisations/${org.id}`).set(owner.auth).send({ version: org.version, sizeBand: '10-49' }).expect(400);
    expect(JSON.stringify(res.body.message)).toContain('sizeBand is only for companies');
    await t.http().patch(`/api/organisations/${org.id}`).set(owner.auth).send({ version: org.version, kind: 'company' }).expect(400);
  });

  it('invites by e-mail; the invitee accepts, edits, leaves; owners remove; the last owner stays', async () => {
    const org = await anOrganisationOf(t, owner);
    const invitee = await aUser(t, 'public_staff');
    const invite = await t.http().post(`/api/organisations/${org.id}/invitations`).set(owner.auth).send({ email: invitee.email.toUpperCase() }).expect(201);
    const token = invite.body.acceptUrl.split('/invitations/')[1];

    const preview = await t.http().get(`/api/invitations/${token}`).expect(200);
    expect(preview.body).toMatchObject({ organisationId: org.id, email: invitee.email });
    await t.http().post(`/api/invitations/${token}/accept`).set(stranger.auth).expect(403);
    await t.http().post(`/api/invitations/${token}/accept`).set(invitee.auth).expect(200);
    await t.http().post(`/api/invitations/${token}/accept`).set(invitee.auth).expect(410);

    const members = await t.http().get(`/api/organisations/${org.id}/members`).set(invitee.auth).expect(200);
    expect(members.body.map((m: { role: string }) => m.role).sort()).toEqual(['member', 'owner']);
    await t.http().patch(`/api/organisations/${org.id}`).set(invitee.auth).send({ version: org.version, city: 'Testrup' }).expect(200);
    // Members cannot invite or remove others.
    await t.http().post(`/api/organisations/${org.id}/invitations`).set(invitee.auth).send({ email: 'x@y.dk' }).expect(403);
    await t.http().delete(`/api/organisations/${org.id}/members/${owner.id}`).set(invitee.auth).expect(403);
    // The last owner cannot leave.
    await t.http().delete(`/api/organisations/${org.id}/members/${owner.id}`).set(owner.auth).expect(409);
    // The member leaves; content stays.
    await t.http().delete(`/api/organisations/${org.id}/members/${invitee.id}`).set(invitee.auth).expect(204);
    await t.http().get(`/api/organisations/${org.id}/members`).set(invitee.auth).expect(403);
  });

  it('lets an admin unpublish, and logs every write for admins only', async () => {
    const admin = await aUser(t, 'admin');
    const org = await anOrganisationOf(t, owner, { status: 'published' });
    await t.http().post(`/api/admin/organisations/${org.id}/unpublish`).set(owner.auth).expect(403);
    await t.http().post(`/api/admin/organisations/${org.id}/unpublish`).set(admin.auth).expect(204);
    await t.http().get(`/api/organisations/${org.id}`).expect(404);

    await t.http().get('/api/audit').set(owner.auth).expect(403);
    const audit = await t.http().get('/api/audit?pageSize=200').set(admin.auth).expect(200);
    const actions = audit.body.items.filter((e: { entityId: string }) => e.entityId === org.id).map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['organisation.create', 'organisation.unpublish']));
    const created = audit.body.items.find((e: { entityId: string; action: string }) => e.entityId === org.id && e.action === 'organisation.create');
    expect(created).toMatchObject({ userId: owner.id, userEmail: owner.email, after: { ownerIds: [owner.id] } });
  });
});
