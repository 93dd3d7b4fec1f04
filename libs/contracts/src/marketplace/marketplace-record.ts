import type { ListQuery } from '../common/page';
import type { OrganisationKind, OrganisationRef } from '../organisations/organisation';

/** A need or offering is private while draft, public once published, kept but hidden when archived. */
export const RECORD_STATUSES = ['draft', 'published', 'archived'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** Who to talk to about a record. Shown to signed-in users only (null for visitors). */
export interface Contact {
  name: string;
  email: string | null;
  phone: string | null;
}

/** A document that lives elsewhere (a link, not an upload). */
export interface Attachment {
  title: string;
  url: string;
}

/** The fields needs and offerings share. */
export interface MarketplaceRecord {
  id: string;
  ref: string | null;
  organisation: OrganisationRef;
  title: string;
  description: string;
  careAreas: string[];
  targetGroups: string[];
  settings: string[];
  /** ISO 639-1 code of title and description. */
  language: string;
  status: RecordStatus;
  /** When the organisation wants to start (YYYY-MM-DD). */
  wantedStart: string | null;
  /** How long a test should run, in months. */
  testPeriodMonths: number | null;
  /** Budget or funding, in the organisation's words. */
  budgetNote: string | null;
  contact: Contact | null;
  attachments: Attachment[];
  /**
   * Set when the record went untouched for six months and its organisation was
   * reminded; it is archived 30 days later unless someone updates or confirms it.
   */
  staleReminderAt: string | null;
  /** Send back on update; a stale version gets 409. */
  version: number;
  createdAt: string;
  updatedAt: string;
  /**
   * Search results only: a passage of the description around the words
   * searched for, HTML-escaped, with the matches wrapped in `<mark>`.
   */
  snippet?: string;
}

/** What a member writes; the server fills in the rest. */
export interface MarketplaceRecordInput {
  title: string;
  description: string;
  careAreas?: string[];
  targetGroups?: string[];
  settings?: string[];
  /** Detected from the text when absent. */
  language?: string;
  status?: RecordStatus;
  wantedStart?: string | null;
  testPeriodMonths?: number | null;
  budgetNote?: string | null;
  contact?: Contact | null;
  attachments?: Attachment[];
}

export const SORT_ORDERS = ['relevance', 'newest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/**
 * GET /api/needs and /api/offerings: the list query plus the marketplace's
 * own filters. Every filter is also a facet of the same name in the response.
 */
export interface MarketplaceQuery extends ListQuery {
  /** Needs: the minimum TRL asked for; offerings: the offering's TRL. */
  trl?: number;
  /** ISO 3166-1 alpha-2 of the organisation. */
  country?: string;
  organisationKind?: OrganisationKind;
  /** Needs: a test site is offered; offerings: a test site is sought. */
  testSite?: boolean;
  /** Default: relevance when `q` is given, newest otherwise. */
  sort?: SortOrder;
}

/** Facet names, in the order the portal shows them; each is also a query parameter. */
export const MARKETPLACE_FACETS = [
  'careArea',
  'targetGroup',
  'setting',
  'trl',
  'country',
  'region',
  'organisationKind',
  'testSite',
] as const;
export type MarketplaceFacet = (typeof MARKETPLACE_FACETS)[number];

/** GET /api/me/needs, /api/me/offerings: everything my organisations own, any status. */
export interface MyRecordsQuery {
  status?: RecordStatus;
  page?: number;
  pageSize?: number;
}
