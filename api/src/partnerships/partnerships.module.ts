import { Module } from '@nestjs/common';

import { MatchingModule } from '../matching/matching.module';
import { PartnershipsController } from './partnerships.controller';
import { PartnershipsService } from './partnerships.service';
import { ScaleUpService } from './scale-up.service';

@Module({
  imports: [MatchingModule],
  controllers: [PartnershipsController],
  providers: [PartnershipsService, ScaleUpService],
  exports: [PartnershipsService],
})
export class PartnershipsModule {}
