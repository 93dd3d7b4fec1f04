import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { RecordEvents } from '../common/record-events';

import type { ImportReport, ImportTally } from '@opi/contracts';
import type { OpiDataset } from '@opi/dataset';

import { Need } from '../needs/need.entity';
import { NeedsService } from '../needs/needs.service';
import { Offering } from '../offerings/offering.entity';
import { OfferingsService } from '../offerings/offerings.service';
import { Organisation } from '../organisations/organisation.entity';
import { detectLanguage } from '../common/detect-language';

/** Thrown inside the transaction of a dry run so that everything rolls back. */
class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

const BATCH = 500;
/** Rows written by an import above which the tables are analysed right away. */
const ANALYZE_AFTER = 1000;

/**
 * Writes a validated `opi-dataset/v1` document in one transaction. Records
 * are keyed by their dataset `ref`, so importing the same document again
 * updates the same rows instead of adding new ones.
 */
@Injectable()
export class DatasetImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly needs: NeedsService,
    private readonly offerings: OfferingsService,
    private readonly events: RecordEvents,
  ) {}

  /**
   * `userId`: who imports (audit log); null for the demo seed. A dry run does
   * the same work in a transaction that is rolled back, so its report is
   * exactly what the import would do.
   */
  async import(dataset: OpiDataset, userId: string | null = null, options: { dryRun?: boolean } = {}): Promise<ImportReport> {
    try {
      const report = await this.dataSource.transaction(async (manager) => {
        const report = await this.write(manager, dataset, userId);
        if (options.dryRun) throw new DryRunRollback({ ...report, dryRun: true });
        return report;
      });
      this.needs.invalidateFacets();
      this.offerings.invalidateFacets();
      this.events.changed({ type: 'bulk' });
      await this.refreshStatistics(report);
      return report;
    } catch (error) {
      if (error instanceof DryRunRollback) return error.report;
      throw error;
    }
  }

  /**
   * After a bulk import the planner's statistics describe the old tables,
   * and the new rows are not yet marked visible to all (autovacuum catches up
   * only later): searches get slow plans and check every row's transaction.
   * So large imports vacuum and analyse the tables at once (after the commit:
   * VACUUM cannot run in a transaction).
   */
  private async refreshStatistics(report: ImportReport): Promise<void> {
    const written = Object.values(report.changes).reduce((sum, t) => sum + t.created + t.updated, 0);
    if (written >= ANALYZE_AFTER) await this.dataSource.query('VACUUM (ANALYZE) organisations, needs, offerings');
  }

  private async write(manager: EntityManager, dataset: OpiDataset, userId: string | null): Promise<ImportReport> {
    {
      const organisations = await upsertInBatches(
        manager,
        Organisation,
        dataset.organisations.map((o) => ({
          ref: o.ref,
          kind: o.kind,
          name: o.name,
          country: o.country,
          region: o.region ?? null,
          city: o.city ?? null,
          description: o.description ?? '',
          careAreas: o.careAreas ?? [],
          expertise: o.expertise ?? [],
          testSite: o.testSite
            ? {
                offered: o.testSite.offered,
                settings: o.testSite.settings ?? [],
                capacity: o.testSite.capacity ?? null,
              }
            : null,
          status: 'published' as const,
        })),
      );
      const orgIds = await idsByRef(
        manager,
        dataset.organisations.map((o) => o.ref),
      );
      const needs = await upsertInBatches(
        manager,
        Need,
        dataset.needs.map((n) => ({
          ref: n.ref,
          organisationId: orgIds.get(n.organisationRef)!,
          title: n.title,
          description: n.description,
          careAreas: n.careAreas ?? [],
          targetGroups: n.targetGroups ?? [],
          settings: n.settings ?? [],
          minTrl: n.minTrl ?? null,
          testSiteOffered: n.testSiteOffered ?? false,
          language: n.language ?? detectLanguage(`${n.title}. ${n.description}`),
          status: 'published' as const,
        })),
      );
      const offerings = await upsertInBatches(
        manager,
        Offering,
        dataset.offerings.map((o) => ({
          ref: o.ref,
          organisationId: orgIds.get(o.organisationRef)!,
          title: o.title,
          description: o.description,
          careAreas: o.careAreas ?? [],
          targetGroups: o.targetGroups ?? [],
          settings: o.settings ?? [],
          trl: o.trl ?? null,
          seekingTestSite: o.seekingTestSite ?? false,
          language: o.language ?? detectLanguage(`${o.title}. ${o.description}`),
          status: 'published' as const,
        })),
      );
      await this.audit.record(manager, {
        userId,
        action: 'dataset.import',
        entityType: 'dataset',
        entityId: null,
        after: {
          organisations: dataset.organisations.length,
          needs: dataset.needs.length,
          offerings: dataset.offerings.length,
        },
      });
      return {
        dryRun: false,
        organisations: dataset.organisations.length,
        needs: dataset.needs.length,
        offerings: dataset.offerings.length,
        changes: { organisations, needs, offerings },
      };
    }
  }
}

/**
 * Inserts new refs and updates changed ones, batch by batch; rows whose
 * values are all the same are left alone (no new version, no new updated_at).
 */
async function upsertInBatches<T extends Organisation | Need | Offering>(
  manager: EntityManager,
  entity: new () => T,
  rows: Array<Partial<T> & { ref: string }>,
): Promise<ImportTally> {
  const tally: ImportTally = { created: 0, updated: 0, unchanged: 0 };
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const existing = await manager.countBy(entity, { ref: In(batch.map((r) => r.ref)) } as never);
    const result = await manager.upsert(entity, batch as never, {
      conflictPaths: ['ref'],
      skipUpdateIfNoValuesChanged: true,
    });
    // RETURNING yields a row for each insert and each real update, none for skipped rows.
    const written = (result.raw as unknown[]).length;
    tally.created += batch.length - existing;
    tally.updated += written - (batch.length - existing);
    tally.unchanged += batch.length - written;
  }
  return tally;
}

async function idsByRef(manager: EntityManager, refs: string[]): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (let i = 0; i < refs.length; i += BATCH) {
    const rows = await manager.find(Organisation, {
      select: { id: true, ref: true },
      where: { ref: In(refs.slice(i, i + BATCH)) },
    });
    for (const row of rows) map.set(row.ref!, row.id);
  }
  return map;
}
