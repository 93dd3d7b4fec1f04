import { type DynamicModule, Global, Module } from '@nestjs/common';

import { DATABASE_URL, JobQueue } from './job-queue';

@Global()
@Module({})
export class JobsModule {
  static register(databaseUrl: string): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: DATABASE_URL, useValue: databaseUrl }, JobQueue],
      exports: [JobQueue],
    };
  }
}
