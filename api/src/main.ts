import './require-node-22';
import 'reflect-metadata';

import { Client } from 'pg';

import { startEmbeddedPostgres, type RunningPostgres } from '@opi/embedded-postgres';

import { createApp } from './bootstrap';
import { type AppConfig, ConfigError, loadConfig, redactUrl } from './config/app-config';
import { runMigrationCommand } from './database/migration-cli';
import { DemoSeedService } from './dataset/demo-seed.service';
import { AccountsSeedService, DEMO_PASSWORD } from './users/accounts-seed.service';
import { PartnershipDemoSeedService } from './partnerships/partnership-demo-seed.service';
import { WorkshopDemoSeedService } from './workshops/workshop-demo-seed.service';

/** A start-up problem the user can fix: one clear line, exit code 1, no stack trace. */
class StartupError extends Error {}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (command?.startsWith('migration:')) {
    process.exitCode = await runMigrationCommand(command.slice('migration:'.length), args);
    return;
  }
  await serve(loadConfig());
}

async function serve(config: AppConfig): Promise<void> {
  let embedded: RunningPostgres | undefined;
  let databaseUrl = config.databaseUrl;
  if (databaseUrl) {
    await assertDatabaseAnswers(databaseUrl);
  } else {
    console.log(`Starting the embedded PostgreSQL (data in ${config.dataDir})…`);
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      log: (message) => console.log(message),
    }).catch((error: Error) => {
      throw new StartupError(`The embedded PostgreSQL did not start: ${error.message}`);
    });
    databaseUrl = embedded.connectionString;
  }

  const app = await createApp(config, databaseUrl).catch(async (error) => {
    await embedded?.stop();
    throw error;
  });
  let closing: Promise<void> | undefined;
  const shutdown = (signal: string) => {
    closing ??= (async () => {
      console.log(`${signal} received: closing the HTTP server, then the database.`);
      const timer = setTimeout(() => process.exit(1), 20_000).unref();
      await app.getHttpAdapter().getInstance().close(); // stop taking requests, finish the open ones
      await app.close(); // the TypeORM pool and other providers
      await embedded?.stop();
      clearTimeout(timer);
      process.exit(0);
    })();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));

  const accounts = app.get(AccountsSeedService);
  await accounts.ensureAdmin();
  if (config.seedDemo) {
    await app.get(DemoSeedService).seedIfEmpty();
    await accounts.seedDemoAccounts();
    await app.get(WorkshopDemoSeedService).seedIfEmpty();
    await app.get(PartnershipDemoSeedService).seedIfEmpty();
  }

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    await embedded?.stop();
    const code = (error as NodeJS.ErrnoException).code;
    throw new StartupError(
      code === 'EADDRINUSE'
        ? `Port ${config.port} is already in use: stop the other server or set PORT to a free port.`
        : `Could not listen on ${config.host}:${config.port}: ${(error as Error).message}`,
    );
  }
  const base = `http://localhost:${config.port}`;
  console.log(`OPI portal: ${base}/  ·  API: ${base}/api  ·  API docs: ${base}/api/docs`);
  if (config.adminPasswordIsDefault) {
    console.log(`Admin: ${config.adminEmail} / ${config.adminPassword} (demo default: set ADMIN_EMAIL and ADMIN_PASSWORD)`);
  }
  if (config.seedDemo) {
    console.log(`Demo accounts (password ${DEMO_PASSWORD}): entrepreneur@demo.opi, municipality@demo.opi, hospital@demo.opi, researcher@demo.opi, cluster@demo.opi`);
  }
}

async function assertDatabaseAnswers(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new StartupError(
      `Cannot reach the database at DATABASE_URL=${redactUrl(url)}: ${(error as Error).message || String(error)}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(error.message);
  } else {
    console.error('The API stopped on an unexpected error:', error);
  }
  process.exit(1);
});
