import type { ListQuery } from '../common/page';

export type OrganisationKind =
  | 'company'
  | 'municipality'
  | 'hospital'
  | 'knowledge_institution';

export type OrganisationStatus = 'draft' | 'published' | 'archived';

export const COMPANY_SIZE_BANDS = ['1-9', '10-49', '50-249', '250+'] as const;
export type CompanySizeBand = (typeof COMPANY_SIZE_BANDS)[number];

/** A public organisation's offer to host tests. */
export interface TestSiteOffer {
  offered: boolean;
  /** Care settings (taxonomy codes) where tests can run. */
  settings: string[];
  /** How many citizens/patients/beds can take part. */
  capacity: number | null;
  /** Who to contact about a test (name, e-mail or phone as free text). */
  contact?: string | null;
  /** Conditions for a test (ethics approval, data agreement, …). */
  conditions?: string | null;
}

/**
 * The fields each kind cares about (issue "Accounts, organisations of four
 * kinds"); fields of other kinds are absent.
 */
export interface OrganisationDetails {
  // company
  website?: string | null;
  sizeBand?: CompanySizeBand | null;
  /** VAT / CVR number. */
  vatNumber?: string | null;
  products?: string[];
  // municipality
  population?: number | null;
  /** Care settings (taxonomy codes) the municipality runs. */
  careSettings?: string[];
  // hospital
  departments?: string[];
  beds?: number | null;
  // knowledge institution
  researchGroups?: string[];
  evaluationServices?: string[];
}

/** The short form used inside needs and offerings. */
export interface OrganisationRef {
  id: string;
  name: string;
  kind: OrganisationKind;
  country: string;
}

export interface Organisation extends OrganisationRef, OrganisationDetails {
  ref: string | null;
  region: string | null;
  city: string | null;
  description: string;
  careAreas: string[];
  expertise: string[];
  /** Municipalities and hospitals only. */
  testSite: TestSiteOffer | null;
  status: OrganisationStatus;
  /** Send back on update; a stale version gets 409. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** GET /api/organisations: the list query plus the directory's own filters. */
export interface OrganisationListQuery extends ListQuery {
  kind?: OrganisationKind;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
}

/** POST /api/organisations (the creator becomes its owner). */
export interface CreateOrganisationRequest extends OrganisationDetails {
  kind: OrganisationKind;
  name: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  region?: string | null;
  city?: string | null;
  description?: string;
  careAreas?: string[];
  expertise?: string[];
  testSite?: TestSiteOffer | null;
  /** Default draft. */
  status?: 'draft' | 'published';
}

/** PATCH /api/organisations/:id — `kind` cannot change; `version` is required. */
export type UpdateOrganisationRequest = Partial<Omit<CreateOrganisationRequest, 'kind'>> & {
  version: number;
};

export interface OrganisationMember {
  userId: string;
  name: string;
  email: string;
  role: 'owner' | 'member';
  joinedAt: string;
}

/** POST /api/organisations/:id/invitations (owners). */
export interface CreateInvitationRequest {
  email: string;
}

export interface Invitation {
  id: string;
  organisationId: string;
  email: string;
  expiresAt: string;
  /** Only in the answer to the owner who created it: the link to send (no e-mail is sent yet). */
  acceptUrl?: string;
}

/** GET /api/invitations/:token — what the accept page shows before accepting. */
export interface InvitationPreview {
  organisationId: string;
  organisationName: string;
  email: string;
  expiresAt: string;
}
