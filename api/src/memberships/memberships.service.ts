import { createHash, randomBytes } from 'node:crypto';

import {
  ConflictException,
  ForbiddenException,
  GoneException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { DataSource } from 'typeorm';

import type {
  Invitation as InvitationDto,
  InvitationPreview,
  MyMembership,
  OrganisationMember,
} from '@opi/contracts';

import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { Organisation } from '../organisations/organisation.entity';
import { normaliseEmail } from '../users/user.entity';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';

const INVITATION_DAYS = 14;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class MembershipsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async members(organisationId: string): Promise<OrganisationMember[]> {
    const rows = await this.dataSource.getRepository(Membership).find({
      where: { organisationId },
      relations: { user: true },
      order: { createdAt: 'ASC' },
    });
    return rows.map((m) => ({
      userId: m.userId,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      joinedAt: m.createdAt.toISOString(),
    }));
  }

  /** Owners invite by e-mail; the link carries a random token, stored only as its hash. */
  async invite(owner: AuthUser, organisationId: string, email: string, baseUrl: string): Promise<InvitationDto> {
    const token = randomBytes(24).toString('base64url');
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.getRepository(Invitation).save(
        manager.getRepository(Invitation).create({
          organisationId,
          email: normaliseEmail(email),
          tokenHash: hashToken(token),
          invitedBy: owner.id,
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000),
          acceptedAt: null,
        }),
      );
      await this.audit.record(manager, {
        userId: owner.id,
        action: 'invitation.create',
        entityType: 'organisation',
        entityId: organisationId,
        after: { invitationId: invitation.id },
      });
      return {
        id: invitation.id,
        organisationId,
        email: invitation.email,
        expiresAt: invitation.expiresAt.toISOString(),
        acceptUrl: `${baseUrl}/invitations/${token}`,
      };
    });
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.findOpenInvitation(token);
    return {
      organisationId: invitation.organisationId,
      organisationName: invitation.organisation.name,
      email: invitation.email,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  async accept(user: AuthUser, token: string): Promise<MyMembership> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.findOpenInvitation(token);
      if (invitation.email !== normaliseEmail(user.email)) {
        throw new ForbiddenException('This invitation was sent to another e-mail address');
      }
      const existing = await manager
        .getRepository(Membership)
        .findOneBy({ organisationId: invitation.organisationId, userId: user.id });
      if (!existing) {
        await manager.insert(Membership, {
          organisationId: invitation.organisationId,
          userId: user.id,
          role: 'member',
        });
      }
      await manager.update(Invitation, { id: invitation.id }, { acceptedAt: new Date() });
      await this.audit.record(manager, {
        userId: user.id,
        action: 'membership.accept',
        entityType: 'organisation',
        entityId: invitation.organisationId,
        after: { memberIds: [user.id], invitationId: invitation.id },
      });
      const organisation = invitation.organisation;
      return {
        organisationId: organisation.id,
        name: organisation.name,
        kind: organisation.kind,
        status: organisation.status,
        role: existing?.role ?? 'member',
      };
    });
  }

  /** An owner removes a member, or a member leaves; the last owner cannot go. */
  async remove(actor: AuthUser, organisationId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Membership);
      const memberships = await repo.find({
        where: { organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      const actorRole = memberships.find((m) => m.userId === actor.id)?.role;
      const target = memberships.find((m) => m.userId === userId);
      if (!actorRole) throw new ForbiddenException('Only members of this organisation may do this');
      if (actor.id !== userId && actorRole !== 'owner') {
        throw new ForbiddenException('Only owners may remove other members');
      }
      if (!target) throw new NotFoundException('No such member');
      const owners = memberships.filter((m) => m.role === 'owner');
      if (target.role === 'owner' && owners.length === 1) {
        throw new ConflictException('The last owner cannot leave: make another member owner first');
      }
      await repo.delete({ organisationId, userId });
      await this.audit.record(manager, {
        userId: actor.id,
        action: actor.id === userId ? 'membership.leave' : 'membership.remove',
        entityType: 'organisation',
        entityId: organisationId,
        before: { memberIds: [userId] },
      });
    });
  }

  private async findOpenInvitation(token: string) {
    const invitation = await this.dataSource.getRepository(Invitation).findOne({
      where: { tokenHash: hashToken(token) },
      relations: { organisation: true },
    });
    if (!invitation) throw new NotFoundException('No such invitation');
    if (invitation.acceptedAt) throw new GoneException('This invitation has already been used');
    if (invitation.expiresAt.getTime() < Date.now()) {
      throw new GoneException('This invitation has expired: ask for a new one');
    }
    return invitation as Invitation & { organisation: Organisation };
  }
}
