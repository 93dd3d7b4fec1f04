import type { OpiDataset } from '@opi/dataset';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An opi-dataset/v1 file of libs/dataset/testdata, for specs (matching-dev.json unless named). */
export function testDataset(file = 'matching-dev.json'): OpiDataset {
  return JSON.parse(
    readFileSync(join(__dirname, '../../../../dataset/testdata', file), 'utf8'),
  ) as OpiDataset;
}
