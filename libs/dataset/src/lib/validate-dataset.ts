import type { SchemaObject } from 'ajv';

import type {
  DatasetProblem,
  DatasetValidationResult,
  LocatedProblem,
} from './dataset-problem';
import { ruleProblems } from './dataset-rules';
import { DATASET_SCHEMA } from './dataset-schema';
import { formatJsonPath, type PathSegment } from './json-path';
import type { OpiDataset } from './opi-dataset';
import { structureProblems } from './structure-problems';

/** At most this many problems come back; the last one then counts the rest. */
export const MAX_DATASET_PROBLEMS = 1000;

/**
 * Checks a parsed JSON document against opi-dataset/v1 (DATASET.md): its
 * structure, then the rules across records. Reports every problem, in document
 * order, and never throws. On success `dataset` is `doc` itself, now typed.
 */
export function validateDataset(doc: unknown): DatasetValidationResult {
  let located: LocatedProblem[];
  try {
    located = structureProblems(doc);
    if (doc !== null && typeof doc === 'object' && !Array.isArray(doc)) {
      located = located.concat(ruleProblems(doc as Record<string, unknown>));
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    located = [
      { at: [], message: `The document could not be checked: ${reason}` },
    ];
  }
  if (located.length === 0) return { ok: true, dataset: doc as OpiDataset };
  return { ok: false, problems: bounded(unique(inDocumentOrder(located))) };
}

/**
 * Document order for a document written in the order of DATASET.md: by
 * section, record, field (schema order, unknown fields last) and list index.
 * Problems that tie keep the order they were found in.
 */
function inDocumentOrder(problems: LocatedProblem[]): LocatedProblem[] {
  return problems
    .map((problem, position) => ({
      problem,
      position,
      key: sortKey(problem.at),
    }))
    .sort((a, b) => compareKeys(a.key, b.key) || a.position - b.position)
    .map(({ problem }) => problem);
}

const SECTION_PROPERTIES = DATASET_SCHEMA['properties'] as Record<
  string,
  SchemaObject
>;
const SECTIONS = Object.keys(SECTION_PROPERTIES);
const FIELDS: Record<string, string[]> = Object.fromEntries(
  SECTIONS.map((section) => [
    section,
    Object.keys(SECTION_PROPERTIES[section]['items']?.['properties'] ?? {}),
  ]),
);

function sortKey(at: readonly PathSegment[]): number[] {
  if (at.length === 0) return [-1];
  const [section, record, field, item] = at;
  const sectionRank = SECTIONS.indexOf(String(section));
  if (sectionRank === -1) return [SECTIONS.length];
  const fields = FIELDS[String(section)];
  const fieldRank = field === undefined ? -1 : fields.indexOf(String(field));
  return [
    sectionRank,
    typeof record === 'number' ? record : -1,
    fieldRank === -1 && field !== undefined ? fields.length : fieldRank,
    typeof item === 'number' ? item : -1,
  ];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? -1) - (b[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

function unique(problems: LocatedProblem[]): DatasetProblem[] {
  const seen = new Set<string>();
  const result: DatasetProblem[] = [];
  for (const problem of problems) {
    const formatted = {
      path: formatJsonPath(problem.at),
      message: problem.message,
    };
    const key = `${formatted.path}\u0000${formatted.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(formatted);
  }
  return result;
}

function bounded(problems: DatasetProblem[]): DatasetProblem[] {
  if (problems.length <= MAX_DATASET_PROBLEMS) return problems;
  const kept = problems.slice(0, MAX_DATASET_PROBLEMS - 1);
  const rest = problems.length - kept.length;
  return [...kept, { path: '$', message: `… and ${rest} more problems` }];
}
