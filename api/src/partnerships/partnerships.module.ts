import { Module } from '@nestjs/common';

import { MatchingModule } from '../matching/matching.module';
import { PartnershipDemoSeedService } from './partnership-demo-seed.service';
import { PartnershipsController } from './partnerships.controller';
import { PartnershipsService } from './partnerships.service';
import { ScaleUpService } from './scale-up.service';

@Module({
  imports: [MatchingModule],
  controllers: [PartnershipsController],
  providers: [PartnershipsService, ScaleUpService, PartnershipDemoSeedService],
  exports: [PartnershipsService, PartnershipDemoSeedService],
})
export class PartnershipsModule {}
