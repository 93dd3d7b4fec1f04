import type { Need, NeedCreate, Offering, Page } from '@opi/contracts';

import { anOrganisationOf, aUser, type TestUser } from '../../test/factories/accounts.factory';
import { createTestApp, type TestApp } from '../../test/test-app';

const needBody = (organisationId: string, overrides: Partial<NeedCreate> = {}): NeedCreate => ({
  organisationId,
  title: 'Night-time wandering in our nursing homes',
  description: 'Residents with dementia leave their rooms at night and staff notice too late.',
  careAreas: ['dementia'],
  targetGroups: ['people-with-dementia'],
  settings: ['nursing-home'],
  minTrl: 6,
  testSiteOffered: true,
  ...overrides,
});

describe('needs and offerings: writing, ownership and visibility', () => {
  let t: TestApp;
  let staff: TestUser;
  let colleague: TestUser;
  let entrepreneur: TestUser;
  let manager: TestUser;
  let municipalityId: string;
  let companyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await aUser(t, 'public_staff');
    colleague = await aUser(t, 'public_staff');
    entrepreneur = await aUser(t, 'entrepreneur');
    manager = await aUser(t, 'cluster_manager');
    municipalityId = (await anOrganisationOf(t, staff, { status: 'published' })).id;
    companyId = (
      await anOrganisationOf(t, entrepreneur, {
        kind: 'company',
        status: 'published',
        testSite: undefined,
        population: undefined,
        careSettings: undefined,
      })
    ).id;
  });

  afterAll(() => t.close());

  const create = (user: TestUser, body: object) => t.http().post('/api/needs').set(user.auth).send(body);

  it('lets a member create a need: a private draft with its details, language detected', async () => {
    const res = await create(
      staff,
      needBody(municipalityId, {
        title: 'Beboere med demens vandrer om natten',
        description: 'Om natten vandrer beboerne rundt på plejecentret, og personalet opdager det for sent.',
        wantedStart: '2027-03-01',
        testPeriodMonths: 6,
        budgetNote: 'Co-funded by the regional welfare-tech pool',
        contact: { name: 'Lise Holm', email: 'lise@testrup.dk', phone: '+45 12 34 56 78' },
        attachments: [{ title: 'Problem description', url: 'https://testrup.dk/needs/night.pdf' }],
      }),
    ).expect(201);
    const need = res.body as Need;
    expect(need).toMatchObject({
      status: 'draft',
      language: 'da',
      wantedStart: '2027-03-01',
      testPeriodMonths: 6,
      contact: { name: 'Lise Holm' },
      attachments: [{ title: 'Problem description' }],
      version: 1,
      staleReminderAt: null,
    });
    expect(need.organisation.id).toBe(municipalityId);

    await t.http().get(`/api/needs/${need.id}`).expect(404);
    await t.http().get(`/api/needs/${need.id}`).set(entrepreneur.auth).expect(404);
    await t.http().get(`/api/needs/${need.id}`).set(staff.auth).expect(200);
    await t.http().get(`/api/needs/${need.id}`).set(manager.auth).expect(200);
    const list = await t.http().get('/api/needs').expect(200);
    expect((list.body as Page<Need>).items.map((n) => n.id)).not.toContain(need.id);
  });

  it('publishes, archives and republishes through PATCH with the version read; a stale version is 409', async () => {
    const draft = (await create(staff, needBody(municipalityId)).expect(201)).body as Need;
    const published = await t.http().patch(`/api/needs/${draft.id}`).set(staff.auth).send({ status: 'published', version: 1 }).expect(200);
    expect(published.body).toMatchObject({ status: 'published', version: 2 });
    await t.http().get(`/api/needs/${draft.id}`).expect(200);
    expect((await t.http().get('/api/needs').expect(200)).body.items.map((n: Need) => n.id)).toContain(draft.id);

    const stale = await t.http().patch(`/api/needs/${draft.id}`).set(staff.auth).send({ title: 'Too late', version: 1 }).expect(409);
    expect(stale.body.message).toMatch(/version 1 is stale/);

    await t.http().patch(`/api/needs/${draft.id}`).set(staff.auth).send({ status: 'archived', version: 2 }).expect(200);
    await t.http().get(`/api/needs/${draft.id}`).expect(404);
    expect((await t.http().get('/api/needs').expect(200)).body.items.map((n: Need) => n.id)).not.toContain(draft.id);
    await t.http().patch(`/api/needs/${draft.id}`).set(staff.auth).send({ status: 'published', version: 3 }).expect(200);
    await t.http().get(`/api/needs/${draft.id}`).expect(200);
  });

  it('shows the contact person to signed-in users only', async () => {
    const need = (
      await create(staff, needBody(municipalityId, { status: 'published', contact: { name: 'Ida Berg', email: 'ida@testrup.dk', phone: null } })).expect(201)
    ).body as Need;
    expect((await t.http().get(`/api/needs/${need.id}`).expect(200)).body.contact).toBeNull();
    expect((await t.http().get(`/api/needs/${need.id}`).set(entrepreneur.auth).expect(200)).body.contact).toEqual({
      name: 'Ida Berg',
      email: 'ida@testrup.dk',
      phone: null,
    });
  });

  it('refuses writes by people outside the owning organisation, and changes nothing', async () => {
    const need = (await create(staff, needBody(municipalityId, { status: 'published' })).expect(201)).body as Need;
    await create(entrepreneur, needBody(municipalityId)).expect(403);
    await t.http().patch(`/api/needs/${need.id}`).set(entrepreneur.auth).send({ title: 'Hijacked', version: 1 }).expect(403);
    await t.http().patch(`/api/needs/${need.id}`).set(colleague.auth).send({ title: 'Hijacked', version: 1 }).expect(403);
    await t.http().delete(`/api/needs/${need.id}`).set(entrepreneur.auth).expect(403);
    await t.http().patch(`/api/needs/${need.id}`).send({ title: 'Hijacked', version: 1 }).expect(401);
    const after = (await t.http().get(`/api/needs/${need.id}`).expect(200)).body as Need;
    expect(after).toMatchObject({ title: need.title, version: 1 });
  });

  it('keeps needs with municipalities and hospitals, offerings with companies and knowledge institutions', async () => {
    const wrongKind = await create(entrepreneur, needBody(companyId)).expect(400);
    expect(wrongKind.body.message.join(' ')).toMatch(/organisationId: a need belongs to a municipality or hospital/);
    const offering = await t
      .http()
      .post('/api/offerings')
      .set(entrepreneur.auth)
      .send({
        organisationId: companyId,
        title: 'Discreet bed sensor',
        description: 'Warns night staff when a resident with dementia gets up.',
        trl: 7,
        seekingTestSite: true,
        ceClass: 'I',
        evidence: [{ kind: 'study', title: 'Pilot at Testrup nursing home 2025', url: 'https://example.com/pilot' }],
        status: 'published',
      })
      .expect(201);
    expect(offering.body as Offering).toMatchObject({ trl: 7, ceClass: 'I', evidence: [{ kind: 'study' }], language: 'en' });
    await t.http().post('/api/offerings').set(staff.auth).send({ organisationId: municipalityId, title: 'Ours', description: 'Not a company of ours at all.' }).expect(400);
  });

  it('answers bad input with 400 naming each field, and writes nothing', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM needs');
    const res = await create(staff, {
      ...needBody(municipalityId),
      title: 'x',
      careAreas: ['dementia', 'astrology'],
      minTrl: 12,
      wantedStart: '2027-02-30',
      contact: { name: 'L', email: 'not-an-email' },
      attachments: [{ title: 'Spec', url: 'javascript:alert(1)' }],
      extra: 'field',
    }).expect(400);
    const message = (res.body.message as string[]).join('\n');
    for (const field of ['title', 'careAreas', 'minTrl', 'wantedStart', 'contact.name', 'contact.email', 'attachments.url', 'extra']) {
      expect(message).toContain(field);
    }
    const nullTitle = await t.http().patch(`/api/needs/${(await create(staff, needBody(municipalityId)).expect(201)).body.id}`).set(staff.auth).send({ title: null, version: 1 }).expect(400);
    expect(nullTitle.body.message.join(' ')).toContain('title');
    await t.http().patch('/api/needs/not-a-uuid').set(staff.auth).send({ version: 1 }).expect(404);
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM needs');
    expect(after[0].n).toBe(before[0].n + 1);
  });

  it('lists my needs with every status and deletes one', async () => {
    const mine = await t.http().get('/api/me/needs').set(staff.auth).expect(200);
    const statuses = new Set((mine.body as Page<Need>).items.map((n) => n.status));
    expect(statuses).toEqual(new Set(['draft', 'published']));
    expect((mine.body as Page<Need>).items.every((n) => n.organisation.id === municipalityId)).toBe(true);
    const drafts = await t.http().get('/api/me/needs?status=draft').set(staff.auth).expect(200);
    expect((drafts.body as Page<Need>).items.every((n) => n.status === 'draft')).toBe(true);
    expect((await t.http().get('/api/me/needs').set(entrepreneur.auth).expect(200)).body.total).toBe(0);
    await t.http().get('/api/me/needs?status=gone').set(staff.auth).expect(400);

    const victim = (drafts.body as Page<Need>).items[0];
    await t.http().delete(`/api/needs/${victim.id}`).set(staff.auth).expect(204);
    await t.http().get(`/api/needs/${victim.id}`).set(staff.auth).expect(404);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY at`, [victim.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['need.create', 'need.delete']);
  });
});
