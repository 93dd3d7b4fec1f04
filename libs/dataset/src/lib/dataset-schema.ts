import {
  CARE_AREAS,
  CONTENT_LANGUAGES,
  ORGANISATION_KINDS,
  SETTINGS,
  TARGET_GROUPS,
} from '@opi/taxonomy';
import type { SchemaObject } from 'ajv';

import { DATASET_FORMAT } from './opi-dataset';

/**
 * Annotation keyword: the message for any failure of the keywords beside it,
 * phrased after the field name ("minTrl " + message). `{field}` in the text
 * puts the field name elsewhere instead.
 */
export const PROBLEM_MESSAGE = 'problemMessage';

const text = {
  type: 'string',
  pattern: '\\S',
  [PROBLEM_MESSAGE]: 'must be non-empty text',
};
const freeText = { type: 'string' };
const flag = { type: 'boolean' };

const trl = {
  type: 'integer',
  minimum: 1,
  maximum: 9,
  [PROBLEM_MESSAGE]: 'must be a whole number from 1 to 9',
};

function codeList(codes: readonly string[], what: string): SchemaObject {
  return {
    type: 'array',
    items: {
      type: 'string',
      enum: [...codes],
      [PROBLEM_MESSAGE]: `is not a known ${what} code`,
    },
  };
}

const careAreas = codeList(CARE_AREAS, 'care area');
const targetGroups = codeList(TARGET_GROUPS, 'target group');
const settings = codeList(SETTINGS, 'setting');

const language = {
  type: 'string',
  enum: [...CONTENT_LANGUAGES],
  [PROBLEM_MESSAGE]: `must be one of ${CONTENT_LANGUAGES.join(', ')}`,
};

const organisation = {
  type: 'object',
  additionalProperties: false,
  required: [
    'ref',
    'kind',
    'name',
    'country',
    'region',
    'city',
    'description',
    'careAreas',
  ],
  properties: {
    ref: text,
    kind: {
      type: 'string',
      enum: [...ORGANISATION_KINDS],
      [PROBLEM_MESSAGE]: `must be one of ${ORGANISATION_KINDS.join(', ')}`,
    },
    name: text,
    country: {
      type: 'string',
      pattern: '^[A-Z]{2}$',
      [PROBLEM_MESSAGE]:
        'must be an ISO 3166-1 alpha-2 code: two upper-case letters such as DK',
    },
    region: freeText,
    city: freeText,
    description: freeText,
    careAreas,
    expertise: { type: 'array', items: text },
    testSite: {
      type: 'object',
      additionalProperties: false,
      required: ['offered', 'settings', 'capacity'],
      properties: {
        offered: flag,
        settings,
        capacity: {
          type: 'integer',
          minimum: 0,
          [PROBLEM_MESSAGE]: 'must be a whole number, 0 or more',
        },
      },
    },
  },
};

const need = {
  type: 'object',
  additionalProperties: false,
  required: [
    'ref',
    'organisationRef',
    'title',
    'description',
    'careAreas',
    'targetGroups',
    'settings',
    'minTrl',
    'testSiteOffered',
  ],
  properties: {
    ref: text,
    organisationRef: text,
    title: text,
    description: text,
    careAreas,
    targetGroups,
    settings,
    minTrl: trl,
    testSiteOffered: flag,
    language,
  },
};

const offering = {
  type: 'object',
  additionalProperties: false,
  required: [
    'ref',
    'organisationRef',
    'title',
    'description',
    'careAreas',
    'targetGroups',
    'settings',
    'trl',
    'seekingTestSite',
  ],
  properties: {
    ref: text,
    organisationRef: text,
    title: text,
    description: text,
    careAreas,
    targetGroups,
    settings,
    trl,
    seekingTestSite: flag,
    language,
  },
};

const expectedMatch = {
  type: 'object',
  additionalProperties: false,
  required: ['needRef', 'relevant'],
  properties: {
    needRef: text,
    relevant: {
      type: 'object',
      additionalProperties: {
        type: 'integer',
        enum: [1, 2],
        [PROBLEM_MESSAGE]:
          'The relevance of "{field}" must be 1 (partial match) or 2 (strong match)',
      },
    },
  },
};

/** The structure of opi-dataset/v1. Cross-record rules live in dataset-rules.ts. */
export const DATASET_SCHEMA: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['format', 'organisations', 'needs', 'offerings'],
  properties: {
    format: {
      type: 'string',
      const: DATASET_FORMAT,
      [PROBLEM_MESSAGE]: `must be "${DATASET_FORMAT}"`,
    },
    organisations: { type: 'array', items: organisation },
    needs: { type: 'array', items: need },
    offerings: { type: 'array', items: offering },
    expectedMatches: { type: 'array', items: expectedMatch },
  },
};
