import type { MatchReason } from '../matching/match';
import type { OrganisationRef } from '../organisations/organisation';

/**
 * Brokering: a proposal becomes a partnership through an expression of
 * interest (one side asks, the other accepts) or an introduction by a
 * cluster manager (both sides consent). Partnerships then move through the
 * pipeline, whose working stages follow the OPI guide's phases.
 */

/** Pipeline order (the taxonomy's partnership stages). */
export const PIPELINE_STAGES = [
  'proposed',
  'introduced',
  'exploring',
  'agreement',
  'testing',
  'evaluation',
  'scaling',
  'closed',
] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** The OPI guide phase (page slug) each working stage belongs to. */
export const STAGE_GUIDE_PHASES: Partial<Record<PipelineStage, string>> = {
  exploring: 'phase-1-idea-and-need',
  agreement: 'phase-2-start-up',
  testing: 'phase-3-innovation-and-test',
  evaluation: 'phase-4-market-maturation',
  scaling: 'phase-5-implementation-and-scaling',
};

export const PARTNERSHIP_OUTCOMES = ['succeeded', 'stopped'] as const;
export type PartnershipOutcome = (typeof PARTNERSHIP_OUTCOMES)[number];

/** Days without activity after which a partnership is flagged to cluster managers. */
export const PARTNERSHIP_STALE_DAYS = 60;

/** What an interest is about: a record of the sender's and the record or organisation it is addressed to. */
export type InterestSubjectType = 'need' | 'offering';
export type InterestTargetType = 'need' | 'offering' | 'organisation';

export const INTEREST_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type InterestStatus = (typeof INTEREST_STATUSES)[number];

export interface RecordRef {
  type: 'need' | 'offering';
  id: string;
  title: string;
}

/**
 * POST /api/interests: from a proposal — need → offering, offering → need,
 * offering → test site (organisation), need → similar need. The caller
 * belongs to the subject's organisation; the target's organisation receives it.
 */
export interface ExpressInterestRequest {
  subject: { type: InterestSubjectType; id: string };
  target: { type: InterestTargetType; id: string };
  message: string;
}

/** GET /api/interests?direction=received|sent (items) */
export interface Interest {
  id: string;
  status: InterestStatus;
  message: string;
  from: OrganisationRef;
  to: OrganisationRef;
  subject: RecordRef;
  target: RecordRef | null;
  /** Why it was declined. */
  declineReason: string | null;
  partnershipId: string | null;
  createdAt: string;
  respondedAt: string | null;
  /** The caller may accept or decline it (a member of the receiving organisation, while pending). */
  canRespond: boolean;
}

/** POST /api/interests/:id/decline */
export interface DeclineInterestRequest {
  reason: string;
}

/** POST /api/partnerships (cluster managers): an introduction, from a match or by hand. */
export interface IntroduceRequest {
  organisationIds: [string, string];
  needId?: string | null;
  offeringId?: string | null;
  /** To both sides: why they should meet. */
  note: string;
}

/** POST /api/partnerships/:id/consent: a party's answer to an introduction. */
export interface ConsentRequest {
  accept: boolean;
  /** Required when declining. */
  reason?: string;
}

export interface PartnershipContact {
  name: string;
  email: string;
}

export interface PartnershipParty {
  organisation: OrganisationRef;
  /** When a member of the organisation agreed to be introduced (null: not yet; always set for interests accepted). */
  consentAt: string | null;
  consentBy: string | null;
  /** Its members, shown once every party has consented. */
  contacts: PartnershipContact[] | null;
}

/** GET /api/partnerships (items) */
export interface PartnershipSummary {
  id: string;
  title: string;
  stage: PipelineStage;
  outcome: PartnershipOutcome | null;
  parties: OrganisationRef[];
  need: RecordRef | null;
  offering: RecordRef | null;
  /** Introduced by a cluster manager (else: an accepted interest). */
  introduced: boolean;
  lastActivityAt: string;
  /** No activity for PARTNERSHIP_STALE_DAYS days (flagged to cluster managers). */
  stale: boolean;
  version: number;
}

export const PARTNERSHIP_EVENT_KINDS = ['created', 'consent', 'stage', 'override', 'note', 'task', 'task-done', 'scale-up'] as const;
export type PartnershipEventKind = (typeof PARTNERSHIP_EVENT_KINDS)[number];

/** One entry of a partnership's history. */
export interface PartnershipEvent {
  id: string;
  kind: PartnershipEventKind;
  at: string;
  by: string | null;
  /** A note's text, a stage change's reason, a task's title… */
  text: string | null;
  fromStage: PipelineStage | null;
  toStage: PipelineStage | null;
}

export interface PartnershipTask {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  dueDate: string | null;
  doneAt: string | null;
  createdBy: string | null;
}

/** GET /api/partnerships/:id */
export interface Partnership extends PartnershipSummary {
  parties: OrganisationRef[];
  partyDetails: PartnershipParty[];
  /** Why the cluster manager introduced them. */
  note: string | null;
  closeReason: string | null;
  history: PartnershipEvent[];
  tasks: PartnershipTask[];
  /** The guide phase page of the current stage, if it has one. */
  guidePhase: string | null;
  /** The caller's organisation among the parties (for its consent and checklist), if any. */
  myOrganisationId: string | null;
  /** The caller may move the stage, write notes and tasks (parties' members, cluster managers, admins). */
  canEdit: boolean;
  /** The caller may override the pipeline's order, with a reason (cluster managers, admins). */
  canOverride: boolean;
  /** The parties' evaluations (once closed). */
  evaluations: PartnershipEvaluation[];
}

