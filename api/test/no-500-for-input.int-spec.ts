import fc from 'fast-check';

import { aUser, organisationBody, type TestUser } from './factories/accounts.factory';
import { createTestApp, type TestApp } from './test-app';

/** Whatever a user sends, the answer is a 2xx or a 4xx with a message — never a 500. */
describe('no 500 for any user input', () => {
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    user = await aUser(t, 'public_staff');
  });

  afterAll(() => t.close());

  const organisationFields = Object.keys(organisationBody()).concat([
    'kind', 'website', 'sizeBand', 'vatNumber', 'products', 'beds', 'departments',
    'researchGroups', 'evaluationServices', 'status', 'version', 'expertise', 'description',
  ]);
  const anyValue = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.oneof(fc.string(), fc.integer())),
    fc.dictionary(fc.string(), fc.string()),
  );
  const organisationLike = fc.record(
    Object.fromEntries(organisationFields.map((f) => [f, anyValue])),
    { requiredKeys: [] },
  );

  const expectClean = (status: number, body: { statusCode?: number; message?: unknown }) => {
    expect(status).toBeLessThan(500);
    if (status >= 400) {
      expect(body.statusCode).toBe(status);
      expect(body.message).toBeTruthy();
    }
  };

  it('POST /api/organisations', async () => {
    await fc.assert(
      fc.asyncProperty(organisationLike, async (body) => {
        const res = await t.http().post('/api/organisations').set(user.auth).send(body);
        expectClean(res.status, res.body);
      }),
      { numRuns: 120 },
    );
  });

  it('PATCH /api/organisations/:id', async () => {
    const created = await t.http().post('/api/organisations').set(user.auth).send(organisationBody()).expect(201);
    await fc.assert(
      fc.asyncProperty(organisationLike, async (body) => {
        const res = await t.http().patch(`/api/organisations/${created.body.id}`).set(user.auth).send(body);
        expectClean(res.status, res.body);
      }),
      { numRuns: 120 },
    );
  });

  it('POST /api/auth/register and list queries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ email: anyValue, password: anyValue, name: anyValue, role: anyValue }, { requiredKeys: [] }),
        fc.dictionary(fc.constantFrom('q', 'page', 'pageSize', 'careArea', 'kind', 'country', 'region', 'ref'), fc.string()),
        async (body, query) => {
          const reg = await t.http().post('/api/auth/register').send(body);
          expectClean(reg.status, reg.body);
          const list = await t.http().get('/api/organisations').query(query);
          expectClean(list.status, list.body);
          const needs = await t.http().get('/api/needs').query(query);
          expectClean(needs.status, needs.body);
        },
      ),
      { numRuns: 100 },
    );
  });
});
