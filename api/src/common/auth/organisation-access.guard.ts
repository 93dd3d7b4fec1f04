import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';

import { ORGANISATION_ACCESS, type OrganisationAccess } from './decorators';

@Injectable()
export class OrganisationAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.get<OrganisationAccess | undefined>(
      ORGANISATION_ACCESS,
      context.getHandler(),
    );
    if (!access) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!request.user) throw new UnauthorizedException();
    const organisationId = (request.params as Record<string, string>)[access.param];
    if (!organisationId || !isUUID(organisationId)) {
      throw new NotFoundException('No such organisation');
    }
    const [row] = await this.dataSource.query(
      `SELECT o.id, m.role
         FROM organisations o
         LEFT JOIN memberships m ON m.organisation_id = o.id AND m.user_id = $2
        WHERE o.id = $1`,
      [organisationId, request.user.id],
    );
    if (!row) throw new NotFoundException('No such organisation');
    const allowed = access.role === 'member' ? row.role !== null : row.role === 'owner';
    if (!allowed) {
      throw new ForbiddenException(
        access.role === 'owner'
          ? 'Only owners of this organisation may do this'
          : 'Only members of this organisation may do this',
      );
    }
    return true;
  }
}
