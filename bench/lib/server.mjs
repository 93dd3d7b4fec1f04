// Starts the built API (dist/api/main.js) on a fresh embedded PostgreSQL for a benchmark.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const ADMIN = { email: 'bench-admin@opi.local', password: 'bench-admin-password' };

/** `jobs`: run the background job queue (as production does); off by default, so nothing runs behind the figures. */
export async function startApi({ port = 3200, name = 'bench', jobs = false } = {}) {
  const dataDir = join(process.cwd(), 'tmp', `${name}-data`);
  rmSync(dataDir, { recursive: true, force: true });
  // As `npm start` runs it.
  const child = spawn(process.execPath, ['--max-semi-space-size=64', 'dist/api/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      RUN_JOBS: String(jobs),
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const { accessToken } = await login.json();
  return {
    base,
    auth: { Authorization: `Bearer ${accessToken}` },
    /** The embedded PostgreSQL's URL (for seeding what has no bulk endpoint). */
    databaseUrl() {
      const password = readFileSync(join(dataDir, 'postgres.password'), 'utf8').trim();
      const port = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3].trim();
      return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/opi`;
    },
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
