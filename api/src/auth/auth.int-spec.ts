import { aUser, TEST_PASSWORD } from '../../test/factories/accounts.factory';
import { createTestApp, type TestApp } from '../../test/test-app';

describe('accounts: sign up, sign in, sign out, change password', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('registers with a normalised e-mail and returns a token that opens /me', async () => {
    const res = await t
      .http()
      .post('/api/auth/register')
      .send({ email: '  Ane.Jensen@Example.DK ', password: TEST_PASSWORD, name: 'Ane Jensen', role: 'public_staff' })
      .expect(201);
    const me = await t.http().get('/api/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ email: 'ane.jensen@example.dk', name: 'Ane Jensen', role: 'public_staff', memberships: [] });
    const [row] = await t.dataSource.query(`SELECT password_hash FROM users WHERE email = 'ane.jensen@example.dk'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a taken e-mail (409), a short password, a bad e-mail and a role one cannot pick (400 naming the field)', async () => {
    const body = { email: 'dup@example.dk', password: TEST_PASSWORD, name: 'Dup' };
    await t.http().post('/api/auth/register').send(body).expect(201);
    const dup = await t.http().post('/api/auth/register').send({ ...body, email: 'DUP@example.dk' }).expect(409);
    expect(dup.body.message).toMatch(/email/);
    const short = await t.http().post('/api/auth/register').send({ ...body, email: 'x@example.dk', password: 'short' }).expect(400);
    expect(JSON.stringify(short.body.message)).toContain('password');
    const bad = await t.http().post('/api/auth/register').send({ ...body, email: 'not-an-email' }).expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('email');
    const admin = await t.http().post('/api/auth/register').send({ ...body, email: 'y@example.dk', role: 'admin' }).expect(400);
    expect(JSON.stringify(admin.body.message)).toContain('role');
    const extra = await t.http().post('/api/auth/register').send({ ...body, email: 'z@example.dk', isAdmin: true }).expect(400);
    expect(JSON.stringify(extra.body.message)).toContain('isAdmin');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email IN ('x@example.dk','y@example.dk','z@example.dk')`);
    expect(n).toBe(0);
  });

  it('gives the same answer for a wrong password and an unknown e-mail', async () => {
    const user = await aUser(t);
    const wrong = await t.http().post('/api/auth/login').send({ email: user.email, password: 'wrong-password!' }).expect(401);
    const unknown = await t.http().post('/api/auth/login').send({ email: 'nobody@example.dk', password: 'wrong-password!' }).expect(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('rate-limits repeated attempts for one e-mail with 429', async () => {
    const user = await aUser(t);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await t.http().post('/api/auth/login').send({ email: user.email, password: `guess-number-${i}` });
      statuses.push(res.status);
    }
    // Sign-up and sign-in of aUser() used 2 of the 5 attempts the test config allows.
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429, 429]);
    // Once limited, even the right password waits: guessing cannot go on.
    const right = await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD });
    expect(right.status).toBe(429);
    expect(right.headers['retry-after']).toMatch(/^\d+$/);
  });

  it('signs out everywhere: the token stops working', async () => {
    const user = await aUser(t);
    await t.http().post('/api/auth/logout').set(user.auth).expect(204);
    await t.http().get('/api/me').set(user.auth).expect(401);
  });

  it('changes the password: old tokens stop working, the new password and token work', async () => {
    const user = await aUser(t);
    await t.http().post('/api/auth/change-password').set(user.auth).send({ currentPassword: 'nope-nope-nope', newPassword: 'another-long-one' }).expect(401);
    const res = await t.http().post('/api/auth/change-password').set(user.auth).send({ currentPassword: TEST_PASSWORD, newPassword: 'another-long-one' }).expect(200);
    await t.http().get('/api/me').set(user.auth).expect(401);
    await t.http().get('/api/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    await t.http().post('/api/auth/login').send({ email: user.email, password: 'another-long-one' }).expect(200);
  });

  it('keeps disabled accounts out, and an admin can disable them', async () => {
    const admin = await aUser(t, 'admin');
    const user = await aUser(t);
    const other = await aUser(t);
    await t.http().patch(`/api/admin/users/${user.id}`).set(other.auth).send({ disabled: true }).expect(403);
    await t.http().patch(`/api/admin/users/${user.id}`).set(admin.auth).send({ disabled: true }).expect(204);
    await t.http().get('/api/me').set(user.auth).expect(401);
    await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
  });

  it('rejects forged and garbage tokens', async () => {
    await t.http().get('/api/me').set('Authorization', 'Bearer not.a.jwt').expect(401);
    await t.http().get('/api/me').expect(401);
  });
});
