import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Offering as OfferingDto } from '@opi/contracts';

import { AuditService } from '../audit/audit.service';
import { RecordEvents } from '../common/record-events';
import { toOfferingDto } from '../marketplace/marketplace.mapper';
import { type MarketplaceCollection, MarketplaceService } from '../marketplace/marketplace.service';
import { Offering } from './offering.entity';

export const OFFERINGS: MarketplaceCollection<Offering, OfferingDto> = {
  entity: Offering,
  noun: 'offering',
  columns: { table: 'offerings', trl: 'trl', testSite: 'seeking_test_site' },
  ownerKinds: ['company', 'knowledge_institution'],
  specificFields: ['trl', 'seekingTestSite', 'ceClass', 'evidence'],
  toDto: toOfferingDto,
  csvColumns: ['trl', 'seeking_test_site', 'ce_class', 'evidence'],
  csvCells: (offering) => [
    offering.trl,
    offering.seekingTestSite,
    offering.ceClass,
    offering.evidence.map((e) => `${e.kind}: ${e.title}${e.url ? ` <${e.url}>` : ''}`).join('; '),
  ],
};

@Injectable()
export class OfferingsService extends MarketplaceService<Offering, OfferingDto> {
  constructor(dataSource: DataSource, audit: AuditService, events: RecordEvents) {
    super(dataSource, audit, events, OFFERINGS);
  }
}
