import type {
  CareArea,
  ContentLanguage,
  OrganisationKind,
  Setting,
  TargetGroup,
  TrlLevel,
} from '@opi/taxonomy';

/** The value of `format` in every opi-dataset/v1 document. */
export const DATASET_FORMAT = 'opi-dataset/v1';

/** One JSON document of organisations, their needs and their offerings (DATASET.md). */
export interface OpiDataset {
  format: typeof DATASET_FORMAT;
  organisations: DatasetOrganisation[];
  needs: DatasetNeed[];
  offerings: DatasetOffering[];
  /** Only in evaluation sets. */
  expectedMatches?: ExpectedMatch[];
}

export interface DatasetOrganisation {
  /** Unique within the file; never shown to users. */
  ref: string;
  kind: OrganisationKind;
  name: string;
  /** ISO 3166-1 alpha-2, e.g. "DK". */
  country: string;
  region: string;
  city: string;
  description: string;
  careAreas: CareArea[];
  /** Free-text expertise tags, mostly for knowledge institutions and companies. */
  expertise?: string[];
  /** Only municipalities and hospitals offer test sites. */
  testSite?: DatasetTestSite;
}

export interface DatasetTestSite {
  offered: boolean;
  settings: Setting[];
  /** How many citizens, patients or beds can take part. */
  capacity: number;
}

/** A care need; belongs to a municipality or a hospital. */
export interface DatasetNeed {
  ref: string;
  organisationRef: string;
  title: string;
  description: string;
  careAreas: CareArea[];
  targetGroups: TargetGroup[];
  settings: Setting[];
  /** Lowest Technology Readiness Level the organisation can test. */
  minTrl: TrlLevel;
  /** The organisation will host a test of a solution. */
  testSiteOffered: boolean;
  /** Language of title and description; detected when absent. */
  language?: ContentLanguage;
}

/** A solution; belongs to a company or a knowledge institution. */
export interface DatasetOffering {
  ref: string;
  organisationRef: string;
  title: string;
  description: string;
  careAreas: CareArea[];
  targetGroups: TargetGroup[];
  settings: Setting[];
  trl: TrlLevel;
  seekingTestSite: boolean;
  /** Language of title and description; detected when absent. */
  language?: ContentLanguage;
}

/** 2 = strong match, 1 = partial match; unlisted offerings are not relevant. */
export type MatchRelevance = 1 | 2;

/** The offerings an evaluator judged relevant to one need. */
export interface ExpectedMatch {
  needRef: string;
  /** Offering ref → relevance. */
  relevant: Record<string, MatchRelevance>;
}
