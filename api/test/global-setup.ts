import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Jest loads globalSetup outside its module system, so path aliases do not resolve here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startEmbeddedPostgres } from '../../libs/embedded-postgres/src';

/**
 * One PostgreSQL server per test run: DATABASE_URL's if set, else an embedded
 * one in a temporary folder. Specs read TEST_ADMIN_DATABASE_URL and make a
 * fresh database each (see test-app.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'opi-api-int-'));
  chmodSync(dataDir, 0o755); // mkdtemp makes 0700: let the postgres user in when we run as root
  const server = await startEmbeddedPostgres({ dataDir });
  process.env.TEST_ADMIN_DATABASE_URL = server.adminConnectionString;
  (globalThis as { __OPI_TEST_PG__?: unknown }).__OPI_TEST_PG__ = { server, dataDir };
}
