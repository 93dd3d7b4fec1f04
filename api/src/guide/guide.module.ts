import { Module } from '@nestjs/common';

import { GuideContentService } from './guide-content.service';
import { GuideController } from './guide.controller';
import { GuideService } from './guide.service';

@Module({
  controllers: [GuideController],
  providers: [GuideContentService, GuideService],
})
export class GuideModule {}
