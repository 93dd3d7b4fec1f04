import { Module } from '@nestjs/common';

import { DatasetImportService } from './dataset-import.service';
import { DemoSeedService } from './demo-seed.service';

@Module({
  providers: [DatasetImportService, DemoSeedService],
  exports: [DatasetImportService, DemoSeedService],
})
export class DatasetModule {}
