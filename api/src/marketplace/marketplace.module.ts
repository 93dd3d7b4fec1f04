import { Module } from '@nestjs/common';

import { NeedsModule } from '../needs/needs.module';
import { OfferingsModule } from '../offerings/offerings.module';
import { MyRecordsController } from './my-records.controller';

/** What spans needs and offerings: "my records" (and, later, the stale-record job). */
@Module({
  imports: [NeedsModule, OfferingsModule],
  controllers: [MyRecordsController],
})
export class MarketplaceModule {}
