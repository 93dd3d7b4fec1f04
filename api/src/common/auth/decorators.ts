import {
  applyDecorators,
  createParamDecorator,
  type ExecutionContext,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiHeader, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

import type { MembershipRole, UserRole } from '@opi/contracts';

import type { AuthUser } from './auth-user';
import { OrganisationAccessGuard } from './organisation-access.guard';

export const IS_PUBLIC = 'opi:isPublic';
export const ROLES = 'opi:roles';
export const ORGANISATION_ACCESS = 'opi:organisationAccess';

/** Anyone may call this route, signed in or not. Every other route needs a signed-in user. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const ALLOWS_WORKSHOP_GUESTS = 'opi:allowsWorkshopGuests';
/** The header a workshop guest's invitation token travels in. */
export const WORKSHOP_TOKEN_HEADER = 'x-workshop-token';

/**
 * Signed-in users, or workshop guests who send their invitation token in
 * the X-Workshop-Token header (which session it opens is checked by the
 * workshops' own access rules).
 */
export const AllowWorkshopGuests = () =>
  applyDecorators(
    SetMetadata(ALLOWS_WORKSHOP_GUESTS, true),
    ApiHeader({ name: WORKSHOP_TOKEN_HEADER, required: false, description: "A workshop guest's invitation token" }),
  );

/** Only users with one of these roles (admins and cluster managers have listed powers). */
export const Roles = (...roles: UserRole[]) =>
  applyDecorators(
    SetMetadata(ROLES, roles),
    ApiBearerAuth(),
    ApiForbiddenResponse({ description: `Only for ${roles.join(', ')}` }),
  );

export interface OrganisationAccess {
  /** Route parameter holding the organisation id. */
  param: string;
  /** `member` allows owners too. */
  role: MembershipRole;
}

/**
 * The one place that checks object ownership: the signed-in user must be a
 * member (or owner) of the organisation named by the route parameter.
 */
export const RequireMembership = (role: MembershipRole, param = 'id') =>
  applyDecorators(
    SetMetadata(ORGANISATION_ACCESS, { param, role } satisfies OrganisationAccess),
    UseGuards(OrganisationAccessGuard),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in' }),
    ApiForbiddenResponse({ description: `Only the organisation's ${role}s` }),
  );

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthUser | undefined =>
    context.switchToHttp().getRequest<FastifyRequest>().user,
);
