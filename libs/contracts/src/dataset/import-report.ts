/** How many records of one collection an import creates, changes and leaves as they are. */
export interface ImportTally {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * POST /api/dataset/import (and `?dryRun=true`, which writes nothing):
 * totals per collection and what would happen / happened to them.
 */
export interface ImportReport {
  dryRun: boolean;
  organisations: number;
  needs: number;
  offerings: number;
  changes: {
    organisations: ImportTally;
    needs: ImportTally;
    offerings: ImportTally;
  };
}

/** One problem of a rejected document (400), by JSON path. */
export interface DatasetProblem {
  path: string;
  message: string;
}
