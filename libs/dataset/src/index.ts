export { DEMO_DATASET } from './demo/demo-dataset';
export type {
  DatasetProblem,
  DatasetValidationResult,
} from './lib/dataset-problem';
export {
  DATASET_FORMAT,
  type DatasetNeed,
  type DatasetOffering,
  type DatasetOrganisation,
  type DatasetTestSite,
  type ExpectedMatch,
  type MatchRelevance,
  type OpiDataset,
} from './lib/opi-dataset';
export { MAX_DATASET_PROBLEMS, validateDataset } from './lib/validate-dataset';
