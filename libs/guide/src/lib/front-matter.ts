import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

import { GUIDE_LANGUAGES } from './guide-languages';
import {
  GUIDE_KINDS,
  GUIDE_ROLES,
  type GuideKind,
  type GuideRole,
} from './guide-page';

/** The YAML front matter at the top of every guide page. */
export interface GuideFrontMatter {
  slug: string;
  title: string;
  summary: string;
  kind: GuideKind;
  /** 1–5; phases only. */
  phase?: number;
  /** Position in the table of contents within its kind (phases sort by `phase`). */
  order: number;
  lang: string;
  related?: string[];
  /** Phases only: the text of the heading that holds each role's checklist. */
  checklists?: Record<GuideRole, string>;
}

export const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

const nonEmptyText = { type: 'string', minLength: 1, pattern: '\\S' };

/** JSON Schema of the front matter; see README.md. */
export const FRONT_MATTER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['slug', 'title', 'summary', 'kind', 'order', 'lang'],
  properties: {
    slug: { type: 'string', pattern: SLUG_PATTERN },
    title: nonEmptyText,
    // One sentence: a single line ending in a full stop, question or exclamation mark.
    summary: { type: 'string', pattern: '^[^\\n]*\\S[.!?]$' },
    kind: { type: 'string', enum: [...GUIDE_KINDS] },
    phase: { type: 'integer', minimum: 1, maximum: 5 },
    order: { type: 'number' },
    lang: { type: 'string', enum: [...GUIDE_LANGUAGES] },
    related: {
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', pattern: SLUG_PATTERN },
    },
    checklists: {
      type: 'object',
      additionalProperties: false,
      required: [...GUIDE_ROLES],
      properties: Object.fromEntries(
        GUIDE_ROLES.map((role) => [role, nonEmptyText]),
      ),
    },
  },
  if: { properties: { kind: { const: 'phase' } }, required: ['kind'] },
  then: { required: ['phase', 'checklists'] },
  else: { not: { required: ['phase'] } },
} as const;

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  // strictRequired would reject `required` inside `then` (its properties sit a level up).
  compiled ??= new Ajv({
    allErrors: true,
    strict: true,
    strictRequired: false,
  }).compile(FRONT_MATTER_SCHEMA);
  return compiled;
}

/** Everything wrong with a page's front matter, as sentences; empty when it is valid. */
export function frontMatterProblems(data: unknown): string[] {
  const validate = validator();
  if (validate(data)) return [];
  return [
    ...new Set(
      (validate.errors ?? [])
        // `if` only says which branch failed; the branch's own error says why.
        .filter((error) => error.keyword !== 'if')
        .map((error) => describe(error, data)),
    ),
  ];
}

function describe(error: ErrorObject, data: unknown): string {
  const field = error.instancePath.split('/').slice(1).join('.');
  const where = field ? `"${field}"` : 'the front matter';
  const params = error.params as Record<string, unknown>;
  const got = JSON.stringify(valueAt(data, error.instancePath));
  switch (error.keyword) {
    case 'required': {
      const missing = String(params['missingProperty']);
      if (!field && (missing === 'phase' || missing === 'checklists')) {
        return `a page of kind "phase" needs "${missing}"`;
      }
      return `${where} needs "${missing}"`;
    }
    case 'additionalProperties':
      return `${where} has an unknown field "${String(params['additionalProperty'])}"`;
    case 'not':
      return '"phase" is only for pages of kind "phase"';
    case 'enum':
      return `${where} must be one of ${(params['allowedValues'] as unknown[]).join(', ')} (got ${got})`;
    case 'pattern':
      return `${where} ${PATTERN_WORDING[field.replace(/\.\d+$/, '.n')] ?? 'is not valid'} (got ${got})`;
    case 'type':
      return `${where} must be ${TYPE_WORDING[String(params['type'])] ?? String(params['type'])} (got ${got})`;
    case 'minimum':
    case 'maximum':
      return `${where} must be from 1 to 5 (got ${got})`;
    case 'uniqueItems':
      return `${where} lists a slug twice`;
    default:
      return `${where} ${error.message ?? 'is not valid'}`;
  }
}

const TYPE_WORDING: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  array: 'a list',
  object: 'a mapping',
};

const PATTERN_WORDING: Record<string, string> = {
  slug: 'must be kebab-case (lower-case letters, digits and single hyphens)',
  'related.n': 'must be a kebab-case slug',
  summary: 'must be one sentence on one line, ending with ".", "?" or "!"',
  title: 'must not be blank',
  'checklists.company': 'must not be blank',
  'checklists.public': 'must not be blank',
  'checklists.knowledge': 'must not be blank',
};

function valueAt(data: unknown, pointer: string): unknown {
  let value: unknown = data;
  for (const key of pointer.split('/').slice(1)) {
    value = (value as Record<string, unknown> | undefined)?.[key];
  }
  return value;
}
