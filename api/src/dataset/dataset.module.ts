import { Module } from '@nestjs/common';

import { NeedsModule } from '../needs/needs.module';
import { OfferingsModule } from '../offerings/offerings.module';
import { DatasetExportService } from './dataset-export.service';
import { DatasetImportService } from './dataset-import.service';
import { DatasetController } from './dataset.controller';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [NeedsModule, OfferingsModule],
  controllers: [DatasetController],
  providers: [DatasetImportService, DatasetExportService, DemoSeedService],
  exports: [DatasetImportService, DemoSeedService],
})
export class DatasetModule {}
