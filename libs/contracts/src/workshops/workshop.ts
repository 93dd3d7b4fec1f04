/**
 * Co-creation workshops: a series of sessions where entrepreneurs and
 * healthcare actors work out how to collaborate. The method's steps:
 * empathy round → ideal conditions (proposals) → prioritising (scores on an
 * opportunity/difficulty matrix).
 */

/** The side a participant speaks for. */
export const WORKSHOP_SIDES = ['entrepreneur', 'healthcare', 'knowledge', 'government'] as const;
export type WorkshopSide = (typeof WORKSHOP_SIDES)[number];

/** The method's steps, in order; `closed` when the session is over. */
export const WORKSHOP_STEPS = ['empathy', 'ideal-conditions', 'prioritising', 'closed'] as const;
export type WorkshopStep = (typeof WORKSHOP_STEPS)[number];

/** When a proposal should be acted on. */
export const WORKSHOP_HORIZONS = ['immediate', 'short-term', 'long-term'] as const;
export type WorkshopHorizon = (typeof WORKSHOP_HORIZONS)[number];

/** Who is responsible for carrying a proposal out. */
export const WORKSHOP_RESPONSIBLE = ['government', 'healthcare', 'entrepreneurs', 'knowledge'] as const;
export type WorkshopResponsible = (typeof WORKSHOP_RESPONSIBLE)[number];

/**
 * Where a proposal lands on the matrix: opportunity (importance) up,
 * difficulty right. A mean exactly on the midline counts as the higher side.
 */
export const WORKSHOP_QUADRANTS = ['quick-win', 'major-project', 'fill-in', 'thankless'] as const;
export type WorkshopQuadrant = (typeof WORKSHOP_QUADRANTS)[number];

/** Scores run from 1 to 5; the matrix's midlines are at 3. */
export const WORKSHOP_SCORE_MIN = 1;
export const WORKSHOP_SCORE_MAX = 5;
export const WORKSHOP_SCORE_MIDLINE = 3;
/** Dots each participant may place in a session's empathy round. */
export const WORKSHOP_DOTS_PER_PARTICIPANT = 5;

/** How the caller takes part: facilitators run the series, participants join one session. */
export interface WorkshopAccess {
  /** May edit the series, its sessions, participants, topics and recommendations. */
  facilitator: boolean;
  /** The caller's participant id in this session (members signed in, or guests by token). */
  participantId: string | null;
}

export interface WorkshopPerson {
  id: string;
  name: string;
}

/** GET /api/workshops (items), and inside a series. */
export interface WorkshopSessionSummary {
  id: string;
  seriesId: string;
  /** 1, 2, 3 … in the order of the series. */
  number: number;
  title: string;
  /** ISO date-time. */
  startsAt: string;
  /** A place, or null when online. */
  place: string | null;
  online: boolean;
  /** The facilitator on the day (a name; may differ from the series' facilitators). */
  facilitatorName: string | null;
  step: WorkshopStep;
  participantCount: number;
}

export interface WorkshopSeriesSummary {
  id: string;
  title: string;
  description: string;
  facilitators: WorkshopPerson[];
  sessionCount: number;
  proposalCount: number;
  createdAt: string;
  updatedAt: string;
}

/** GET /api/workshops/:id */
export interface WorkshopSeries extends WorkshopSeriesSummary {
  sessions: WorkshopSessionSummary[];
  topics: WorkshopTopic[];
  version: number;
  facilitator: boolean;
}

/** POST /api/workshops */
export interface CreateWorkshopSeriesRequest {
  title: string;
  description?: string;
}

/** PATCH /api/workshops/:id */
export interface UpdateWorkshopSeriesRequest {
  version: number;
  title?: string;
  description?: string;
}

/** POST /api/workshops/:id/facilitators — an existing user, by e-mail. */
export interface AddFacilitatorRequest {
  email: string;
}

/** POST /api/workshops/:id/sessions */
export interface CreateWorkshopSessionRequest {
  title: string;
  startsAt: string;
  place?: string | null;
  online?: boolean;
  facilitatorName?: string | null;
}

