import { CARE_AREA_LABELS, CARE_AREAS } from './care-areas';
import { type LocalisedLabel, UI_LANGUAGES } from './languages';
import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
} from './organisation-kinds';
import {
  PARTNERSHIP_STAGE_LABELS,
  PARTNERSHIP_STAGES,
} from './partnership-stages';
import { SETTING_LABELS, SETTINGS } from './settings';
import { TARGET_GROUP_LABELS, TARGET_GROUPS } from './target-groups';
import { TRL_LABELS, TRL_LEVELS } from './trl-levels';

// The raw tables, not labelOf: labelOf falls back to English and would hide a gap.
const TABLES: [
  string,
  readonly (string | number)[],
  Record<string, LocalisedLabel>,
][] = [
  ['careArea', CARE_AREAS, CARE_AREA_LABELS],
  ['targetGroup', TARGET_GROUPS, TARGET_GROUP_LABELS],
  ['setting', SETTINGS, SETTING_LABELS],
  ['organisationKind', ORGANISATION_KINDS, ORGANISATION_KIND_LABELS],
  ['partnershipStage', PARTNERSHIP_STAGES, PARTNERSHIP_STAGE_LABELS],
  ['trl', TRL_LEVELS, TRL_LABELS],
];

describe.each(TABLES)('%s labels', (_name, codes, labels) => {
  it('has no duplicate codes', () => {
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('labels exactly the listed codes', () => {
    expect(Object.keys(labels).sort()).toEqual(codes.map(String).sort());
  });

  it.each(UI_LANGUAGES)(
    'has a real, trimmed label for every code in %s',
    (lang) => {
      const missing = codes.filter((code) => {
        const label = labels[String(code)]?.[lang];
        return (
          typeof label !== 'string' ||
          label === '' ||
          label !== label.trim() ||
          label === String(code)
        );
      });
      expect(missing).toEqual([]);
    },
  );

  it.each(UI_LANGUAGES)('gives every code a different label in %s', (lang) => {
    const all = codes.map((code) => labels[String(code)][lang]);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('the vocabularies of DATASET.md', () => {
  it('keeps the published codes', () => {
    expect(ORGANISATION_KINDS).toEqual([
      'company',
      'municipality',
      'hospital',
      'knowledge_institution',
    ]);
    expect(PARTNERSHIP_STAGES).toEqual([
      'proposed',
      'introduced',
      'exploring',
      'agreement',
      'testing',
      'evaluation',
      'scaling',
      'closed',
    ]);
    expect(TRL_LEVELS).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(CARE_AREAS).toHaveLength(20);
    expect(TARGET_GROUPS).toHaveLength(10);
    expect(SETTINGS).toHaveLength(9);
  });
});
