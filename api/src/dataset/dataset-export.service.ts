import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { DATASET_FORMAT, type OpiDataset } from '@opi/dataset';

import { Need } from '../needs/need.entity';
import { Offering } from '../offerings/offering.entity';
import { Organisation } from '../organisations/organisation.entity';

/**
 * What is published, as an opi-dataset/v1 document. Records made in the
 * portal (no dataset ref) get `portal-<id>` refs, so the export imports again.
 */
@Injectable()
export class DatasetExportService {
  constructor(private readonly dataSource: DataSource) {}

  async export(): Promise<OpiDataset> {
    const organisations = await this.dataSource
      .getRepository(Organisation)
      .find({ where: { status: 'published' }, order: { createdAt: 'ASC', id: 'ASC' } });
    const refOf = new Map(organisations.map((o) => [o.id, o.ref ?? `portal-${o.id}`]));
    const published = { status: 'published' as const };
    const [needs, offerings] = await Promise.all([
      this.dataSource.getRepository(Need).find({ where: published, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(Offering).find({ where: published, order: { createdAt: 'ASC', id: 'ASC' } }),
    ]);
    const visible = <T extends { organisationId: string }>(rows: T[]) =>
      rows.filter((r) => refOf.has(r.organisationId));
    const byRef = (a: { ref: string }, b: { ref: string }) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);
    const document = {
      format: DATASET_FORMAT,
      organisations: organisations.map((o) => ({
        ref: refOf.get(o.id)!,
        kind: o.kind,
        name: o.name,
        country: o.country,
        region: o.region ?? '',
        city: o.city ?? '',
        description: o.description,
        careAreas: o.careAreas,
        ...(o.expertise.length > 0 && { expertise: o.expertise }),
        ...(o.testSite && {
          testSite: { offered: o.testSite.offered, settings: o.testSite.settings, capacity: o.testSite.capacity ?? 0 },
        }),
      })),
      needs: visible(needs).map((n) => ({
        ref: n.ref ?? `portal-${n.id}`,
        organisationRef: refOf.get(n.organisationId)!,
        title: n.title,
        description: n.description,
        careAreas: n.careAreas,
        targetGroups: n.targetGroups,
        settings: n.settings,
        ...(n.minTrl !== null && { minTrl: n.minTrl }),
        testSiteOffered: n.testSiteOffered,
        language: n.language,
      })),
      offerings: visible(offerings).map((o) => ({
        ref: o.ref ?? `portal-${o.id}`,
        organisationRef: refOf.get(o.organisationId)!,
        title: o.title,
        description: o.description,
        careAreas: o.careAreas,
        targetGroups: o.targetGroups,
        settings: o.settings,
        ...(o.trl !== null && { trl: o.trl }),
        seekingTestSite: o.seekingTestSite,
        language: o.language,
      })),
    };
    // Sorted by ref, so the same data always exports the same way.
    document.organisations.sort(byRef);
    document.needs.sort(byRef);
    document.offerings.sort(byRef);
    return document as OpiDataset;
  }
}