/** PATCH /api/workshop-sessions/:id (facilitators) */
export interface UpdateWorkshopSessionRequest {
  title?: string;
  startsAt?: string;
  place?: string | null;
  online?: boolean;
  facilitatorName?: string | null;
  step?: WorkshopStep;
}

export interface WorkshopParticipant {
  id: string;
  name: string;
  side: WorkshopSide;
  organisationName: string | null;
  /** A guest joins by an invitation link instead of an account. */
  guest: boolean;
  motivation: string | null;
  expectations: string | null;
  /** Shown to facilitators only. */
  email: string | null;
}

/**
 * POST /api/workshop-sessions/:id/participants (facilitators): a portal user
 * (by e-mail, must exist) or a guest (`guest: true`, any e-mail).
 */
export interface AddParticipantRequest {
  email: string;
  name?: string;
  side: WorkshopSide;
  guest?: boolean;
  organisationName?: string | null;
}

/** The answer to adding a participant: for guests, the invitation link's token (shown once). */
export interface AddedParticipant {
  participant: WorkshopParticipant;
  invitationToken: string | null;
}

/** GET /api/workshop-invitations/:token (public): what a guest's link opens. */
export interface WorkshopInvitation {
  sessionId: string;
  seriesTitle: string;
  sessionTitle: string;
  participant: WorkshopParticipant;
}

/** PUT /api/workshop-sessions/:id/me (participants): the empathy round's answers. */
export interface UpdateMyParticipationRequest {
  motivation?: string | null;
  expectations?: string | null;
}

/** A key element of a good collaboration, named by one side in the empathy round. */
export interface WorkshopElement {
  id: string;
  side: WorkshopSide;
  text: string;
  /** Dots from all participants. */
  dots: number;
  /** The caller's dots on it. */
  myDots: number;
}

/** POST /api/workshop-sessions/:id/elements (participants) */
export interface CreateWorkshopElementRequest {
  side: WorkshopSide;
  text: string;
}

/** PUT /api/workshop-sessions/:id/elements/:elementId/dots (participants); 0 takes them back. */
export interface PlaceDotsRequest {
  dots: number;
}

/** The text fields of a collaboration proposal (step 2). */
export interface WorkshopProposalText {
  title: string;
  problem: string;
  proposal: string;
  /** What is needed to make it happen. */
  needed: string;
  /** Who benefits. */
  beneficiaries: string;
  /** Pains today. */
  pains: string;
  /** Gains expected. */
  gains: string;
  /** The mixed group that wrote it. */
  groupName: string | null;
}

export interface WorkshopProposal extends WorkshopProposalText {
  id: string;
  seriesId: string;
  /** The session it was written in. */
  sessionId: string;
  sessionNumber: number;
  authorName: string;
  horizon: WorkshopHorizon | null;
  responsible: WorkshopResponsible | null;
  topicId: string | null;
  /** How many times it was refined after it was written. */
  revisions: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** The caller wrote it (and may refine it). */
  mine: boolean;
  /** The caller's scores in the session asked about, if any. */
  myScore: { opportunity: number; difficulty: number } | null;
}

/** POST /api/workshop-sessions/:id/proposals (participants): title, problem and proposal required. */
export type CreateWorkshopProposalRequest = Pick<WorkshopProposalText, 'title' | 'problem' | 'proposal'> &
  Partial<Pick<WorkshopProposalText, 'needed' | 'beneficiaries' | 'pains' | 'gains'>> & { groupName?: string | null };

/**
 * PATCH /api/workshop-proposals/:id: the author (or a facilitator) refines
 * the text; facilitators also set horizon, responsible party and topic.
 * `sessionId`: the session the refinement is made in (carried-over proposals).
 */
export interface UpdateWorkshopProposalRequest extends Partial<WorkshopProposalText> {
  version: number;
  sessionId?: string;
  horizon?: WorkshopHorizon | null;
  responsible?: WorkshopResponsible | null;
  topicId?: string | null;
}

/** GET /api/workshop-proposals/:id/history: each earlier text, newest first. */
export interface WorkshopProposalRevision extends WorkshopProposalText {
  version: number;
  sessionNumber: number;
  editedBy: string;
  editedAt: string;
}

