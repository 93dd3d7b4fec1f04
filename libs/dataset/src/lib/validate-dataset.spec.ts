import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { DatasetProblem } from './dataset-problem';
import type {
  DatasetNeed,
  DatasetOffering,
  DatasetOrganisation,
  OpiDataset,
} from './opi-dataset';
import { MAX_DATASET_PROBLEMS, validateDataset } from './validate-dataset';

function readTestdata(file: string): unknown {
  return JSON.parse(
    readFileSync(join(__dirname, '../../testdata', file), 'utf8'),
  );
}

// Small factories: a valid record by default, overrides for the case at hand.
function organisation(
  overrides: Partial<DatasetOrganisation> = {},
): DatasetOrganisation {
  return {
    ref: 'org-town',
    kind: 'municipality',
    name: 'Town Municipality',
    country: 'DK',
    region: 'Region Zealand',
    city: 'Town',
    description: 'A town.',
    careAreas: ['elderly-care'],
    ...overrides,
  };
}

function need(overrides: Partial<DatasetNeed> = {}): DatasetNeed {
  return {
    ref: 'need-falls',
    organisationRef: 'org-town',
    title: 'Falls at night',
    description:
      'Residents fall at night and lie on the floor until the next round.',
    careAreas: ['fall-prevention'],
    targetGroups: ['older-adults'],
    settings: ['nursing-home'],
    minTrl: 7,
    testSiteOffered: true,
    ...overrides,
  };
}

function offering(overrides: Partial<DatasetOffering> = {}): DatasetOffering {
  return {
    ref: 'off-radar',
    organisationRef: 'org-acme',
    title: 'Radar fall detection',
    description: 'A radar detects falls without cameras.',
    careAreas: ['fall-prevention'],
    targetGroups: ['older-adults'],
    settings: ['nursing-home'],
    trl: 8,
    seekingTestSite: true,
    ...overrides,
  };
}

function dataset(overrides: Partial<OpiDataset> = {}): OpiDataset {
  return {
    format: 'opi-dataset/v1',
    organisations: [
      organisation({
        testSite: { offered: true, settings: ['nursing-home'], capacity: 20 },
      }),
      organisation({ ref: 'org-acme', kind: 'company', name: 'Acme ApS' }),
    ],
    needs: [need()],
    offerings: [offering()],
    expectedMatches: [{ needRef: 'need-falls', relevant: { 'off-radar': 2 } }],
    ...overrides,
  };
}

function problemsOf(doc: unknown): DatasetProblem[] {
  const result = validateDataset(doc);
  return result.ok ? [] : result.problems;
}

