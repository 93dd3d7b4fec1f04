import type {
  MarketplaceRecord,
  MarketplaceRecordInput,
} from '../marketplace/marketplace-record';

export const EVIDENCE_KINDS = ['study', 'certification', 'pilot', 'award', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Something that backs an offering up: a study, a certificate, a pilot. */
export interface Evidence {
  kind: EvidenceKind;
  title: string;
  url: string | null;
}

/** CE marking under the Medical Device Regulation; `none` for products that are not medical devices or not (yet) marked. */
export const CE_CLASSES = ['none', 'I', 'IIa', 'IIb', 'III'] as const;
export type CeClass = (typeof CE_CLASSES)[number];

/** A solution published by a company or knowledge institution. */
export interface Offering extends MarketplaceRecord {
  /** Technology Readiness Level (1-9). */
  trl: number | null;
  seekingTestSite: boolean;
  ceClass: CeClass | null;
  evidence: Evidence[];
}

/** POST /api/offerings (by a member of a company or knowledge institution). */
export interface OfferingCreate extends MarketplaceRecordInput {
  organisationId: string;
  trl?: number | null;
  seekingTestSite?: boolean;
  ceClass?: CeClass | null;
  evidence?: Evidence[];
}

/** PATCH /api/offerings/:id: any field of OfferingCreate but the organisation, plus `version`. */
export type OfferingUpdate = Partial<Omit<OfferingCreate, 'organisationId'>> & { version: number };
