import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { DataSource } from 'typeorm';

import { APP_CONFIG } from '../app-config.token';
import { AuthGuard } from '../common/auth/auth.guard';
import { OrganisationAccessGuard } from '../common/auth/organisation-access.guard';
import type { AppConfig } from '../config/app-config';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { loadJwtSecret } from './jwt-secret';
import { LoginRateLimitGuard } from './login-rate-limit.guard';

@Module({
  imports: [
    JwtModule.registerAsync({
      global: true,
      inject: [DataSource, APP_CONFIG],
      useFactory: async (dataSource: DataSource, config: AppConfig) => ({
        secret: await loadJwtSecret(dataSource, config.jwtSecret),
        signOptions: { expiresIn: '12h' },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, LoginRateLimitGuard, OrganisationAccessGuard, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, OrganisationAccessGuard],
})
export class AuthModule {}
