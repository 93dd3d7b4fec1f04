import type {
  MatchList,
  MatchReason,
  Me,
  MyMembership,
  Need,
  Offering,
  OfferingMatch,
  Organisation,
  OrganisationMember,
  OrganisationRef,
  TestSiteMatch,
} from '@opi/contracts';
import type { GuidePage, GuideTocEntry } from '../app/guide/guide.models';

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
    status: 'published',
    wantedStart: null,
    testPeriodMonths: null,
    budgetNote: null,
    contact: null,
    attachments: [],
    staleReminderAt: null,
    version: 1,
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
    ceClass: null,
    evidence: [],
    language: 'en',
    status: 'published',
    wantedStart: null,
    testPeriodMonths: null,
    budgetNote: null,
    contact: null,
    attachments: [],
    staleReminderAt: null,
    version: 1,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A full organisation as `GET /api/organisations/:id` returns it (a published municipality). */
export function anOrganisationProfile(
  overrides: Partial<Organisation> = {},
): Organisation {
  const n = next();
  return {
    id: `org-${n}`,
    ref: null,
    name: `Organisation ${n}`,
    kind: 'municipality',
    country: 'DK',
    region: null,
    city: null,
    description: '',
    careAreas: [],
    expertise: [],
    testSite: null,
    status: 'published',
    version: 1,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function aMembership(
  overrides: Partial<MyMembership> = {},
): MyMembership {
  const n = next();
  return {
    organisationId: `org-${n}`,
    name: `Organisation ${n}`,
    kind: 'municipality',
    status: 'published',
    role: 'owner',
    ...overrides,
  };
}

/** The signed-in user as `GET /api/me` returns them. */
export function aMe(overrides: Partial<Me> = {}): Me {
  const n = next();
  return {
    id: `user-${n}`,
    email: `user${n}@example.com`,
    name: `User ${n}`,
    role: 'public_staff',
    memberships: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function aMember(
  overrides: Partial<OrganisationMember> = {},
): OrganisationMember {
  const n = next();
  return {
    userId: `user-${n}`,
    name: `User ${n}`,
    email: `user${n}@example.com`,
    role: 'member',
    joinedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A guide table-of-contents entry (`GET /api/guide`), in English unless told otherwise. */
export function aGuideEntry(
  overrides: Partial<GuideTocEntry> = {},
): GuideTocEntry {
  const n = next();
  return {
    slug: `guide-page-${n}`,
    title: `Guide page ${n}`,
    summary: `What guide page ${n} is about.`,
    kind: 'topic',
    lang: 'en',
    fallback: false,
    ...overrides,
  };
}

/** A guide page (`GET /api/guide/pages/:slug`): a topic with one section, unless told otherwise. */
export function aGuidePage(overrides: Partial<GuidePage> = {}): GuidePage {
  const entry = aGuideEntry(overrides);
  return {
    ...entry,
    requestedLang: entry.lang,
    markdown: '## Overview\n\nWhat to know.\n',
    headings: [{ id: 'overview', text: 'Overview', level: 2 }],
    checklists: [],
    related: [],
    ...overrides,
  };
}

/** A reason for a proposal: two shared care areas, unless told otherwise. */
export function aMatchReason(
  overrides: Partial<MatchReason> = {},
): MatchReason {
  return {
    code: 'shared-care-area',
    text: 'Both address dementia and elderly care',
    params: { codes: ['dementia', 'elderly-care'], fromText: [] },
    ...overrides,
  };
}

/** An offering proposed for a need (`GET /api/needs/:id/matches`), with no verdict yet. */
export function anOfferingMatch(
  overrides: Partial<OfferingMatch> = {},
): OfferingMatch {
  return {
    offering: anOffering(),
    score: 0.75,
    reasons: [
      aMatchReason(),
      aMatchReason({
        code: 'trl-meets-minimum',
        text: 'TRL 7 meets the minimum of 6',
        params: { trl: 7, minTrl: 6 },
      }),
    ],
    feedback: null,
    ...overrides,
  };
}

/** A municipality proposed as a test site (`GET /api/offerings/:id/test-sites`), with no need. */
export function aTestSiteMatch(
  overrides: Partial<TestSiteMatch> = {},
): TestSiteMatch {
  return {
    organisation: { ...anOrganisation(), region: null },
    score: 0.6,
    reasons: [
      aMatchReason({
        code: 'test-site-setting',
        text: 'Offers a test site in nursing home',
        params: { settings: ['nursing-home'], capacity: '' },
      }),
      aMatchReason({
        code: 'little-overlap',
        text: 'Little in common beyond the care domain',
        params: {},
      }),
    ],
    feedback: null,
    ...overrides,
  };
}

/** Stored proposals as the API answers them, computed on 1 March 2026. */
export function aMatchList<T>(
  items: T[],
  overrides: Partial<MatchList<T>> = {},
): MatchList<T> {
  return {
    items,
    computedAt: '2026-03-01T10:00:00.000Z',
    computeMs: 12,
    ...overrides,
  };
}