describe('validateDataset', () => {
  describe('valid documents', () => {
    it.each(['matching-dev.json', 'matching-dev-hard.json'])(
      'accepts the evaluation set %s',
      (file) => {
        const doc = readTestdata(file);
        const result = validateDataset(doc);
        expect(result.ok ? [] : result.problems).toEqual([]);
        expect(result).toEqual({ ok: true, dataset: doc });
      },
    );

    it('accepts a minimal document and returns it typed and unchanged', () => {
      const doc = dataset();
      const before = JSON.stringify(doc);
      const result = validateDataset(doc);
      expect(result.ok && result.dataset).toBe(doc);
      expect(JSON.stringify(doc)).toBe(before);
    });

    it('accepts empty lists, no expectedMatches and every optional field', () => {
      expect(
        problemsOf({
          format: 'opi-dataset/v1',
          organisations: [],
          needs: [],
          offerings: [],
        }),
      ).toEqual([]);
      const doc = dataset({
        needs: [need({ language: 'da' })],
        offerings: [offering({ language: 'fi', targetGroups: [] })],
      });
      doc.organisations[1].expertise = ['sensor-technology'];
      expect(problemsOf(doc)).toEqual([]);
    });
  });

  describe('a broken document', () => {
    // One document with many faults: each must be reported once, at its own path.
    const broken = (): unknown => {
      const doc = dataset({
        organisations: [
          organisation({
            testSite: {
              offered: true,
              settings: ['nursing-home'],
              capacity: 20,
            },
          }),
          organisation({ ref: 'org-acme', kind: 'company', name: 'Acme ApS' }),
          organisation({ ref: 'org-acme', name: 'Second Acme' }),
          organisation({
            ref: 'org-beta',
            kind: 'company',
            country: 'dk',
            testSite: { offered: true, settings: [], capacity: 5 },
          }),
        ],
        needs: [
          need(),
          need({ ref: 'need-2', organisationRef: 'org-nowhere' }),
          need({ ref: 'need-3', organisationRef: 'org-acme' }),
          need({
            ref: 'need-4',
            careAreas: ['fall-prevention', 'astrology' as never],
          }),
          need({ ref: 'need-5', minTrl: 0 as never }),
          need({ ref: 'need-6', minTrl: 6.5 as never }),
          need({ ref: 'need-7', language: 'es' as never }),
          { ...need({ ref: 'need-8' }), colour: 'blue' } as DatasetNeed,
        ],
        offerings: [
          offering(),
          offering({ ref: 'off-2', organisationRef: 'org-town' }),
        ],
        expectedMatches: [
          {
            needRef: 'need-missing',
            relevant: { 'off-radar': 2, 'off-gone': 1 },
          },
        ],
      });
      return doc;
    };

    it('reports each problem at its JSON path with a message naming the field', () => {
      expect(problemsOf(broken())).toEqual([
        {
          path: '$.organisations[2].ref',
          message: 'ref "org-acme" is already used by $.organisations[1]',
        },
        {
          path: '$.organisations[3].country',
          message:
            'country must be an ISO 3166-1 alpha-2 code: two upper-case letters such as DK (got "dk")',
        },
        {
          path: '$.organisations[3].testSite',
          message:
            'testSite is only for municipalities and hospitals, and this organisation is a company',
        },
        {
          path: '$.needs[1].organisationRef',
          message:
            'organisationRef "org-nowhere" does not match the ref of any organisation',
        },
        {
          path: '$.needs[2].organisationRef',
          message:
            'organisationRef "org-acme" is a company; a need must belong to a municipality or a hospital',
        },
        {
          path: '$.needs[3].careAreas[1]',
          message:
            'careAreas[1] is not a known care area code (got "astrology")',
        },
        {
          path: '$.needs[4].minTrl',
          message: 'minTrl must be a whole number from 1 to 9 (got 0)',
        },
        {
          path: '$.needs[5].minTrl',
          message: 'minTrl must be a whole number from 1 to 9 (got 6.5)',
        },
        {
          path: '$.needs[6].language',
          message:
            'language must be one of en, da, nl, fr, sv, de, no, fi (got "es")',
        },
        {
          path: '$.needs[7].colour',
          message: 'Unknown field "colour" in a need',
        },
        {
          path: '$.offerings[1].organisationRef',
          message:
            'organisationRef "org-town" is a municipality; an offering must belong to a company or a knowledge institution',
        },
        {
          path: '$.expectedMatches[0].needRef',
          message: 'needRef "need-missing" does not match the ref of any need',
        },
        {
          path: "$.expectedMatches[0].relevant['off-gone']",
          message:
            '"off-gone" in relevant does not match the ref of any offering',
        },
      ]);
    });

    it('suggests the nearest code, field or ref for a likely typo', () => {
      const doc = dataset({
        needs: [
          {
            ...need({
              careAreas: ['dementa' as never],
              organisationRef: 'org-twn',
            }),
            careArea: [],
          } as DatasetNeed,
        ],
      });
      expect(problemsOf(doc)).toEqual([
        {
          path: '$.needs[0].organisationRef',
          message:
            'organisationRef "org-twn" does not match the ref of any organisation (did you mean "org-town"?)',
        },
        {
          path: '$.needs[0].careAreas[0]',
          message:
            'careAreas[0] is not a known care area code (did you mean "dementia"?) (got "dementa")',
        },
        {
          path: '$.needs[0].careArea',
          message:
            'Unknown field "careArea" in a need (did you mean "careAreas"?)',
        },
      ]);
    });

    it('reports missing fields, wrong types and a wrong format', () => {
      const untitled: Partial<DatasetNeed> = need();
      delete untitled.title;
      const doc = {
        ...dataset({
          needs: [
            untitled as DatasetNeed,
            need({ ref: 'need-2', testSiteOffered: 'yes' as never }),
          ],
        }),
        format: 'opi-dataset/v2',
        offerings: {},
      };
      expect(problemsOf(doc)).toEqual([
        {
          path: '$.format',
          message: 'format must be "opi-dataset/v1" (got "opi-dataset/v2")',
        },
        { path: '$.needs[0].title', message: 'title is required' },
        {
          path: '$.needs[1].testSiteOffered',
          message: 'testSiteOffered must be true or false (got "yes")',
        },
        {
          path: '$.offerings',
          message: 'offerings must be a list (JSON array) (got an object)',
        },
        {
          path: "$.expectedMatches[0].relevant['off-radar']",
          message:
            '"off-radar" in relevant does not match the ref of any offering',
        },
      ]);
    });

    it('reports refs that point into the wrong section and out-of-range relevance', () => {
      const doc = dataset({
        offerings: [
          offering(),
          offering({ ref: 'off-2', organisationRef: 'need-falls' }),
        ],
        expectedMatches: [
          {
            needRef: 'off-radar',
            relevant: { 'need-falls': 1, 'off-2': 3 as never },
          },
          { needRef: 'need-falls', relevant: {} },
          { needRef: 'need-falls', relevant: {} },
        ],
      });
      expect(problemsOf(doc)).toEqual([
        {
          path: '$.offerings[1].organisationRef',
          message:
            'organisationRef "need-falls" is the ref of a need, not of an organisation',
        },
        {
          path: '$.expectedMatches[0].needRef',
          message:
            'needRef "off-radar" is the ref of an offering, not of a need',
        },
        {
          path: "$.expectedMatches[0].relevant['off-2']",
          message:
            'The relevance of "off-2" must be 1 (partial match) or 2 (strong match) (got 3)',
        },
        {
          path: "$.expectedMatches[0].relevant['need-falls']",
          message:
            '"need-falls" in relevant is the ref of a need, not of an offering',
        },
        {
          path: '$.expectedMatches[2].needRef',
          message:
            'needRef "need-falls" already has expected matches at $.expectedMatches[1]',
        },
      ]);
    });

    it('treats a "__proto__" key from JSON.parse as an unknown field', () => {
      const doc: unknown = JSON.parse(
        JSON.stringify(dataset()).replace('"title"', '"__proto__":{},"title"'),
      );
      expect(problemsOf(doc)).toEqual([
        {
          path: '$.needs[0].__proto__',
          message: 'Unknown field "__proto__" in a need',
        },
      ]);
    });
  });

  describe('input that is not a document', () => {
    it.each([
      ['null', null, 'null'],
      ['undefined', undefined, 'nothing'],
      ['a number', 42, '42'],
      [
        'a string',
        '{"format":"opi-dataset/v1"}',
        '"{\\"format\\":\\"opi-dataset/v1\\"}"',
      ],
      ['a list', [dataset()], 'a list'],
      ['a boolean', true, 'true'],
    ])('gives one clean problem for %s', (_name, doc, got) => {
      expect(() => validateDataset(doc)).not.toThrow();
      expect(problemsOf(doc)).toEqual([
        {
          path: '$',
          message: `The document must be a JSON object (got ${got})`,
        },
      ]);
    });

    it('lists the required sections of an empty object', () => {
      expect(problemsOf({}).map((p) => p.path)).toEqual([
        '$.format',
        '$.organisations',
        '$.needs',
        '$.offerings',
      ]);
    });

    it('does not throw on records and lists of the wrong shape', () => {
      const doc = {
        format: 'opi-dataset/v1',
        organisations: [null, 1, []],
        needs: 'x',
        offerings: [{}],
        expectedMatches: [7],
      };
      expect(() => validateDataset(doc)).not.toThrow();
      expect(problemsOf(doc).map((p) => p.path)).toContain(
        '$.organisations[2]',
      );
      expect(problemsOf(doc).map((p) => p.path)).toContain(
        '$.offerings[0].trl',
      );
    });
  });

  describe('many problems', () => {
    it(`stops at ${MAX_DATASET_PROBLEMS} and says how many more there are`, () => {
      const needs = Array.from({ length: 1500 }, (_, i) =>
        need({ ref: `need-${i}`, minTrl: 0 as never }),
      );
      const problems = problemsOf(dataset({ needs, expectedMatches: [] }));
      expect(problems).toHaveLength(MAX_DATASET_PROBLEMS);
      expect(problems[0].path).toBe('$.needs[0].minTrl');
      expect(problems[MAX_DATASET_PROBLEMS - 2].path).toBe(
        '$.needs[998].minTrl',
      );
      expect(problems[MAX_DATASET_PROBLEMS - 1]).toEqual({
        path: '$',
        message: '… and 501 more problems',
      });
    });
  });
});
