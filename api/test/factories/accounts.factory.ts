import { randomBytes } from 'node:crypto';

import type { CreateOrganisationRequest, UserRole } from '@opi/contracts';

import { AuthService } from '../../src/auth/auth.service';
import type { TestApp } from '../test-app';

export interface TestUser {
  id: string;
  email: string;
  token: string;
  auth: { Authorization: string };
}

export const TEST_PASSWORD = 'correct-horse-battery';

/** A signed-in user; roles a visitor cannot pick (admin, cluster_manager) are created directly. */
export async function aUser(t: TestApp, role: UserRole = 'entrepreneur', email?: string): Promise<TestUser> {
  const address = email ?? `${role}-${randomBytes(4).toString('hex')}@test.opi`;
  if (role === 'admin' || role === 'cluster_manager') {
    await t.dataSource.transaction((manager) =>
      t.app.get(AuthService).createUser(manager, { email: address, name: role, password: TEST_PASSWORD, role }),
    );
  } else {
    await t.http().post('/api/auth/register').send({ email: address, password: TEST_PASSWORD, name: 'Test User', role }).expect(201);
  }
  const login = await t.http().post('/api/auth/login').send({ email: address, password: TEST_PASSWORD }).expect(200);
  const token = login.body.accessToken as string;
  const me = await t.http().get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
  return { id: me.body.id, email: address, token, auth: { Authorization: `Bearer ${token}` } };
}

export function organisationBody(overrides: Partial<CreateOrganisationRequest> = {}): CreateOrganisationRequest {
  return {
    kind: 'municipality',
    name: `Testrup Kommune ${randomBytes(3).toString('hex')}`,
    country: 'DK',
    region: 'Region Midtjylland',
    population: 52000,
    careSettings: ['nursing-home', 'home-care'],
    testSite: { offered: true, settings: ['nursing-home'], capacity: 20, contact: 'Lise, lise@testrup.dk', conditions: 'Data agreement first' },
    careAreas: ['elderly-care'],
    ...overrides,
  };
}

/** An organisation owned by `owner`; returns its id and version. */
export async function anOrganisationOf(
  t: TestApp,
  owner: TestUser,
  overrides: Partial<CreateOrganisationRequest> = {},
): Promise<{ id: string; version: number }> {
  const res = await t.http().post('/api/organisations').set(owner.auth).send(organisationBody(overrides)).expect(201);
  return { id: res.body.id, version: res.body.version };
}
