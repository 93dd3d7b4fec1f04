import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { RecordEvents } from '../common/record-events';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';

/** Moderation: the admin's listed powers (unpublish, disable accounts); no editing of content. */
@Injectable()
export class AdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: RecordEvents,
  ) {}

  async unpublishOrganisation(admin: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .getRepository(Organisation)
        .update({ id, status: 'published' }, { status: 'draft' });
      if (!result.affected && !(await manager.getRepository(Organisation).existsBy({ id }))) {
        throw new NotFoundException('No such organisation');
      }
      await this.audit.record(manager, {
        userId: admin.id,
        action: 'organisation.unpublish',
        entityType: 'organisation',
        entityId: id,
      });
    });
    // Its needs and offerings leave the marketplace and the proposals.
    this.events.changed({ type: 'organisation', id });
  }

  async setUserDisabled(admin: AuthUser, id: string, disabled: boolean): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(User);
      const user = await repo.findOneBy({ id });
      if (!user) throw new NotFoundException('No such user');
      await repo.update(
        { id },
        { disabledAt: disabled ? new Date() : null, tokenVersion: user.tokenVersion + 1 },
      );
      await this.audit.record(manager, {
        userId: admin.id,
        action: disabled ? 'user.disable' : 'user.enable',
        entityType: 'user',
        entityId: id,
      });
    });
  }
}
