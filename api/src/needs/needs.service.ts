import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Need as NeedDto } from '@opi/contracts';

import { AuditService } from '../audit/audit.service';
import { RecordEvents } from '../common/record-events';
import { toNeedDto } from '../marketplace/marketplace.mapper';
import { type MarketplaceCollection, MarketplaceService } from '../marketplace/marketplace.service';
import { Need } from './need.entity';

export const NEEDS: MarketplaceCollection<Need, NeedDto> = {
  entity: Need,
  noun: 'need',
  columns: { table: 'needs', trl: 'min_trl', testSite: 'test_site_offered' },
  ownerKinds: ['municipality', 'hospital'],
  specificFields: ['minTrl', 'testSiteOffered'],
  toDto: toNeedDto,
  csvColumns: ['min_trl', 'test_site_offered'],
  csvCells: (need) => [need.minTrl, need.testSiteOffered],
};

@Injectable()
export class NeedsService extends MarketplaceService<Need, NeedDto> {
  constructor(dataSource: DataSource, audit: AuditService, events: RecordEvents) {
    super(dataSource, audit, events, NEEDS);
  }
}
