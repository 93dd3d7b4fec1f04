import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

import { startEmbeddedPostgres, type RunningPostgres } from '@opi/embedded-postgres';

import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/**
 * `node dist/api/main.js migration:<command>` — the Nx targets
 * api:migration-run, -revert, -generate and -check call these.
 *
 * - run / revert / show: on DATABASE_URL, else on the embedded database in DATA_DIR.
 * - generate --name=X: diffs the entities against a fresh, fully migrated
 *   temporary database and writes migrations/<timestamp>-x.ts.
 * - check: the same diff; exits 1 when entities and migrations disagree (CI).
 */
export async function runMigrationCommand(command: string, args: string[]): Promise<number> {
  const config = loadConfig();
  const fresh = command === 'generate' || command === 'check';
  let embedded: RunningPostgres | undefined;
  let scratch: string | undefined;
  let url = config.databaseUrl;
  if (!url || fresh) {
    if (fresh && !config.databaseUrl) {
      scratch = mkdtempSync(join(tmpdir(), 'opi-migration-'));
      chmodSync(scratch, 0o755); // mkdtemp makes 0700: let the postgres user in when we run as root
    }
    if (!url || scratch) {
      embedded = await startEmbeddedPostgres({ dataDir: scratch ?? config.dataDir });
      url = embedded.connectionString;
    }
  }
  const dataSource = new DataSource({ ...dataSourceOptions(url!), logging: ['error'] });
  try {
    await dataSource.initialize();
    switch (command) {
      case 'run': {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        console.log(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'Nothing to apply.');
        return 0;
      }
      case 'revert':
        await dataSource.undoLastMigration({ transaction: 'each' });
        console.log('Reverted the last migration.');
        return 0;
      case 'show':
        return (await dataSource.showMigrations()) ? 1 : 0;
      case 'generate':
      case 'check': {
        if (scratch === undefined && config.databaseUrl) {
          console.error('generate/check need a scratch database: unset DATABASE_URL to use an embedded one.');
          return 2;
        }
        await dataSource.runMigrations({ transaction: 'each' });
        const diff = await dataSource.driver.createSchemaBuilder().log();
        if (command === 'check') {
          if (diff.upQueries.length === 0) {
            console.log('Entities and migrations agree.');
            return 0;
          }
          console.error('Entities and migrations disagree. Missing migration would run:');
          for (const q of diff.upQueries) console.error(`  ${q.query};`);
          console.error('Run: npx nx run api:migration-generate --name=<what-changed>');
          return 1;
        }
        const name = args.find((a) => a.startsWith('--name='))?.slice('--name='.length);
        if (!name || !/^[a-z0-9-]+$/.test(name)) {
          console.error('Give the migration a name: --name=kebab-case-words');
          return 2;
        }
        if (diff.upQueries.length === 0) {
          console.log('No changes: entities and migrations agree.');
          return 0;
        }
        const file = writeMigration(
          name,
          diff.upQueries,
          [...diff.downQueries].reverse(),
          dataSource.driver.database,
        );
        console.log(`Wrote ${file}`);
        return 0;
      }
      default:
        console.error(`Unknown migration command "${command}" (run, revert, show, generate, check).`);
        return 2;
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

const MIGRATIONS_DIR = join(process.cwd(), 'migrations');

interface SqlQuery {
  query: string;
  parameters?: unknown[];
}

/**
 * Writes the migration file. A parameter equal to the scratch database's name
 * (TypeORM records generated columns per database in typeorm_metadata) is
 * written as the migrating connection's database instead.
 */
function writeMigration(
  name: string,
  up: SqlQuery[],
  down: SqlQuery[],
  scratchDatabase: string | undefined,
): string {
  const timestamp = Date.now();
  const className = migrationClassName(name, timestamp);
  const body = (queries: SqlQuery[]) =>
    queries
      .map(({ query, parameters }) => {
        const sql = query.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${');
        const params = parameters?.length
          ? `, [${parameters
              .map((p) =>
                p === scratchDatabase ? 'queryRunner.connection.driver.database' : JSON.stringify(p),
              )
              .join(', ')}]`
          : '';
        return `    await queryRunner.query(\`${sql}\`${params});`;
      })
      .join('\n');
  const file = join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${body(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${body(down)}
  }
}
`,
  );
  writeMigrationIndex();
  return file;
}

/** `add-something`, 1795… → `AddSomething1795…` (the file name and the class agree). */
function migrationClassName(name: string, timestamp: number): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()) + timestamp;
}

/** Rewrites migrations/index.ts from the files in the folder, oldest first. */
function writeMigrationIndex(): void {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{13}-[a-z0-9-]+\.ts$/.test(f))
    .sort();
  const entries = files.map((f) => {
    const [timestamp, ...words] = f.replace(/\.ts$/, '').split('-');
    return {
      className: migrationClassName(words.join('-'), Number(timestamp)),
      module: `./${f.replace(/\.ts$/, '')}`,
    };
  });
  writeFileSync(
    join(MIGRATIONS_DIR, 'index.ts'),
    `// The migrations, oldest first. \`nx run api:migration-generate --name=…\` adds new ones here.
${entries.map((e) => `import { ${e.className} } from '${e.module}';`).join('\n')}

export const MIGRATIONS = [
${entries.map((e) => `  ${e.className},`).join('\n')}
];
`,
  );
}