/** PUT /api/workshop-sessions/:id/scores/:proposalId (participants) */
export interface ScoreProposalRequest {
  opportunity: number;
  difficulty: number;
}

/** Mean, spread (population standard deviation) and count of one axis' scores. */
export interface ScoreSummary {
  mean: number;
  spread: number;
  count: number;
}

export interface MatrixPoint {
  proposalId: string;
  title: string;
  opportunity: ScoreSummary;
  difficulty: ScoreSummary;
  /** How many participants scored it (the point's size). */
  votes: number;
  quadrant: WorkshopQuadrant;
  horizon: WorkshopHorizon | null;
  responsible: WorkshopResponsible | null;
  topicId: string | null;
}

/** GET /api/workshop-sessions/:id/matrix: the proposals scored in the session. */
export interface WorkshopMatrix {
  sessionId: string;
  points: MatrixPoint[];
  /** Participants who scored at least one proposal. */
  scorers: number;
}

/** GET /api/workshop-sessions/:id: everything a session's screen shows. */
export interface WorkshopSession extends WorkshopSessionSummary {
  seriesTitle: string;
  access: WorkshopAccess;
  participants: WorkshopParticipant[];
  elements: WorkshopElement[];
  /** The series' proposals so far: written here or carried over from earlier sessions. */
  proposals: WorkshopProposal[];
  dotsLeft: number;
}

/** A topic proposals are clustered into, with recommendations to an authority. */
export interface WorkshopTopic {
  id: string;
  name: string;
  position: number;
  recommendations: WorkshopRecommendation[];
}

export interface WorkshopRecommendation {
  id: string;
  topicId: string;
  /** The authority the recommendation is addressed to. */
  authority: string;
  text: string;
}

/** POST /api/workshops/:id/topics, PATCH /api/workshop-topics/:id */
export interface WorkshopTopicRequest {
  name: string;
  position?: number;
}

/** POST /api/workshop-topics/:id/recommendations, PATCH /api/workshop-recommendations/:id */
export interface WorkshopRecommendationRequest {
  authority: string;
  text: string;
}

/** GET /api/workshops/:id/topic-suggestions: proposals that talk about the same things. */
export interface WorkshopTopicSuggestion {
  /** A name to start from: the concepts the proposals share. */
  name: string;
  /** Care-area codes the texts point to, if any. */
  careAreas: string[];
  proposalIds: string[];
}

/** GET /api/workshops/:id/report (also .pdf and .csv) */
export interface WorkshopReport {
  series: { id: string; title: string; description: string };
  sessions: WorkshopSessionSummary[];
  /** Each proposal's scores from the latest session that scored it. */
  points: MatrixPoint[];
  topics: Array<{
    id: string | null;
    name: string | null;
    /** Best first: quick wins, then major projects, fill-ins, thankless; then by opportunity. */
    proposals: WorkshopReportProposal[];
    recommendations: WorkshopRecommendation[];
  }>;
  generatedAt: string;
}

export interface WorkshopReportProposal extends WorkshopProposalText {
  id: string;
  sessionNumber: number;
  horizon: WorkshopHorizon | null;
  responsible: WorkshopResponsible | null;
  point: MatrixPoint | null;
}

/** POST /api/workshop-proposals/:id/need: make a draft need of it, owned by one of the caller's organisations. */
export interface ProposalToNeedRequest {
  organisationId: string;
}

/**
 * POST /api/workshop-proposals/:id/partnership (cluster managers): seeds a
 * partnership between two organisations from the proposal — an
 * introduction both must agree to, with the proposal as its note.
 */
export interface ProposalToPartnershipRequest {
  organisationIds: [string, string];
  /** Added before the proposal's text. */
  note?: string;
}

/** Server-sent event on GET /api/workshop-sessions/:id/events: something changed, fetch again. */
export interface WorkshopChange {
  sessionId: string;
  /** What changed: 'proposals' | 'scores' | 'elements' | 'participants' | 'session' | 'topics'. */
  what: string;
  at: string;
}
