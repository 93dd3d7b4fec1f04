import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type {
  MatrixPoint,
  WorkshopProposal,
  WorkshopRecommendation,
  WorkshopReport,
  WorkshopReportProposal,
  WorkshopSeries,
  WorkshopSeriesSummary,
  WorkshopSessionSummary,
  WorkshopTopic,
} from '@opi/contracts';

let sequence = 0;
const next = () => ++sequence;

/** A series as `GET /api/workshops` lists it: one facilitator, nothing in it yet. */
export function aWorkshopSeriesSummary(
  overrides: Partial<WorkshopSeriesSummary> = {},
): WorkshopSeriesSummary {
  const n = next();
  return {
    id: `series-${n}`,
    title: `Workshop series ${n}`,
    description: '',
    facilitators: [{ id: `user-${n}`, name: `Facilitator ${n}` }],
    sessionCount: 0,
    proposalCount: 0,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

/** A series as `GET /api/workshops/:id` answers it, for one of its facilitators. */
export function aWorkshopSeries(
  overrides: Partial<WorkshopSeries> = {},
): WorkshopSeries {
  return {
    ...aWorkshopSeriesSummary(overrides),
    sessions: [],
    topics: [],
    version: 1,
    facilitator: true,
    ...overrides,
  };
}

/** A session of a series, in its empathy round, in a place. */
export function aWorkshopSession(
  overrides: Partial<WorkshopSessionSummary> = {},
): WorkshopSessionSummary {
  const n = next();
  return {
    id: `session-${n}`,
    seriesId: 'series-1',
    number: 1,
    title: `Session ${n}`,
    startsAt: '2026-03-12T09:00:00.000Z',
    place: 'Aarhus City Hall',
    online: false,
    facilitatorName: null,
    step: 'empathy',
    participantCount: 0,
    ...overrides,
  };
}

/** A proposal written in session 1, in no topic, with no horizon or responsible party. */
export function aWorkshopProposal(
  overrides: Partial<WorkshopProposal> = {},
): WorkshopProposal {
  const n = next();
  return {
    id: `proposal-${n}`,
    seriesId: 'series-1',
    sessionId: 'session-1',
    sessionNumber: 1,
    authorName: `Author ${n}`,
    title: `Proposal ${n}`,
    problem: `Problem ${n}`,
    proposal: `What proposal ${n} proposes`,
    needed: '',
    beneficiaries: '',
    pains: '',
    gains: '',
    groupName: null,
    horizon: null,
    responsible: null,
    topicId: null,
    revisions: 0,
    version: 1,
    createdAt: '2026-03-12T10:00:00.000Z',
    updatedAt: '2026-03-12T10:00:00.000Z',
    mine: false,
    myScore: null,
    ...overrides,
  };
}

export function aWorkshopTopic(
  overrides: Partial<WorkshopTopic> = {},
): WorkshopTopic {
  const n = next();
  return {
    id: `topic-${n}`,
    name: `Topic ${n}`,
    position: 0,
    recommendations: [],
    ...overrides,
  };
}

export function aRecommendation(
  overrides: Partial<WorkshopRecommendation> = {},
): WorkshopRecommendation {
  const n = next();
  return {
    id: `recommendation-${n}`,
    topicId: 'topic-1',
    authority: `Authority ${n}`,
    text: `Recommendation ${n}`,
    ...overrides,
  };
}

/** A point of the matrix: a quick win scored by three participants. */
export function aMatrixPoint(
  overrides: Partial<MatrixPoint> = {},
): MatrixPoint {
  const n = next();
  return {
    proposalId: `proposal-${n}`,
    title: `Proposal ${n}`,
    opportunity: { mean: 4, spread: 0.5, count: 3 },
    difficulty: { mean: 2, spread: 0.8, count: 3 },
    votes: 3,
    quadrant: 'quick-win',
    horizon: null,
    responsible: null,
    topicId: null,
    ...overrides,
  };
}

/** A proposal of the report, from session 1, not scored. */
export function aReportProposal(
  overrides: Partial<WorkshopReportProposal> = {},
): WorkshopReportProposal {
  const n = next();
  return {
    id: `proposal-${n}`,
    title: `Proposal ${n}`,
    problem: `Problem ${n}`,
    proposal: `What proposal ${n} proposes`,
    needed: '',
    beneficiaries: '',
    pains: '',
    gains: '',
    groupName: null,
    sessionNumber: 1,
    horizon: null,
    responsible: null,
    point: null,
    ...overrides,
  };
}

/** `GET /api/workshops/:id/report`: an empty report of series-1 unless told otherwise. */
export function aWorkshopReport(
  overrides: Partial<WorkshopReport> = {},
): WorkshopReport {
  return {
    series: { id: 'series-1', title: 'Workshop series', description: '' },
    sessions: [],
    points: [],
    topics: [],
    generatedAt: '2026-04-02T12:00:00.000Z',
    ...overrides,
  };
}

/**
 * Stands in for `<opi-matrix-chart>` (ECharts draws nothing in jsdom): shows the titles of the
 * points it was given. Swap it in with `TestBed.overrideComponent(Page, { remove: { imports:
 * [MatrixChart] }, add: { imports: [StubMatrixChart] } })`.
 */
@Component({
  selector: 'opi-matrix-chart',
  template: `<ul class="stub-matrix">
    @for (point of points(); track point.proposalId) {
      <li>{{ point.title }}</li>
    }
  </ul>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StubMatrixChart {
  readonly points = input.required<readonly MatrixPoint[]>();
}
