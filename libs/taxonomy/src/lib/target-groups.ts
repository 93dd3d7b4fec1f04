import type { LocalisedLabel } from './languages';

/** Target groups of DATASET.md: who a need or an offering is for. */
export const TARGET_GROUPS = [
  'older-adults',
  'people-with-dementia',
  'people-with-disabilities',
  'chronic-patients',
  'hospital-patients',
  'children-young-people',
  'informal-carers',
  'care-staff',
  'clinicians',
  'citizens',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const TARGET_GROUP_LABELS: Readonly<
  Record<TargetGroup, LocalisedLabel>
> = {
  'older-adults': {
    en: 'Older adults',
    da: 'Ældre',
    nl: 'Ouderen',
    fr: 'Personnes âgées',
  },
  'people-with-dementia': {
    en: 'People with dementia',
    da: 'Mennesker med demens',
    nl: 'Mensen met dementie',
    fr: 'Personnes atteintes de démence',
  },
  'people-with-disabilities': {
    en: 'People with disabilities',
    da: 'Mennesker med handicap',
    nl: 'Mensen met een beperking',
    fr: 'Personnes en situation de handicap',
  },
  'chronic-patients': {
    en: 'People with chronic conditions',
    da: 'Kronisk syge',
    nl: 'Chronisch zieken',
    fr: 'Patients atteints de maladies chroniques',
  },
  'hospital-patients': {
    en: 'Hospital patients',
    da: 'Hospitalspatienter',
    nl: 'Ziekenhuispatiënten',
    fr: 'Patients hospitalisés',
  },
  'children-young-people': {
    en: 'Children and young people',
    da: 'Børn og unge',
    nl: 'Kinderen en jongeren',
    fr: 'Enfants et jeunes',
  },
  'informal-carers': {
    en: 'Informal carers',
    da: 'Pårørende',
    nl: 'Mantelzorgers',
    fr: 'Proches aidants',
  },
  'care-staff': {
    en: 'Care staff',
    da: 'Plejepersonale',
    nl: 'Zorgmedewerkers',
    fr: 'Personnel soignant',
  },
  clinicians: {
    en: 'Clinicians',
    da: 'Klinikere',
    nl: 'Clinici',
    fr: 'Cliniciens',
  },
  citizens: { en: 'Citizens', da: 'Borgere', nl: 'Burgers', fr: 'Citoyens' },
};
