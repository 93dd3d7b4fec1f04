import type { Need, Offering, OrganisationRef } from '@opi/contracts';

let sequence = 0;
const next = () => ++sequence;

export function anOrganisation(
  overrides: Partial<OrganisationRef> = {},
): OrganisationRef {
  const n = next();
  return {
    id: `org-${n}`,
    name: `Organisation ${n}`,
    kind: 'municipality',
    country: 'DK',
    ...overrides,
  };
}

export function aNeed(overrides: Partial<Need> = {}): Need {
  const n = next();
  return {
    id: `need-${n}`,
    ref: null,
    organisation: anOrganisation(),
    title: `Need ${n}`,
    description: `Description of need ${n}`,
    careAreas: ['elderly-care'],
    targetGroups: [],
    settings: [],
    minTrl: null,
    testSiteOffered: false,
    language: 'en',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function anOffering(overrides: Partial<Offering> = {}): Offering {
  const n = next();
  return {
    id: `offering-${n}`,
    ref: null,
    organisation: anOrganisation({ kind: 'company' }),
    title: `Offering ${n}`,
    description: `Description of offering ${n}`,
    careAreas: ['telehealth'],
    targetGroups: [],
    settings: [],
    trl: null,
    seekingTestSite: false,
    language: 'en',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}
