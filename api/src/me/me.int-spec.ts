import { anOrganisationOf, aUser } from '../../test/factories/accounts.factory';
import { createTestApp, type TestApp } from '../../test/test-app';

describe('personal data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('exports everything about the user as a JSON download', async () => {
    const user = await aUser(t, 'researcher');
    const org = await anOrganisationOf(t, user, { kind: 'knowledge_institution', testSite: undefined, population: undefined, careSettings: undefined, researchGroups: ['Digital health'] });
    const res = await t.http().get('/api/me/export').set(user.auth).expect(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.body.user).toMatchObject({ id: user.id, email: user.email, role: 'researcher' });
    expect(res.body.user).not.toHaveProperty('passwordHash');
    expect(res.body.memberships).toEqual([expect.objectContaining({ organisationId: org.id, role: 'owner' })]);
    expect(res.body.auditTrail.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['user.register', 'organisation.create']));
  });

  it('deletes the account: memberships go, the organisation and the audit trail stay, the token dies', async () => {
    const user = await aUser(t, 'public_staff');
    const org = await anOrganisationOf(t, user);
    await t.http().delete('/api/me').set(user.auth).expect(204);
    await t.http().get('/api/me').set(user.auth).expect(401);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM users WHERE id = $1', [user.id])).toEqual([{ n: 0 }]);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM memberships WHERE user_id = $1', [user.id])).toEqual([{ n: 0 }]);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM organisations WHERE id = $1', [org.id])).toEqual([{ n: 1 }]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'organisation.create' AND user_id IS NULL`, [org.id]);
    expect(n).toBe(1);
  });
});