/**
 * POST /api/partnerships/:id/stage: to the next stage, one back, or closed
 * (with an outcome and a reason). Any other jump is a 409 unless a cluster
 * manager sends `override: true` with a reason.
 */
export interface ChangeStageRequest {
  stage: PipelineStage;
  version: number;
  reason?: string;
  outcome?: PartnershipOutcome;
  override?: boolean;
}

/** POST /api/partnerships/:id/notes */
export interface AddNoteRequest {
  text: string;
}

/** POST /api/partnerships/:id/tasks */
export interface AddTaskRequest {
  title: string;
  dueDate?: string | null;
}

/** PATCH /api/partnership-tasks/:id */
export interface UpdateTaskRequest {
  done: boolean;
}

/** What a partnership brought, as each side reports it when it closes. */
export const PARTNERSHIP_BENEFITS = [
  'new-knowledge',
  'product-validated',
  'public-customer-access',
  'better-quality-for-citizens',
  'staff-time-saved',
  'follow-up-projects',
] as const;
export type PartnershipBenefit = (typeof PARTNERSHIP_BENEFITS)[number];

/** PUT /api/partnerships/:id/evaluation: one party's evaluation of a closed partnership (again to change it). */
export interface PartnershipEvaluationRequest {
  benefits: PartnershipBenefit[];
  /** The solution was implemented (taken into regular use). */
  implemented: boolean;
  comment?: string | null;
}

export interface PartnershipEvaluation extends PartnershipEvaluationRequest {
  organisation: OrganisationRef;
  by: string | null;
  at: string;
}

/** GET /api/dashboard?from=&to=&careArea=&region= (cluster managers, admins). */
export interface DashboardQuery {
  /** YYYY-MM-DD, inclusive; default: a year ago. */
  from?: string;
  /** YYYY-MM-DD, inclusive; default: today. */
  to?: string;
  careArea?: string;
  region?: string;
}

export interface DashboardCount {
  key: string;
  count: number;
}

/**
 * The funnel from proposals to implemented solutions, with the conversion from the step before.
 * `interests` is interest shown: interests expressed and introductions made by cluster managers.
 */
export const FUNNEL_STEPS = ['matches', 'interests', 'partnerships', 'tests', 'implemented'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export interface FunnelRow {
  step: FunnelStep;
  count: number;
  /** count / previous step's count, in [0, 1]; null for the first step or when the previous is 0. */
  conversion: number | null;
}

export interface Dashboard {
  query: Required<Pick<DashboardQuery, 'from' | 'to'>> & Pick<DashboardQuery, 'careArea' | 'region'>;
  /** Published organisations by kind, and by region. */
  membersByKind: DashboardCount[];
  membersByRegion: DashboardCount[];
  /** Needs and offerings created per month (key YYYY-MM) in the period. */
  needsPerMonth: DashboardCount[];
  offeringsPerMonth: DashboardCount[];
  funnel: FunnelRow[];
  /** Median days partnerships spent in each stage they left in the period. */
  medianDaysPerStage: Array<{ stage: PipelineStage; medianDays: number; count: number }>;
  /** Share of evaluations reporting each benefit (and implemented), in [0, 1]. */
  benefits: Array<{ benefit: PartnershipBenefit | 'implemented'; share: number; count: number }>;
  evaluations: number;
}

/** The dashboard's tables, each downloadable as CSV: GET /api/dashboard/:table.csv?… */
export const DASHBOARD_TABLES = ['members-by-kind', 'members-by-region', 'needs-per-month', 'offerings-per-month', 'funnel', 'median-days-per-stage', 'benefits'] as const;
export type DashboardTable = (typeof DASHBOARD_TABLES)[number];

/** A partnership has something to spread once it is scaling, or closed as succeeded. */
export function readyToScale(p: { stage: PipelineStage; outcome: PartnershipOutcome | null }): boolean {
  return p.stage === 'scaling' || (p.stage === 'closed' && p.outcome === 'succeeded');
}

/**
 * Scale-up: once a partnership reaches scaling or closes as succeeded, the
 * portal proposes other municipalities and hospitals with similar needs
 * (from the matching service), so a tested solution spreads.
 */
export interface ScaleUpProposal {
  organisation: OrganisationRef & { region: string | null };
  /** Their need like this partnership's, when the match came through one. */
  need: RecordRef | null;
  score: number;
  reasons: MatchReason[];
  /** When someone invited them from this partnership; null while not yet. */
  invitedAt: string | null;
}

/** GET /api/partnerships/:id/scale-up */
export interface ScaleUpProposals {
  /** False before scaling (or when it closed as stopped): no proposals then. */
  available: boolean;
  /** The caller may invite: a cluster manager, or a member of the company whose offering was tested. */
  canInvite: boolean;
  items: ScaleUpProposal[];
}

/**
 * POST /api/partnerships/:id/scale-up/invitations: a company member's
 * invitation is an expression of interest from the tested offering; a
 * cluster manager's is an introduction of the company to the organisation.
 */
export interface ScaleUpInvitationRequest {
  organisationId: string;
  needId?: string;
  message: string;
}

export interface ScaleUpInvitation {
  organisationId: string;
  needId: string | null;
  /** The interest sent (company member) or the partnership proposed (cluster manager). */
  interestId: string | null;
  partnershipId: string | null;
  createdAt: string;
}
