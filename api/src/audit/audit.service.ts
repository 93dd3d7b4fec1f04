import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import type { AuditEntry as AuditEntryDto, Page } from '@opi/contracts';

import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  userId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** Records a write inside the caller's transaction, so both land or neither does. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.save(
      manager.create(AuditEntry, {
        userId: record.userId,
        action: record.action,
        entityType: record.entityType,
        entityId: record.entityId,
        before: record.before ?? null,
        after: record.after ?? null,
      }),
    );
  }

  async list(page: number, pageSize: number): Promise<Page<AuditEntryDto>> {
    const [rows, total] = await this.entries.findAndCount({
      relations: { user: true },
      order: { at: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return {
      items: rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        userId: r.userId,
        userEmail: r.user?.email ?? null,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        before: r.before,
        after: r.after,
      })),
      total,
      page,
      pageSize,
    };
  }
}
