import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';

/** The identity PostgreSQL runs as: nothing to change, or a uid/gid to switch to. */
export interface RunAs {
  uid?: number;
  gid?: number;
}

export const POSTGRES_OS_USER = 'postgres';

/** Where root keeps copies of what the `postgres` user cannot reach in place. */
export const ROOT_FALLBACK_DIR = '/var/lib/opi-portal';

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * PostgreSQL refuses to run as root. As root we run it as the `postgres`
 * system user, creating that user when the machine has none.
 */
export function resolveRunAs(): RunAs {
  if (!isRoot()) return {};
  const ids = lookupUser(POSTGRES_OS_USER);
  if (ids) return ids;
  execFileSync('useradd', [
    '--system',
    '--user-group',
    '--no-create-home',
    '--shell',
    '/usr/sbin/nologin',
    POSTGRES_OS_USER,
  ]);
  const created = lookupUser(POSTGRES_OS_USER);
  if (!created) {
    throw new Error(`Could not create the "${POSTGRES_OS_USER}" system user.`);
  }
  return created;
}

function lookupUser(name: string): RunAs | null {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** True when `runAs` may traverse to `path` and has the given access (`test -r/-w/-x`). */
export function canAccess(
  path: string,
  runAs: RunAs,
  tests: Array<'-r' | '-w' | '-x'>,
): boolean {
  const expr = tests.map((t) => `${t} "$1"`).join(' && test ');
  const result = spawnSync('/bin/sh', ['-c', `test ${expr}`, 'sh', path], {
    uid: runAs.uid,
    gid: runAs.gid,
  });
  return result.status === 0;
}

/**
 * Makes a copy of the binaries in a place every user can read, for a checkout
 * that sits where the `postgres` user cannot enter (e.g. under /root).
 */
export function copyBinariesToReachablePlace(
  nativeDir: string,
  fallbackDir: string,
  version: string,
): string {
  const target = join(fallbackDir, `postgres-${version}`);
  const marker = join(target, '.complete');
  if (!existsSync(marker)) {
    mkdirSync(fallbackDir, { recursive: true, mode: 0o755 });
    cpSync(nativeDir, target, { recursive: true, verbatimSymlinks: true });
    writeFileSync(marker, new Date().toISOString());
  }
  return target;
}

export function currentUserName(): string {
  return userInfo().username;
}
