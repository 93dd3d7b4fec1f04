import { anOrganisationOf, aUser, type TestUser } from './factories/accounts.factory';
import { createTestApp, type TestApp } from './test-app';

/**
 * Every write endpoint, found in the OpenAPI document (so a new endpoint joins
 * this test by itself), must be listed here with who may call it. An unlisted
 * endpoint fails the build; so does one whose guard lets the wrong caller in.
 */
type Rule =
  | { who: 'anyone' }
  | { who: 'signed-in' }
  | { who: 'member' | 'owner'; body?: Record<string, unknown> }
  | { who: 'admin'; body?: Record<string, unknown> };

const RULES: Record<string, Rule> = {
  'POST /api/auth/register': { who: 'anyone' },
  'POST /api/auth/login': { who: 'anyone' },
  'POST /api/auth/logout': { who: 'signed-in' },
  'POST /api/auth/change-password': { who: 'signed-in' },
  'DELETE /api/me': { who: 'signed-in' },
  'POST /api/organisations': { who: 'signed-in' },
  'PATCH /api/organisations/{id}': { who: 'member', body: { version: 1, name: 'Taken Over' } },
  'POST /api/organisations/{id}/invitations': { who: 'owner', body: { email: 'intruder@evil.test' } },
  'DELETE /api/organisations/{id}/members/{userId}': { who: 'member' },
  // The token is the key; accepting checks the invited e-mail (organisations-write spec).
  'POST /api/invitations/{token}/accept': { who: 'signed-in' },
  'POST /api/admin/organisations/{id}/unpublish': { who: 'admin' },
  'PATCH /api/admin/users/{id}': { who: 'admin', body: { disabled: true } },
  'POST /api/needs': { who: 'member', body: { organisationId: 'ORGANISATION_ID', title: 'Planted need', description: 'Written by someone outside.' } },
  'PATCH /api/needs/{id}': { who: 'member', body: { version: 1, title: 'Taken over' } },
  'DELETE /api/needs/{id}': { who: 'member' },
  'POST /api/needs/{id}/still-relevant': { who: 'member' },
  'POST /api/offerings': { who: 'member', body: { organisationId: 'COMPANY_ID', title: 'Planted offering', description: 'Written by someone outside.' } },
  'PATCH /api/offerings/{id}': { who: 'member', body: { version: 1, title: 'Taken over' } },
  'DELETE /api/offerings/{id}': { who: 'member' },
  'POST /api/offerings/{id}/still-relevant': { who: 'member' },
  // A user's own verdict on a proposal: the user is the owner.
  'PUT /api/matches/feedback': { who: 'signed-in' },
  'POST /api/admin/matches/recompute': { who: 'admin' },
  // Computes tag suggestions for a text; writes nothing.
  'POST /api/taxonomy/suggestions': { who: 'anyone' },
  'POST /api/dataset/import': { who: 'admin', body: { format: 'opi-dataset/v1', organisations: [], needs: [], offerings: [] } },
  // A reader's own ticks: the user is the owner.
  'PUT /api/guide/ticks/{itemId}': { who: 'signed-in' },
  'DELETE /api/guide/ticks/{itemId}': { who: 'signed-in' },
  // Workshops: who facilitates or takes part is decided per series and session (workshops.int-spec);
  // here, that nobody signed out and without an invitation token gets in.
  'POST /api/workshops': { who: 'signed-in' },
  'PATCH /api/workshops/{id}': { who: 'signed-in' },
  'POST /api/workshops/{id}/facilitators': { who: 'signed-in' },
  'POST /api/workshops/{id}/sessions': { who: 'signed-in' },
  'POST /api/workshops/{id}/topics': { who: 'signed-in' },
  'PATCH /api/workshop-topics/{id}': { who: 'signed-in' },
  'DELETE /api/workshop-topics/{id}': { who: 'signed-in' },
  'POST /api/workshop-topics/{id}/recommendations': { who: 'signed-in' },
  'PATCH /api/workshop-recommendations/{id}': { who: 'signed-in' },
  'DELETE /api/workshop-recommendations/{id}': { who: 'signed-in' },
  'POST /api/workshop-proposals/{id}/need': { who: 'signed-in' },
  'POST /api/workshop-proposals/{id}/partnership': { who: 'admin' },
  'PATCH /api/workshop-proposals/{id}': { who: 'signed-in' },
  'PATCH /api/workshop-sessions/{id}': { who: 'signed-in' },
  'POST /api/workshop-sessions/{id}/participants': { who: 'signed-in' },
  'DELETE /api/workshop-sessions/{id}/participants/{participantId}': { who: 'signed-in' },
  'PUT /api/workshop-sessions/{id}/me': { who: 'signed-in' },
  'POST /api/workshop-sessions/{id}/elements': { who: 'signed-in' },
  'PUT /api/workshop-sessions/{id}/elements/{elementId}/dots': { who: 'signed-in' },
  'POST /api/workshop-sessions/{id}/proposals': { who: 'signed-in' },
  'PUT /api/workshop-sessions/{id}/scores/{proposalId}': { who: 'signed-in' },
  // Brokering: who may answer, move or see a partnership is decided per party (partnerships.int-spec).
  'POST /api/interests': { who: 'signed-in' },
  'POST /api/interests/{id}/accept': { who: 'signed-in' },
  'POST /api/interests/{id}/decline': { who: 'signed-in' },
  // Introductions are for cluster managers (and admins).
  'POST /api/partnerships': { who: 'admin' },
  'POST /api/partnerships/{id}/consent': { who: 'signed-in' },
  'POST /api/partnerships/{id}/stage': { who: 'signed-in' },
  'POST /api/partnerships/{id}/notes': { who: 'signed-in' },
  'POST /api/partnerships/{id}/tasks': { who: 'signed-in' },
  'PATCH /api/partnership-tasks/{id}': { who: 'signed-in' },
  'PUT /api/partnerships/{id}/evaluation': { who: 'signed-in' },
  // Scale-up invitations: the company's members or a cluster manager (scale-up spec).
  'POST /api/partnerships/{id}/scale-up/invitations': { who: 'signed-in' },
  // A user's own notifications and settings: another user's notification is a 404 (notifications spec).
  'POST /api/notifications/read-all': { who: 'signed-in' },
  'POST /api/notifications/{id}/read': { who: 'signed-in' },
  'PUT /api/me/notification-settings': { who: 'signed-in' },
};

