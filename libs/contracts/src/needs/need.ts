import type {
  MarketplaceRecord,
  MarketplaceRecordInput,
} from '../marketplace/marketplace-record';

/** A care need posted by a municipality or hospital. */
export interface Need extends MarketplaceRecord {
  /** Lowest Technology Readiness Level the organisation can test (1-9). */
  minTrl: number | null;
  testSiteOffered: boolean;
}

/** POST /api/needs (by a member of a municipality or hospital). */
export interface NeedCreate extends MarketplaceRecordInput {
  organisationId: string;
  minTrl?: number | null;
  testSiteOffered?: boolean;
}

/** PATCH /api/needs/:id: any field of NeedCreate but the organisation, plus `version`. */
export type NeedUpdate = Partial<Omit<NeedCreate, 'organisationId'>> & { version: number };
