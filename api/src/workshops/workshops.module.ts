import { Module } from '@nestjs/common';

import { NeedsModule } from '../needs/needs.module';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { WorkshopAccess } from './workshop-access';
import { WorkshopDemoSeedService } from './workshop-demo-seed.service';
import { WorkshopEvents } from './workshop-events';
import { WorkshopProposals } from './workshop-proposals.service';
import { WorkshopsController } from './workshops.controller';
import { WorkshopsService } from './workshops.service';

@Module({
  imports: [NeedsModule, PartnershipsModule],
  controllers: [WorkshopsController],
  providers: [WorkshopAccess, WorkshopEvents, WorkshopProposals, WorkshopsService, WorkshopDemoSeedService],
  exports: [WorkshopDemoSeedService],
})
export class WorkshopsModule {}
