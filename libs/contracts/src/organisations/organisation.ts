export type OrganisationKind =
  | 'company'
  | 'municipality'
  | 'hospital'
  | 'knowledge_institution';

export interface TestSiteOffer {
  offered: boolean;
  settings: string[];
  capacity: number | null;
}

/** The short form used inside needs and offerings. */
export interface OrganisationRef {
  id: string;
  name: string;
  kind: OrganisationKind;
  country: string;
}

export interface Organisation extends OrganisationRef {
  ref: string | null;
  region: string | null;
  city: string | null;
  description: string;
  careAreas: string[];
  expertise: string[];
  testSite: TestSiteOffer | null;
  createdAt: string;
  updatedAt: string;
}
