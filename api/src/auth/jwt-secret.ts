import { randomBytes } from 'node:crypto';

import type { DataSource } from 'typeorm';

import { AppSecret } from './app-secret.entity';

/**
 * The JWT signing key: JWT_SECRET when set, else one generated on the first
 * start and kept in the database, so every replica and every restart agree.
 */
export async function loadJwtSecret(dataSource: DataSource, configured?: string): Promise<string> {
  if (configured) return configured;
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(AppSecret)
    .values({ name: 'jwt', value: randomBytes(48).toString('base64url') })
    .orIgnore()
    .execute();
  const secret = await dataSource.getRepository(AppSecret).findOneByOrFail({ name: 'jwt' });
  return secret.value;
}
