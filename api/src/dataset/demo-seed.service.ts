import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { DEMO_DATASET, validateDataset } from '@opi/dataset';

import { Organisation } from '../organisations/organisation.entity';
import { DatasetImportService } from './dataset-import.service';

/** Loads the demo dataset into an empty database (`SEED_DEMO`, on by default for the embedded one). */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly importer: DatasetImportService,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    if ((await this.dataSource.getRepository(Organisation).count()) > 0) return false;
    const result = validateDataset(DEMO_DATASET);
    if (!result.ok) {
      throw new Error(
        `The demo dataset is invalid: ${result.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
      );
    }
    const counts = await this.importer.import(result.dataset);
    this.logger.log(
      `Seeded demo data: ${counts.organisations} organisations, ${counts.needs} needs, ${counts.offerings} offerings`,
    );
    return true;
  }
}
