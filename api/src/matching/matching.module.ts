import { Module } from '@nestjs/common';

import { NeedsModule } from '../needs/needs.module';
import { OfferingsModule } from '../offerings/offerings.module';
import { CandidateFinder } from './candidates';
import { MatchIndexService } from './match-index.service';
import { MatchingBatch } from './matching-batch';
import { MatchingController } from './matching.controller';
import { MatchingService } from './matching.service';
import { ProfileStore } from './profile-store';

@Module({
  imports: [NeedsModule, OfferingsModule],
  controllers: [MatchingController],
  providers: [MatchingService, MatchingBatch, ProfileStore, MatchIndexService, CandidateFinder],
  exports: [MatchingService],
})
export class MatchingModule {}
