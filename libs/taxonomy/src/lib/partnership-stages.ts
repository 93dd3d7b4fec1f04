import type { LocalisedLabel } from './languages';

/** Stages of a partnership, in pipeline order. */
export const PARTNERSHIP_STAGES = [
  'proposed',
  'introduced',
  'exploring',
  'agreement',
  'testing',
  'evaluation',
  'scaling',
  'closed',
] as const;
export type PartnershipStage = (typeof PARTNERSHIP_STAGES)[number];

export const PARTNERSHIP_STAGE_LABELS: Readonly<
  Record<PartnershipStage, LocalisedLabel>
> = {
  proposed: {
    en: 'Proposed',
    da: 'Foreslået',
    nl: 'Voorgesteld',
    fr: 'Proposé',
  },
  introduced: {
    en: 'Introduced',
    da: 'Introduceret',
    nl: 'Kennismaking',
    fr: 'Mise en relation',
  },
  exploring: {
    en: 'Exploring',
    da: 'Afklaring',
    nl: 'Verkenning',
    fr: 'Exploration',
  },
  agreement: {
    en: 'Agreement',
    da: 'Aftale',
    nl: 'Samenwerkingsovereenkomst',
    fr: 'Accord',
  },
  testing: {
    en: 'Testing',
    da: 'Afprøvning',
    nl: 'Testfase',
    fr: 'Expérimentation',
  },
  evaluation: {
    en: 'Evaluation',
    da: 'Evaluering',
    nl: 'Evaluatie',
    fr: 'Évaluation',
  },
  scaling: {
    en: 'Scaling up',
    da: 'Udbredelse',
    nl: 'Opschaling',
    fr: 'Passage à l’échelle',
  },
  closed: { en: 'Closed', da: 'Afsluttet', nl: 'Afgesloten', fr: 'Clôturé' },
};
