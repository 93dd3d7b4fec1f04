import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';

import type { UserRole } from '@opi/contracts';

import { User } from '../../users/user.entity';
import { ALLOWS_WORKSHOP_GUESTS, IS_PUBLIC, ROLES, WORKSHOP_TOKEN_HEADER } from './decorators';

export interface TokenPayload {
  sub: string;
  /** The user's token version when the token was issued. */
  tv: number;
}

/**
 * Global guard: reads the bearer token (if any) and puts the user on the
 * request; refuses signed-out callers unless the route is @Public(), and
 * callers without the role a @Roles() route names.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;

    const header = request.headers.authorization;
    if (header) {
      const user = await this.userFromHeader(header);
      if (user) request.user = user;
      else if (!isPublic) throw new UnauthorizedException('Your session has ended: sign in again');
    }
    if (isPublic) return true;
    if (!request.user) {
      const guestsAllowed = this.reflector.getAllAndOverride<boolean>(ALLOWS_WORKSHOP_GUESTS, targets) ?? false;
      if (guestsAllowed && request.headers[WORKSHOP_TOKEN_HEADER]) return true;
      throw new UnauthorizedException('Sign in first');
    }

    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(request.user.role)) {
      throw new ForbiddenException(`Only for ${roles.join(', ')}`);
    }
    return true;
  }

  private async userFromHeader(header: string) {
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) return undefined;
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch {
      return undefined;
    }
    const user = await this.dataSource
      .getRepository(User)
      .findOne({ where: { id: payload.sub } });
    if (!user || user.disabledAt || user.tokenVersion !== payload.tv) return undefined;
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  }
}