const TABLES = [
  'users',
  'organisations',
  'memberships',
  'invitations',
  'needs',
  'offerings',
  'audit_log',
  'guide_ticks',
  'need_matches',
  'test_site_matches',
  'match_runs',
  'match_feedback',
  'workshop_series',
  'workshop_facilitators',
  'workshop_sessions',
  'workshop_participants',
  'workshop_elements',
  'workshop_dots',
  'workshop_proposals',
  'workshop_proposal_revisions',
  'workshop_scores',
  'workshop_topics',
  'workshop_recommendations',
  'partnerships',
  'partnership_parties',
  'partnership_events',
  'partnership_tasks',
  'interests',
  'partnership_evaluations',
  'scale_up_invitations',
  'notification_events',
  'notifications',
  'notification_settings',
  'match_notices',
  'mail_outbox',
  'dashboard_partnerships',
];

describe('authorization on every write endpoint', () => {
  let t: TestApp;
  let owner: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let organisationId: string;
  let companyId: string;
  let needId: string;
  let offeringId: string;
  let writes: Array<{ method: string; path: string }>;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await aUser(t, 'public_staff');
    outsider = await aUser(t, 'entrepreneur');
    member = await aUser(t, 'public_staff');
    organisationId = (await anOrganisationOf(t, owner, { status: 'published' })).id;
    await anOrganisationOf(t, outsider, { kind: 'company', testSite: undefined, population: undefined, careSettings: undefined });
    companyId = (await anOrganisationOf(t, owner, { kind: 'company', testSite: undefined, population: undefined, careSettings: undefined })).id;
    const record = { title: 'A published record', description: 'Something to change or delete.', status: 'published' };
    needId = (await t.http().post('/api/needs').set(owner.auth).send({ ...record, organisationId }).expect(201)).body.id;
    offeringId = (await t.http().post('/api/offerings').set(owner.auth).send({ ...record, organisationId: companyId }).expect(201)).body.id;
    const invite = await t.http().post(`/api/organisations/${organisationId}/invitations`).set(owner.auth).send({ email: member.email }).expect(201);
    await t.http().post(`/api/invitations/${invite.body.acceptUrl.split('/invitations/')[1]}/accept`).set(member.auth).expect(200);

    const doc = (await t.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    writes = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => ({ method: m.toUpperCase(), path })),
    );
  });

  afterAll(() => t.close());

  const snapshot = async () =>
    Promise.all(
      TABLES.map(async (table) => {
        const [row] = await t.dataSource.query(
          `SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM ${table} x`,
        );
        return `${table}:${row.h}`;
      }),
    );

  const url = (path: string) =>
    path
      .replace('/api/admin/users/{id}', `/api/admin/users/${owner.id}`)
      .replace('/api/needs/{id}', `/api/needs/${needId}`)
      .replace('/api/offerings/{id}', `/api/offerings/${offeringId}`)
      .replace('{id}', organisationId)
      .replace('{userId}', owner.id)
      .replace('{token}', 'some-invitation-token')
      .replace('{itemId}', 'phase-1-idea-and-need:company:1');

  const call = (method: string, path: string, user?: TestUser, body?: Record<string, unknown>) => {
    const req = t.http()[method.toLowerCase() as 'post' | 'patch' | 'put' | 'delete'](url(path));
    if (user) req.set(user.auth);
    const ids: Record<string, string> = { ORGANISATION_ID: organisationId, COMPANY_ID: companyId };
    return body ? req.send(JSON.parse(JSON.stringify(body).replace(/ORGANISATION_ID|COMPANY_ID/g, (k) => ids[k]))) : req;
  };

  it('knows every write endpoint the API has', () => {
    expect(writes.length).toBeGreaterThanOrEqual(Object.keys(RULES).length);
    const unlisted = writes.map((w) => `${w.method} ${w.path}`).filter((key) => !(key in RULES));
    expect(unlisted).toEqual([]);
  });

  it('answers 401 to a signed-out caller on every non-public write, and changes nothing', async () => {
    for (const { method, path } of writes) {
      const rule = RULES[`${method} ${path}`];
      if (rule.who === 'anyone') continue;
      const before = await snapshot();
      const res = await call(method, path, undefined, 'body' in rule ? rule.body : {});
      expect({ route: `${method} ${path}`, status: res.status }).toEqual({ route: `${method} ${path}`, status: 401 });
      expect(await snapshot()).toEqual(before);
    }
  });

  it("answers 403 to a member of another organisation on every organisation's write, and changes nothing", async () => {
    for (const { method, path } of writes) {
      const rule = RULES[`${method} ${path}`];
      if (rule.who !== 'member' && rule.who !== 'owner' && rule.who !== 'admin') continue;
      const before = await snapshot();
      const res = await call(method, path, outsider, rule.body);
      expect({ route: `${method} ${path}`, status: res.status }).toEqual({ route: `${method} ${path}`, status: 403 });
      expect(await snapshot()).toEqual(before);
    }
  });

  it('answers 403 to a plain member on owner-only and admin-only writes, and changes nothing', async () => {
    for (const { method, path } of writes) {
      const rule = RULES[`${method} ${path}`];
      if (rule.who !== 'owner' && rule.who !== 'admin') continue;
      const before = await snapshot();
      const res = await call(method, path, member, rule.body);
      expect({ route: `${method} ${path}`, status: res.status }).toEqual({ route: `${method} ${path}`, status: 403 });
      expect(await snapshot()).toEqual(before);
    }
  });
});
