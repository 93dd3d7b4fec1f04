// A realistic opi-dataset/v1 document of any size, from the taxonomy and small word lists.
const CARE_AREAS = ['elderly-care', 'dementia', 'rehabilitation', 'chronic-disease', 'diabetes', 'copd', 'heart-failure', 'mental-health', 'disability', 'fall-prevention', 'medication', 'telehealth', 'prevention-wellbeing', 'maternity-child', 'palliative-care', 'infection-control', 'nutrition', 'hospital-logistics', 'care-staff-workload', 'social-inclusion'];
const TARGET_GROUPS = ['older-adults', 'people-with-dementia', 'people-with-disabilities', 'chronic-patients', 'hospital-patients', 'children-young-people', 'informal-carers', 'care-staff', 'clinicians', 'citizens'];
const SETTINGS = ['home', 'home-care', 'nursing-home', 'hospital-ward', 'outpatient-clinic', 'rehabilitation-centre', 'general-practice', 'community', 'school'];
const COUNTRIES = [['DK', 'Region Syddanmark'], ['SE', 'Västra Götaland'], ['NL', 'Gelderland'], ['BE', 'Oost-Vlaanderen'], ['FR', 'Occitanie']];
const WORDS = {
  en: 'residents night staff sensor fall alarm medication home care rehabilitation exercise loneliness telehealth monitoring discharge hospital ward nurse patient citizens relatives dementia wandering diabetes insulin heart failure weight breathing inhaler app video visit planning schedule logistics beds'.split(' '),
  da: 'beboere nat personale sensor fald alarm medicin hjemmepleje genoptræning træning ensomhed telemedicin overvågning udskrivelse hospital afdeling sygeplejerske patient borgere pårørende demens vandring diabetes insulin hjertesvigt vægt vejrtrækning app videobesøg planlægning vagtplan'.split(' '),
  nl: 'bewoners nacht personeel sensor val alarm medicatie thuiszorg revalidatie oefenen eenzaamheid telezorg monitoring ontslag ziekenhuis afdeling verpleegkundige patiënt burgers mantelzorgers dementie dwalen diabetes insuline hartfalen gewicht ademhaling app videobezoek planning rooster'.split(' '),
  fr: 'résidents nuit personnel capteur chute alarme médicaments soins domicile rééducation exercice solitude télésanté surveillance sortie hôpital service infirmière patient citoyens aidants démence errance diabète insuline insuffisance cardiaque poids respiration application visio planification'.split(' '),
};
const LANGS = ['en', 'en', 'da', 'nl', 'fr'];

function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export function generateDataset({ organisations = 2000, needs = 18000, offerings = 30000, seed = 42 } = {}) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(list)))];
  const sentence = (lang, n) => Array.from({ length: n }, () => pick(WORDS[lang])).join(' ');
  const orgs = Array.from({ length: organisations }, (_, i) => {
    const [country, region] = COUNTRIES[i % COUNTRIES.length];
    const kind = i % 2 === 0 ? (i % 4 === 0 ? 'municipality' : 'hospital') : i % 10 === 1 ? 'knowledge_institution' : 'company';
    return {
      ref: `bench-org-${i}`, kind, name: `Bench ${kind} ${i}`, country, region, city: `City ${i % 300}`,
      description: sentence('en', 30), careAreas: some(CARE_AREAS, 3),
      ...(kind === 'municipality' || kind === 'hospital' ? { testSite: { offered: rnd() < 0.6, settings: some(SETTINGS, 2), capacity: Math.floor(rnd() * 50) } } : {}),
    };
  });
  const publicOrgs = orgs.filter((o) => o.kind === 'municipality' || o.kind === 'hospital');
  const providers = orgs.filter((o) => o.kind === 'company' || o.kind === 'knowledge_institution');
  const record = (i, prefix, owner) => {
    const lang = pick(LANGS);
    return {
      ref: `${prefix}-${i}`, organisationRef: owner.ref, title: sentence(lang, 7), description: sentence(lang, 60),
      careAreas: some(CARE_AREAS, 3), targetGroups: some(TARGET_GROUPS, 2), settings: some(SETTINGS, 2), language: lang,
    };
  };
  return {
    format: 'opi-dataset/v1',
    organisations: orgs,
    needs: Array.from({ length: needs }, (_, i) => ({ ...record(i, 'bench-need', pick(publicOrgs)), minTrl: 1 + Math.floor(rnd() * 9), testSiteOffered: rnd() < 0.5 })),
    offerings: Array.from({ length: offerings }, (_, i) => ({ ...record(i, 'bench-off', pick(providers)), trl: 1 + Math.floor(rnd() * 9), seekingTestSite: rnd() < 0.5 })),
  };
}
