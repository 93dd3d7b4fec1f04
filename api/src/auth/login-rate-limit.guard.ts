import {
  type CanActivate,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  type OnModuleInit,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

import { APP_CONFIG } from '../app-config.token';
import type { AppConfig } from '../config/app-config';
import { normaliseEmail } from '../users/user.entity';

/** Table made by the accounts migration (rate-limiter-flexible's layout). */
export const RATE_LIMIT_TABLE = 'rate_limits';

/**
 * Limits sign-in and sign-up attempts per address and per e-mail, counted in
 * PostgreSQL so every replica of the API shares the counts.
 */
@Injectable()
export class LoginRateLimitGuard implements CanActivate, OnModuleInit {
  private perAddress!: RateLimiterPostgres;
  private perEmail!: RateLimiterPostgres;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const pool = (this.dataSource.driver as unknown as { master: unknown }).master;
    const common = { storeClient: pool, tableName: RATE_LIMIT_TABLE, tableCreated: true };
    this.perAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'login-address',
      points: this.config.loginLimits.perAddressPerMinute,
      duration: 60,
    });
    this.perEmail = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'login-email',
      points: this.config.loginLimits.perEmailPer15Minutes,
      duration: 15 * 60,
    });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const email = (request.body as { email?: unknown } | undefined)?.email;
    try {
      await this.perAddress.consume(request.ip);
      if (typeof email === 'string') await this.perEmail.consume(normaliseEmail(email));
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.ceil(rejection.msBeforeNext / 1000);
      void reply.header('retry-after', String(seconds));
      throw new HttpException(
        `Too many attempts: wait ${seconds} seconds and try again`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }
}
