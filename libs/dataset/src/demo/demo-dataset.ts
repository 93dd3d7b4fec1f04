import { DATASET_FORMAT, type OpiDataset } from '../lib/opi-dataset';
import { DEMO_NEEDS } from './demo-needs';
import { DEMO_OFFERINGS } from './demo-offerings';
import { DEMO_ORGANISATIONS } from './demo-organisations';

/**
 * A realistic demo for seeding and screenshots, written for this project:
 * fictional municipalities, hospitals, companies and knowledge institutions in
 * DK, SE, NL, BE and FR, with needs and offerings in en, da, sv, nl and fr.
 */
export const DEMO_DATASET: OpiDataset = {
  format: DATASET_FORMAT,
  organisations: DEMO_ORGANISATIONS,
  needs: DEMO_NEEDS,
  offerings: DEMO_OFFERINGS,
};
