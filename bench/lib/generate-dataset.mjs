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
WORDS.sv = 'boende natt personal sensor fall larm läkemedel hemtjänst rehabilitering träning ensamhet distansvård övervakning utskrivning sjukhus avdelning sjuksköterska patient medborgare anhöriga demens vandring diabetes insulin hjärtsvikt vikt andning app videobesök planering schema'.split(' ');
const LANGS = ['en', 'en', 'da', 'nl', 'fr', 'sv'];

/**
 * Real text is mostly everyday words with a long tail: one word in ten comes
 * from the care vocabulary above (itself skewed: the first words are the most
 * common), the rest from a Zipf-distributed list of 4,000 made-up words per
 * language, so a search term matches a realistic share of the records
 * (a few per cent) instead of nearly all of them.
 */
const SYLLABLES = 'ka ri to me lu sa ne vo pi de ga mo ru fe li na so be ta ve ko mi du la re'.split(' ');
const FILLER_SIZE = 4000;
function fillerWords(lang) {
  const rnd = random(lang.charCodeAt(0) * 31 + lang.charCodeAt(1));
  return Array.from({ length: FILLER_SIZE }, () =>
    Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]).join(''),
  );
}
const FILLER = Object.fromEntries(Object.keys(WORDS).map((lang) => [lang, fillerWords(lang)]));
/** Cumulative Zipf weights (s = 1) over the filler list, for inverse-CDF sampling. */
const ZIPF = (() => {
  const weights = Array.from({ length: FILLER_SIZE }, (_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w) => (sum += w / total));
})();
function zipfIndex(u) {
  let lo = 0;
  let hi = ZIPF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ZIPF[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const NAME_SUFFIX = {
  municipality: { DK: 'Kommune', SE: 'kommun', NL: 'Gemeente', BE: 'Stad', FR: 'Ville de' },
  hospital: { DK: 'Hospital', SE: 'sjukhus', NL: 'Ziekenhuis', BE: 'AZ', FR: 'CHU' },
  company: 'Care', knowledge_institution: 'University',
};
/** "Ravimoko Kommune", "CHU Selutare", "Dakirame Care 12": distinct names, as real ones are. */
function organisationName(rnd, kind, country, i) {
  const place = Array.from({ length: 3 + Math.floor(rnd() * 2) }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]).join('');
  const placeName = place[0].toUpperCase() + place.slice(1);
  const suffix = typeof NAME_SUFFIX[kind] === 'string' ? NAME_SUFFIX[kind] : NAME_SUFFIX[kind][country];
  if (['Ville de', 'CHU', 'AZ', 'Gemeente', 'Stad'].includes(suffix)) return `${suffix} ${placeName}`;
  return `${placeName} ${suffix}${kind === 'company' || kind === 'knowledge_institution' ? ` ${i}` : ''}`;
}

export function generateDataset({ organisations = 2000, needs = 18000, offerings = 30000, seed = 42 } = {}) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(list)))];
  const careWord = (lang) => WORDS[lang][Math.floor(WORDS[lang].length * rnd() ** 1.5)];
  const word = (lang) => (rnd() < 0.1 ? careWord(lang) : FILLER[lang][zipfIndex(rnd())]);
  const sentence = (lang, n) => Array.from({ length: n }, () => word(lang)).join(' ');
  const orgs = Array.from({ length: organisations }, (_, i) => {
    const [country, region] = COUNTRIES[i % COUNTRIES.length];
    const kind = i % 2 === 0 ? (i % 4 === 0 ? 'municipality' : 'hospital') : i % 10 === 1 ? 'knowledge_institution' : 'company';
    return {
      ref: `bench-org-${i}`, kind, name: organisationName(rnd, kind, country, i), country, region, city: `City ${i % 300}`,
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
