import type {
  WorkshopHorizon,
  WorkshopQuadrant,
  WorkshopResponsible,
  WorkshopSide,
  WorkshopStep,
} from '@opi/contracts';

/** Translation keys of the workshop method's codes (written out so the translation check sees them). */
export const SIDE_KEYS: Record<WorkshopSide, string> = {
  entrepreneur: 'workshops.common.sides.entrepreneur',
  healthcare: 'workshops.common.sides.healthcare',
  knowledge: 'workshops.common.sides.knowledge',
  government: 'workshops.common.sides.government',
};

export const STEP_KEYS: Record<WorkshopStep, string> = {
  empathy: 'workshops.common.steps.empathy',
  'ideal-conditions': 'workshops.common.steps.idealConditions',
  prioritising: 'workshops.common.steps.prioritising',
  closed: 'workshops.common.steps.closed',
};

export const HORIZON_KEYS: Record<WorkshopHorizon, string> = {
  immediate: 'workshops.common.horizons.immediate',
  'short-term': 'workshops.common.horizons.shortTerm',
  'long-term': 'workshops.common.horizons.longTerm',
};

export const RESPONSIBLE_KEYS: Record<WorkshopResponsible, string> = {
  government: 'workshops.common.responsible.government',
  healthcare: 'workshops.common.responsible.healthcare',
  entrepreneurs: 'workshops.common.responsible.entrepreneurs',
  knowledge: 'workshops.common.responsible.knowledge',
};

export const QUADRANT_KEYS: Record<WorkshopQuadrant, string> = {
  'quick-win': 'workshops.common.quadrants.quickWin',
  'major-project': 'workshops.common.quadrants.majorProject',
  'fill-in': 'workshops.common.quadrants.fillIn',
  thankless: 'workshops.common.quadrants.thankless',
};

export const AXIS_KEYS = {
  opportunity: 'workshops.common.opportunity',
  difficulty: 'workshops.common.difficulty',
} as const;
