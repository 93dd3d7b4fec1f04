import { Module } from '@nestjs/common';

import { NeedsModule } from '../needs/needs.module';
import { OfferingsModule } from '../offerings/offerings.module';
import { MatchingController } from './matching.controller';
import { MatchingService } from './matching.service';

@Module({
  imports: [NeedsModule, OfferingsModule],
  controllers: [MatchingController],
  providers: [MatchingService],
  exports: [MatchingService],
})
export class MatchingModule {}
