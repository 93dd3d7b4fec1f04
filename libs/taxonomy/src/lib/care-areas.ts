import type { LocalisedLabel } from './languages';

/** Care areas of DATASET.md. Codes are stable; only labels change. */
export const CARE_AREAS = [
  'elderly-care',
  'dementia',
  'rehabilitation',
  'chronic-disease',
  'diabetes',
  'copd',
  'heart-failure',
  'mental-health',
  'disability',
  'fall-prevention',
  'medication',
  'telehealth',
  'prevention-wellbeing',
  'maternity-child',
  'palliative-care',
  'infection-control',
  'nutrition',
  'hospital-logistics',
  'care-staff-workload',
  'social-inclusion',
] as const;
export type CareArea = (typeof CARE_AREAS)[number];

export const CARE_AREA_LABELS: Readonly<Record<CareArea, LocalisedLabel>> = {
  'elderly-care': {
    en: 'Elderly care',
    da: 'Ældrepleje',
    nl: 'Ouderenzorg',
    fr: 'Soins aux personnes âgées',
  },
  dementia: { en: 'Dementia', da: 'Demens', nl: 'Dementie', fr: 'Démence' },
  rehabilitation: {
    en: 'Rehabilitation',
    da: 'Rehabilitering og genoptræning',
    nl: 'Revalidatie',
    fr: 'Rééducation et réadaptation',
  },
  'chronic-disease': {
    en: 'Chronic disease',
    da: 'Kronisk sygdom',
    nl: 'Chronische aandoeningen',
    fr: 'Maladies chroniques',
  },
  diabetes: { en: 'Diabetes', da: 'Diabetes', nl: 'Diabetes', fr: 'Diabète' },
  copd: { en: 'COPD', da: 'KOL', nl: 'COPD', fr: 'BPCO' },
  'heart-failure': {
    en: 'Heart failure',
    da: 'Hjertesvigt',
    nl: 'Hartfalen',
    fr: 'Insuffisance cardiaque',
  },
  'mental-health': {
    en: 'Mental health',
    da: 'Mental sundhed og psykiatri',
    nl: 'Geestelijke gezondheid',
    fr: 'Santé mentale',
  },
  disability: {
    en: 'Disability',
    da: 'Handicap',
    nl: 'Gehandicaptenzorg',
    fr: 'Handicap',
  },
  'fall-prevention': {
    en: 'Fall prevention',
    da: 'Faldforebyggelse',
    nl: 'Valpreventie',
    fr: 'Prévention des chutes',
  },
  medication: {
    en: 'Medication',
    da: 'Medicinhåndtering',
    nl: 'Medicatie',
    fr: 'Gestion des médicaments',
  },
  telehealth: {
    en: 'Telehealth',
    da: 'Telesundhed',
    nl: 'Zorg op afstand',
    fr: 'Télésanté',
  },
  'prevention-wellbeing': {
    en: 'Prevention and well-being',
    da: 'Forebyggelse og trivsel',
    nl: 'Preventie en welzijn',
    fr: 'Prévention et bien-être',
  },
  'maternity-child': {
    en: 'Maternity and child health',
    da: 'Svangreomsorg og børns sundhed',
    nl: 'Geboortezorg en jeugdgezondheid',
    fr: 'Santé maternelle et infantile',
  },
  'palliative-care': {
    en: 'Palliative care',
    da: 'Palliativ pleje',
    nl: 'Palliatieve zorg',
    fr: 'Soins palliatifs',
  },
  'infection-control': {
    en: 'Infection prevention and control',
    da: 'Infektionshygiejne',
    nl: 'Infectiepreventie',
    fr: 'Prévention des infections',
  },
  nutrition: {
    en: 'Nutrition',
    da: 'Ernæring',
    nl: 'Voeding',
    fr: 'Nutrition',
  },
  'hospital-logistics': {
    en: 'Hospital logistics',
    da: 'Hospitalslogistik',
    nl: 'Ziekenhuislogistiek',
    fr: 'Logistique hospitalière',
  },
  'care-staff-workload': {
    en: 'Care staff workload',
    da: 'Personalets arbejdsbyrde',
    nl: 'Werkdruk zorgpersoneel',
    fr: 'Charge de travail des soignants',
  },
  'social-inclusion': {
    en: 'Social inclusion',
    da: 'Social inklusion og fællesskab',
    nl: 'Sociale inclusie',
    fr: 'Inclusion sociale',
  },
};
