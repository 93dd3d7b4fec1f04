import type { Need } from '../needs/need';
import type { Offering } from '../offerings/offering';
import type { OrganisationRef } from '../organisations/organisation';

/**
 * Why a proposal was made (or what speaks against it). `code` is stable and,
 * with `params`, lets the portal word the reason in the reader's language;
 * `text` is the English wording.
 */
export interface MatchReason {
  code: string;
  text: string;
  params?: Record<string, string | number | string[]>;
}

/** What a user said about a proposal: hidden ones are left out of their lists. */
export const MATCH_FEEDBACK = ['interesting', 'hidden'] as const;
export type MatchFeedback = (typeof MATCH_FEEDBACK)[number];

/** PUT /api/matches/feedback: the signed-in user's verdict on one proposal. */
export interface MatchFeedbackRequest {
  /** The need (offerings proposed to it) or the offering (test sites proposed for it). */
  subjectId: string;
  /** The proposed offering, or the proposed test site's organisation. */
  candidateId: string;
  /** null takes the verdict back. */
  verdict: MatchFeedback | null;
}

/** GET /api/needs/:id/matches: an offering that could solve the need. */
export interface OfferingMatch {
  offering: Offering;
  /** In [0, 1]. */
  score: number;
  reasons: MatchReason[];
  /** The signed-in user's verdict on this proposal, if any. */
  feedback: MatchFeedback | null;
}

/** GET /api/needs/:id/similar: a need like this one at another municipality or hospital. */
export interface SimilarNeedMatch {
  need: Need;
  score: number;
  reasons: MatchReason[];
  feedback: MatchFeedback | null;
}

/** GET /api/needs/:id/evaluation-partners: a knowledge institution that could evaluate a test. */
export interface OrganisationMatch {
  organisation: OrganisationRef & { region: string | null };
  score: number;
  reasons: MatchReason[];
  feedback: MatchFeedback | null;
}

/** GET /api/offerings/:id/test-sites: a municipality or hospital that could host a test. */
export interface TestSiteMatch {
  organisation: OrganisationRef & { region: string | null };
  /** The organisation's need the offering fits best, when there is one. */
  need?: Need;
  score: number;
  reasons: MatchReason[];
  feedback: MatchFeedback | null;
}

/** Stored results, with when and how fast they were computed. */
export interface MatchList<T> {
  items: T[];
  computedAt: string | null;
  computeMs: number | null;
}

/** Per kind of subject: its records, those whose matching profile is prepared and up to date, and those with stored results. */
export interface MatchingProgress {
  records: number;
  profiles: number;
  results: number;
}

/** `GET /api/admin/matches/status` (admins): how far the background matching work is. */
export interface MatchingStatus {
  needs: MatchingProgress;
  offerings: MatchingProgress;
}

/** `POST /api/admin/matches/recompute` (admins): what was queued; `queued` false when this process runs no jobs. */
export interface RecomputeAllResult {
  needs: number;
  offerings: number;
  queued: boolean;
}
