import type { LocalisedLabel } from './languages';

/** Technology Readiness Levels, EU Horizon definitions. */
export const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type TrlLevel = (typeof TRL_LEVELS)[number];

/** Labels carry the number ("TRL 7 – …") so they read on their own in a list. */
export const TRL_LABELS: Readonly<Record<TrlLevel, LocalisedLabel>> = {
  1: {
    en: 'TRL 1 – Basic principles observed',
    da: 'TRL 1 – Grundlæggende principper observeret',
    nl: 'TRL 1 – Basisprincipes waargenomen',
    fr: 'TRL 1 – Principes de base observés',
  },
  2: {
    en: 'TRL 2 – Technology concept formulated',
    da: 'TRL 2 – Teknologikoncept formuleret',
    nl: 'TRL 2 – Technologieconcept geformuleerd',
    fr: 'TRL 2 – Concept technologique formulé',
  },
  3: {
    en: 'TRL 3 – Experimental proof of concept',
    da: 'TRL 3 – Eksperimentelt bevis for konceptet',
    nl: 'TRL 3 – Experimenteel bewijs van het concept',
    fr: 'TRL 3 – Preuve expérimentale du concept',
  },
  4: {
    en: 'TRL 4 – Technology validated in lab',
    da: 'TRL 4 – Teknologi valideret i laboratoriet',
    nl: 'TRL 4 – Technologie gevalideerd in het laboratorium',
    fr: 'TRL 4 – Technologie validée en laboratoire',
  },
  5: {
    en: 'TRL 5 – Technology validated in relevant environment',
    da: 'TRL 5 – Teknologi valideret i relevant miljø',
    nl: 'TRL 5 – Technologie gevalideerd in een relevante omgeving',
    fr: 'TRL 5 – Technologie validée dans un environnement pertinent',
  },
  6: {
    en: 'TRL 6 – Technology demonstrated in relevant environment',
    da: 'TRL 6 – Teknologi demonstreret i relevant miljø',
    nl: 'TRL 6 – Technologie gedemonstreerd in een relevante omgeving',
    fr: 'TRL 6 – Technologie démontrée dans un environnement pertinent',
  },
  7: {
    en: 'TRL 7 – System prototype demonstration in operational environment',
    da: 'TRL 7 – Systemprototype demonstreret i driftsmiljø',
    nl: 'TRL 7 – Demonstratie van een systeemprototype in een operationele omgeving',
    fr: 'TRL 7 – Démonstration d’un prototype du système en environnement opérationnel',
  },
  8: {
    en: 'TRL 8 – System complete and qualified',
    da: 'TRL 8 – Systemet er færdigt og kvalificeret',
    nl: 'TRL 8 – Systeem compleet en gekwalificeerd',
    fr: 'TRL 8 – Système complet et qualifié',
  },
  9: {
    en: 'TRL 9 – Actual system proven in operational environment',
    da: 'TRL 9 – Færdigt system afprøvet i driftsmiljø',
    nl: 'TRL 9 – Werkelijk systeem bewezen in een operationele omgeving',
    fr: 'TRL 9 – Système réel éprouvé en environnement opérationnel',
  },
};
