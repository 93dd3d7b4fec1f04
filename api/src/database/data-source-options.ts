import type { DataSourceOptions } from 'typeorm';

import { MIGRATIONS } from '@opi/migrations';

import { ENTITIES } from './entities';

/** One definition for the API, the migration commands and the tests. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL ≥ 13: no uuid-ossp extension needed.
    uuidExtension: 'pgcrypto',
    logging: ['error', 'warn', 'migration'],
    extra: { max: 20, application_name: 'opi-api' },
  };
}
