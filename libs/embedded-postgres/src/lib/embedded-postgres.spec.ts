import { chmodSync, lstatSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

import { startEmbeddedPostgres } from './embedded-postgres';
import { isRoot } from './os-user';

async function query<T>(connectionString: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('startEmbeddedPostgres', () => {
  let workDir: string;

  beforeEach(() => {
    workDir = mkdtempSync(join(tmpdir(), 'opi-embedded-pg-'));
    chmodSync(workDir, 0o755);
  });

  afterEach(() => rmSync(workDir, { recursive: true, force: true }));

  it('creates a UTF-8 cluster with the full-text configurations we need and keeps data across restarts', async () => {
    const dataDir = join(workDir, 'data');
    const first = await startEmbeddedPostgres({ dataDir, database: 'app' });
    try {
      const [settings] = await query<{ encoding: string; configs: string[] }>(
        first.connectionString,
        `SELECT pg_encoding_to_char(encoding) AS encoding,
                (SELECT array_agg(cfgname::text ORDER BY cfgname) FROM pg_ts_config) AS configs
           FROM pg_database WHERE datname = current_database()`,
      );
      expect(settings.encoding).toBe('UTF8');
      expect(settings.configs).toEqual(
        expect.arrayContaining(['danish', 'dutch', 'english', 'french', 'swedish', 'simple']),
      );
      await query(first.connectionString, 'CREATE TABLE kept (v text)');
      await query(first.connectionString, "INSERT INTO kept VALUES ('still here')");
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedPostgres({ dataDir, database: 'app' });
    try {
      const rows = await query<{ v: string }>(second.connectionString, 'SELECT v FROM kept');
      expect(rows).toEqual([{ v: 'still here' }]);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it('shuts down a server left over by a killed process before starting again', async () => {
    const dataDir = join(workDir, 'data');
    const orphan = await startEmbeddedPostgres({ dataDir });
    await query(orphan.connectionString, 'CREATE TABLE t (v int)');
    // What a SIGKILL leaves behind: a running postmaster and a lock of a dead owner.
    unlinkSync(join(dataDir, 'server.lock'));

    const restarted = await startEmbeddedPostgres({ dataDir });
    try {
      expect(restarted.port).not.toBe(orphan.port);
      const rows = await query(restarted.connectionString, 'SELECT count(*)::int AS n FROM t');
      expect(rows).toEqual([{ n: 0 }]);
      await expect(query(orphan.connectionString, 'SELECT 1')).rejects.toThrow();
    } finally {
      await restarted.stop();
      await orphan.stop();
    }
  }, 60_000);

  it('refuses a data directory another live process is using', async () => {
    const dataDir = join(workDir, 'data');
    const running = await startEmbeddedPostgres({ dataDir });
    try {
      // Pretend another process (our parent) owns the lock.
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(dataDir, 'server.lock'), String(process.ppid));
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/in use by process/);
      writeFileSync(join(dataDir, 'server.lock'), String(process.pid));
    } finally {
      await running.stop();
    }
  }, 60_000);

  (isRoot() ? it : it.skip)(
    'as root, keeps the cluster elsewhere when the postgres user cannot enter the data directory',
    async () => {
      const privateDir = join(workDir, 'private');
      const { mkdirSync } = await import('node:fs');
      mkdirSync(privateDir, { mode: 0o700 });
      const fallback = join(workDir, 'fallback');
      const dataDir = join(privateDir, 'data');

      const pg = await startEmbeddedPostgres({ dataDir, rootFallbackDir: fallback });
      try {
        expect(lstatSync(join(dataDir, 'postgres')).isSymbolicLink()).toBe(true);
        expect(pg.clusterDir.startsWith(join(fallback, 'clusters'))).toBe(true);
        await query(pg.connectionString, 'CREATE TABLE t (v int)');
      } finally {
        await pg.stop();
      }
      const again = await startEmbeddedPostgres({ dataDir, rootFallbackDir: fallback });
      try {
        expect(again.clusterDir).toBe(pg.clusterDir);
        await expect(query(again.connectionString, 'SELECT * FROM t')).resolves.toEqual([]);
      } finally {
        await again.stop();
      }
    },
    60_000,
  );
});
