import type { OpiDataset } from './opi-dataset';
import type { PathSegment } from './json-path';

/** One thing wrong with a document, at a JSON path such as `$.needs[3].minTrl`. */
export interface DatasetProblem {
  path: string;
  message: string;
}

export type DatasetValidationResult =
  | { ok: true; dataset: OpiDataset }
  | { ok: false; problems: DatasetProblem[] };

/** A problem before its path is formatted; used inside the validator. */
export interface LocatedProblem {
  at: PathSegment[];
  message: string;
}
