import type { LocalisedLabel } from './languages';

/** Settings of DATASET.md: where care happens and where a solution is used. */
export const SETTINGS = [
  'home',
  'home-care',
  'nursing-home',
  'hospital-ward',
  'outpatient-clinic',
  'rehabilitation-centre',
  'general-practice',
  'community',
  'school',
] as const;
export type Setting = (typeof SETTINGS)[number];

export const SETTING_LABELS: Readonly<Record<Setting, LocalisedLabel>> = {
  home: { en: 'Own home', da: 'Eget hjem', nl: 'Thuis', fr: 'À domicile' },
  'home-care': {
    en: 'Home care',
    da: 'Hjemmepleje',
    nl: 'Thuiszorg',
    fr: 'Soins et aide à domicile',
  },
  'nursing-home': {
    en: 'Nursing home',
    da: 'Plejehjem',
    nl: 'Verpleeghuis / woonzorgcentrum',
    fr: 'EHPAD / maison de repos',
  },
  'hospital-ward': {
    en: 'Hospital ward',
    da: 'Sengeafsnit på hospital',
    nl: 'Verpleegafdeling in het ziekenhuis',
    fr: 'Service hospitalier',
  },
  'outpatient-clinic': {
    en: 'Outpatient clinic',
    da: 'Ambulatorium',
    nl: 'Polikliniek',
    fr: 'Consultations externes',
  },
  'rehabilitation-centre': {
    en: 'Rehabilitation centre',
    da: 'Rehabiliteringscenter',
    nl: 'Revalidatiecentrum',
    fr: 'Centre de rééducation',
  },
  'general-practice': {
    en: 'General practice',
    da: 'Almen praksis',
    nl: 'Huisartsenpraktijk',
    fr: 'Cabinet de médecine générale',
  },
  community: {
    en: 'Local community',
    da: 'Lokalsamfund',
    nl: 'Wijk en buurt',
    fr: 'Quartier et vie locale',
  },
  school: { en: 'School', da: 'Skole', nl: 'School', fr: 'École' },
};
