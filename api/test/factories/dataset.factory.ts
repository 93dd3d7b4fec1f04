import type { DatasetNeed, DatasetOffering, DatasetOrganisation, OpiDataset } from '@opi/dataset';

let sequence = 0;
const next = () => ++sequence;

export function anOrganisation(overrides: Partial<DatasetOrganisation> = {}): DatasetOrganisation {
  const n = next();
  return {
    ref: `org-${n}`,
    kind: 'municipality',
    name: `Test Municipality ${n}`,
    country: 'DK',
    region: 'Region Zealand',
    city: 'Testby',
    description: 'A municipality used in tests.',
    careAreas: ['elderly-care'],
    ...overrides,
  };
}

export function aNeed(organisationRef: string, overrides: Partial<DatasetNeed> = {}): DatasetNeed {
  const n = next();
  return {
    ref: `need-${n}`,
    organisationRef,
    title: `Need ${n}`,
    description: 'Residents with dementia leave their rooms at night.',
    careAreas: ['dementia'],
    targetGroups: ['people-with-dementia'],
    settings: ['nursing-home'],
    minTrl: 6,
    testSiteOffered: true,
    language: 'en',
    ...overrides,
  };
}

export function anOffering(
  organisationRef: string,
  overrides: Partial<DatasetOffering> = {},
): DatasetOffering {
  const n = next();
  return {
    ref: `off-${n}`,
    organisationRef,
    title: `Offering ${n}`,
    description: 'A sensor that warns night staff discreetly.',
    careAreas: ['dementia'],
    targetGroups: ['people-with-dementia'],
    settings: ['nursing-home'],
    trl: 7,
    seekingTestSite: true,
    language: 'en',
    ...overrides,
  };
}

export function aDataset(parts: Partial<OpiDataset> = {}): OpiDataset {
  return { format: 'opi-dataset/v1', organisations: [], needs: [], offerings: [], ...parts };
}
