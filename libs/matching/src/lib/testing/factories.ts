import type { MatchNeed, MatchOffering, MatchOrganisation } from '../types';

/** Small factories for specs: sensible defaults, override what the scenario is about. */
export function organisation(
  overrides: Partial<MatchOrganisation> = {},
): MatchOrganisation {
  return {
    id: 'org-municipality',
    country: 'DK',
    region: 'Region of Southern Denmark',
    kind: 'municipality',
    careAreas: [],
    testSite: null,
    ...overrides,
  };
}

export function company(
  overrides: Partial<MatchOrganisation> = {},
): MatchOrganisation {
  return organisation({
    id: 'org-company',
    kind: 'company',
    country: 'NL',
    region: 'Noord-Brabant',
    ...overrides,
  });
}

export function need(overrides: Partial<MatchNeed> = {}): MatchNeed {
  return {
    id: 'need-1',
    title: 'A care need',
    description: '',
    language: 'en',
    careAreas: [],
    targetGroups: [],
    settings: [],
    minTrl: null,
    testSiteOffered: false,
    organisation: organisation(),
    ...overrides,
  };
}

export function offering(
  overrides: Partial<MatchOffering> = {},
): MatchOffering {
  return {
    id: 'off-1',
    title: 'A solution',
    description: '',
    language: 'en',
    careAreas: [],
    targetGroups: [],
    settings: [],
    trl: null,
    seekingTestSite: false,
    organisation: company(),
    ...overrides,
  };
}

/** Offerings on distinct topics, to rank a relevant one against. */
export function distractors(): MatchOffering[] {
  return [
    offering({
      id: 'off-diabetes-app',
      title: 'Blood glucose app for people with type 2 diabetes',
      description:
        'Patients log blood sugar readings and meals; a nurse at the outpatient clinic follows the values remotely and adjusts insulin advice.',
      careAreas: ['diabetes', 'telehealth'],
      targetGroups: ['chronic-patients'],
      settings: ['home', 'outpatient-clinic'],
      trl: 8,
    }),
    offering({
      id: 'off-porter-robot',
      title: 'Autonomous transport robot for hospital supplies',
      description:
        'The robot carries linen, samples and meals between wards and the central store, using lifts on its own, so porters are freed for patient transport.',
      careAreas: ['hospital-logistics'],
      targetGroups: ['care-staff'],
      settings: ['hospital-ward'],
      trl: 9,
    }),
    offering({
      id: 'off-school-wellbeing',
      title: 'Wellbeing check-ins for pupils',
      description:
        'A short weekly questionnaire in class lets school nurses spot pupils who are lonely or anxious and invite them for a talk.',
      careAreas: ['mental-health', 'prevention-wellbeing'],
      targetGroups: ['children-young-people'],
      settings: ['school'],
      trl: 7,
    }),
    offering({
      id: 'off-rehab-video',
      title: 'Home exercise videos after knee replacement',
      description:
        'Physiotherapists assign exercise videos; patients train at home and report pain and progress in the app after their operation.',
      careAreas: ['rehabilitation'],
      targetGroups: ['hospital-patients'],
      settings: ['home', 'rehabilitation-centre'],
      trl: 8,
    }),
  ];
}
