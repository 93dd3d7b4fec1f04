import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

import type { LocatedProblem } from './dataset-problem';
import { DATASET_SCHEMA, PROBLEM_MESSAGE } from './dataset-schema';
import { parseJsonPointer, type PathSegment } from './json-path';
import { didYouMean, gotValue } from './problem-wording';

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({
      allErrors: true,
      strict: true,
      strictTypes: true,
      verbose: true,
    });
    ajv.addKeyword({ keyword: PROBLEM_MESSAGE, schemaType: 'string' });
    compiled = ajv.compile(DATASET_SCHEMA);
  }
  return compiled;
}

/** Everything wrong with the shape of `doc` (JSON Schema), one problem per failure. */
export function structureProblems(doc: unknown): LocatedProblem[] {
  const validate = validator();
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((error) => toProblem(error, doc));
}

function toProblem(error: ErrorObject, doc: unknown): LocatedProblem {
  const at = parseJsonPointer(error.instancePath, doc);
  const params = error.params as Record<string, unknown>;

  if (error.keyword === 'required') {
    const field = String(params['missingProperty']);
    return { at: [...at, field], message: `${field} is required` };
  }
  if (error.keyword === 'additionalProperties') {
    const field = String(params['additionalProperty']);
    const known = Object.keys(
      (error.parentSchema?.['properties'] as object | undefined) ?? {},
    );
    return {
      at: [...at, field],
      message: `Unknown field "${field}" in ${recordName(at)}${didYouMean(field, known)}`,
    };
  }

  const field = fieldName(at);
  const custom = error.parentSchema?.[PROBLEM_MESSAGE] as string | undefined;
  let message = custom ?? defaultMessage(error);
  message = message.includes('{field}')
    ? message.replace('{field}', field)
    : `${field} ${message}`;
  if (error.keyword === 'enum' && typeof error.data === 'string') {
    message += didYouMean(
      error.data,
      (params['allowedValues'] as unknown[]).map(String),
    );
  }
  return { at, message: message + gotValue(error.data) };
}

function defaultMessage(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `must be ${TYPE_WORDS[String(params['type'])] ?? String(params['type'])}`;
    case 'enum':
      return `must be one of ${(params['allowedValues'] as unknown[]).join(', ')}`;
    case 'minimum':
      return `must be at least ${String(params['limit'])}`;
    case 'maximum':
      return `must be at most ${String(params['limit'])}`;
    default:
      return error.message ?? 'is not valid';
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (JSON array)',
  object: 'a JSON object',
};

/** `['needs', 3, 'careAreas', 2]` → `careAreas[2]`; the root is "The document". */
function fieldName(at: readonly PathSegment[]): string {
  let start = at.length - 1;
  while (start >= 0 && typeof at[start] === 'number') start--;
  if (start < 0) return 'The document';
  return at
    .slice(start)
    .map((segment, i) => (i === 0 ? segment : `[${segment}]`))
    .join('');
}

function recordName(at: readonly PathSegment[]): string {
  const [collection, , field] = at;
  if (at.length === 0) return 'the document';
  if (collection === 'organisations')
    return field === 'testSite' ? 'a test site' : 'an organisation';
  if (collection === 'needs') return 'a need';
  if (collection === 'offerings') return 'an offering';
  if (collection === 'expectedMatches') return 'an expected match';
  return 'this record';
}
