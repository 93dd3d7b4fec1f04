import type { LocalisedLabel } from './languages';

/** Kinds of organisation. Municipalities and hospitals are the public side. */
export const ORGANISATION_KINDS = [
  'company',
  'municipality',
  'hospital',
  'knowledge_institution',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Readonly<
  Record<OrganisationKind, LocalisedLabel>
> = {
  company: { en: 'Company', da: 'Virksomhed', nl: 'Bedrijf', fr: 'Entreprise' },
  municipality: {
    en: 'Municipality',
    da: 'Kommune',
    nl: 'Gemeente',
    fr: 'Commune',
  },
  hospital: { en: 'Hospital', da: 'Hospital', nl: 'Ziekenhuis', fr: 'Hôpital' },
  knowledge_institution: {
    en: 'Knowledge institution',
    da: 'Videninstitution',
    nl: 'Kennisinstelling',
    fr: 'Université ou centre de recherche',
  },
};
