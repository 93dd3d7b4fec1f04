import {
  type MatrixPoint,
  type ScoreSummary,
  WORKSHOP_QUADRANTS,
  WORKSHOP_SCORE_MIDLINE,
  type WorkshopQuadrant,
} from '@opi/contracts';

/** Mean, spread (population standard deviation) and count; zeros for no scores. */
export function summarise(scores: readonly number[]): ScoreSummary {
  const count = scores.length;
  if (count === 0) return { mean: 0, spread: 0, count: 0 };
  const mean = scores.reduce((sum, s) => sum + s, 0) / count;
  const variance = scores.reduce((sum, s) => sum + (s - mean) ** 2, 0) / count;
  return { mean: round(mean), spread: round(Math.sqrt(variance)), count };
}

/**
 * The quadrant of a proposal with these mean scores. Opportunity runs up,
 * difficulty right; a mean exactly on the midline (3) counts as the higher
 * side, so a proposal nobody has an opinion on is treated as important and
 * hard — a major project — rather than dismissed.
 */
export function quadrantOf(opportunity: number, difficulty: number): WorkshopQuadrant {
  const important = opportunity >= WORKSHOP_SCORE_MIDLINE;
  const hard = difficulty >= WORKSHOP_SCORE_MIDLINE;
  if (important) return hard ? 'major-project' : 'quick-win';
  return hard ? 'thankless' : 'fill-in';
}

/**
 * Best first: quick wins, major projects, fill-ins, thankless; within a
 * quadrant higher opportunity, then lower difficulty, then more votes.
 */
export function compareByPriority(a: MatrixPoint, b: MatrixPoint): number {
  return (
    WORKSHOP_QUADRANTS.indexOf(a.quadrant) - WORKSHOP_QUADRANTS.indexOf(b.quadrant) ||
    b.opportunity.mean - a.opportunity.mean ||
    a.difficulty.mean - b.difficulty.mean ||
    b.votes - a.votes ||
    a.title.localeCompare(b.title)
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
