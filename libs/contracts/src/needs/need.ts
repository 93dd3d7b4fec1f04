import type { OrganisationRef } from '../organisations/organisation';

/** A care need posted by a municipality or hospital. */
export interface Need {
  id: string;
  ref: string | null;
  organisation: OrganisationRef;
  title: string;
  description: string;
  careAreas: string[];
  targetGroups: string[];
  settings: string[];
  /** Lowest Technology Readiness Level the organisation can test (1-9). */
  minTrl: number | null;
  testSiteOffered: boolean;
  /** ISO 639-1 code of title and description. */
  language: string;
  createdAt: string;
  updatedAt: string;
}
