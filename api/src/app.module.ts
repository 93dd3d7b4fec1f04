import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';

import { AdminModule } from './admin/admin.module';
import { APP_CONFIG } from './app-config.token';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import type { AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { DashboardModule } from './dashboard/dashboard.module';
import { DatasetModule } from './dataset/dataset.module';
import { GuideModule } from './guide/guide.module';
import { HealthModule } from './health/health.module';
import { RecordEventsModule } from './common/record-events';
import { JobsModule } from './jobs/jobs.module';
import { MatchingModule } from './matching/matching.module';
import { MarketplaceModule } from './marketplace/marketplace.module';
import { MeModule } from './me/me.module';
import { MembershipsModule } from './memberships/memberships.module';
import { NeedsModule } from './needs/needs.module';
import { OfferingsModule } from './offerings/offerings.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PartnershipsModule } from './partnerships/partnerships.module';
import { TaxonomyModule } from './taxonomy/taxonomy.controller';
import { UsersModule } from './users/users.module';
import { WorkshopsModule } from './workshops/workshops.module';


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
        RecordEventsModule,
        JobsModule.register(databaseUrl),
        AuditModule,
        AuthModule,
        HealthModule,
        OrganisationsModule,
        NeedsModule,
        OfferingsModule,
        MarketplaceModule,
        MatchingModule,
        DatasetModule,
        MembershipsModule,
        MeModule,
        AdminModule,
        UsersModule,
        GuideModule,
        TaxonomyModule,
        WorkshopsModule,
        NotificationsModule,
        PartnershipsModule,
        DashboardModule,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
