import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';

import type { AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { DatasetModule } from './dataset/dataset.module';
import { HealthModule } from './health/health.module';
import { NeedsModule } from './needs/needs.module';
import { OfferingsModule } from './offerings/offerings.module';
import { OrganisationsModule } from './organisations/organisations.module';

export const APP_CONFIG = Symbol('APP_CONFIG');

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req) => req.url === '/api/health' },
          },
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl),
          migrationsRun: true,
          migrationsTransactionMode: 'each',
        }),
        HealthModule,
        OrganisationsModule,
        NeedsModule,
        OfferingsModule,
        DatasetModule,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
