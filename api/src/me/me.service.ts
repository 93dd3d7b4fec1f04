import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Me, MyMembership, PersonalDataExport } from '@opi/contracts';

import { AuditEntry } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { Invitation } from '../memberships/invitation.entity';
import { Membership } from '../memberships/membership.entity';
import { User } from '../users/user.entity';

@Injectable()
export class MeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async me(current: AuthUser): Promise<Me> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: current.id });
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      memberships: await this.memberships(user.id),
      createdAt: user.createdAt.toISOString(),
    };
  }

  /** Everything the portal holds about the user (GDPR Article 15 and 20). */
  async export(current: AuthUser): Promise<PersonalDataExport> {
    const { memberships, ...user } = await this.me(current);
    const invitations = await this.dataSource
      .getRepository(Invitation)
      .find({ where: { invitedBy: current.id }, order: { createdAt: 'ASC' } });
    const trail = await this.dataSource
      .getRepository(AuditEntry)
      .find({ where: { userId: current.id }, order: { at: 'ASC' } });
    return {
      exportedAt: new Date().toISOString(),
      user,
      memberships,
      invitationsSent: invitations.map((i) => ({
        organisationId: i.organisationId,
        email: i.email,
        createdAt: i.createdAt.toISOString(),
      })),
      auditTrail: trail.map((a) => ({
        at: a.at.toISOString(),
        action: a.action,
        entityType: a.entityType,
        entityId: a.entityId,
      })),
    };
  }

  /**
   * Deletes the account: memberships go, the organisations and their content
   * stay; audit entries keep the write but no longer point at the person.
   */
  async delete(current: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const organisationIds = (
        await manager.getRepository(Membership).findBy({ userId: current.id })
      ).map((m) => m.organisationId);
      await this.audit.record(manager, {
        userId: null,
        action: 'user.delete',
        entityType: 'user',
        entityId: current.id,
        before: { organisationIds },
      });
      await manager.getRepository(User).delete({ id: current.id });
    });
  }

  private async memberships(userId: string): Promise<MyMembership[]> {
    const rows = await this.dataSource.getRepository(Membership).find({
      where: { userId },
      relations: { organisation: true },
      order: { createdAt: 'ASC' },
    });
    return rows.map((m) => ({
      organisationId: m.organisationId,
      name: m.organisation.name,
      kind: m.organisation.kind,
      status: m.organisation.status,
      role: m.role,
    }));
  }
}
