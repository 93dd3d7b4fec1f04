import { Module } from '@nestjs/common';

import { NeedsModule } from '../needs/needs.module';
import { OfferingsModule } from '../offerings/offerings.module';
import { MyRecordsController } from './my-records.controller';
import { StaleRecordsService } from './stale-records.service';

/** What spans needs and offerings: "my records" and the stale-record job. */
@Module({
  imports: [NeedsModule, OfferingsModule],
  controllers: [MyRecordsController],
  providers: [StaleRecordsService],
})
export class MarketplaceModule {}
