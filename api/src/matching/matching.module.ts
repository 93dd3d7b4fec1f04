import { Module } from '@nestjs/common';

import { NeedsModule } from '../needs/needs.module';
import { OfferingsModule } from '../offerings/offerings.module';
import { MatchingController } from './matching.controller';
import { MatchingService } from './matching.service';
import { ProfileStore } from './profile-store';

@Module({
  imports: [NeedsModule, OfferingsModule],
  controllers: [MatchingController],
  providers: [MatchingService, ProfileStore],
  exports: [MatchingService],
})
export class MatchingModule {}
