import type { OrganisationRef } from '../organisations/organisation';

/** A solution published by a company or knowledge institution. */
export interface Offering {
  id: string;
  ref: string | null;
  organisation: OrganisationRef;
  title: string;
  description: string;
  careAreas: string[];
  targetGroups: string[];
  settings: string[];
  /** Technology Readiness Level (1-9). */
  trl: number | null;
  seekingTestSite: boolean;
  language: string;
  createdAt: string;
  updatedAt: string;
}
