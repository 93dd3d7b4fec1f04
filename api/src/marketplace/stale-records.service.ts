import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { JobQueue } from '../jobs/job-queue';
import { NeedsService } from '../needs/needs.service';
import { OfferingsService } from '../offerings/offerings.service';

/** A published record untouched this long gets a reminder… */
export const STALE_AFTER = '6 months';
/** …and is archived this long after the reminder unless someone updates or confirms it. */
export const ARCHIVE_AFTER_REMINDER = '30 days';

export interface SweepResult {
  reminded: number;
  archived: number;
}

const COLLECTIONS = [
  { table: 'needs', noun: 'need' },
  { table: 'offerings', noun: 'offering' },
] as const;

/**
 * Keeps the marketplace fresh: once a day, published needs and offerings
 * nobody has touched for six months get a reminder (shown to their
 * organisation in "My needs/offerings"); thirty days later, still untouched,
 * they archive themselves. Editing or confirming a record restarts the clock.
 * Neither step changes `updated_at` or `version`, so the clock is honest.
 */
@Injectable()
export class StaleRecordsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly needs: NeedsService,
    private readonly offerings: OfferingsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'stale-records', cron: '15 3 * * *', run: () => this.sweep() });
  }

  async sweep(now: Date = new Date()): Promise<SweepResult> {
    const result = await this.dataSource.transaction(async (manager) => {
      const totals: SweepResult = { reminded: 0, archived: 0 };
      for (const { table, noun } of COLLECTIONS) {
        const archived = await manager.query(
          `UPDATE ${table} SET status = 'archived'
            WHERE status = 'published' AND stale_reminder_at IS NOT NULL
              AND stale_reminder_at <= $1::timestamptz - interval '${ARCHIVE_AFTER_REMINDER}'
              AND updated_at <= stale_reminder_at
          RETURNING id`,
          [now],
        );
        const reminded = await manager.query(
          `UPDATE ${table} SET stale_reminder_at = $1
            WHERE status = 'published' AND stale_reminder_at IS NULL
              AND updated_at <= $1::timestamptz - interval '${STALE_AFTER}'
          RETURNING id`,
          [now],
        );
        await audit(manager, `${noun}.auto-archive`, noun, ids(archived));
        await audit(manager, `${noun}.stale-reminder`, noun, ids(reminded));
        totals.archived += ids(archived).length;
        totals.reminded += ids(reminded).length;
      }
      return totals;
    });
    if (result.archived > 0) {
      this.needs.invalidateFacets();
      this.offerings.invalidateFacets();
    }
    return result;
  }
}

/** `UPDATE … RETURNING` answers [rows, count] through TypeORM's postgres driver. */
function ids(result: unknown): string[] {
  const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as Array<{ id: string }>;
  return rows.map((r) => r.id);
}

async function audit(manager: EntityManager, action: string, entityType: string, entityIds: string[]): Promise<void> {
  if (entityIds.length === 0) return;
  await manager.query(
    `INSERT INTO audit_log (user_id, action, entity_type, entity_id)
     SELECT NULL, $1, $2, unnest($3::uuid[])`,
    [action, entityType, entityIds],
  );
}
