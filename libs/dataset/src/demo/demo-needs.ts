import type { DatasetNeed } from '../lib/opi-dataset';

/** Care needs of the demo municipalities and hospitals, in their own words and languages. */
export const DEMO_NEEDS: DatasetNeed[] = [
  // Lindholt Municipality (DK)
  {
    ref: 'demo-need-lindholt-night-wandering',
    organisationRef: 'demo-org-lindholt',
    title: 'Beboere med demens, der går rundt om natten',
    description:
      'På demensafsnittet på Plejecenter Bøgely står flere beboere op om natten, går ind til andre beboere eller forsøger at komme ud gennem havedøren. Der er to nattevagter til 22 beboere, og de kan ikke se alle gange på én gang. Vi ønsker en diskret besked til personalet, når en bestemt beboer forlader sin stue eller nærmer sig en udgang, uden alarmer der vækker alle de andre.',
    careAreas: ['dementia', 'elderly-care'],
    targetGroups: ['people-with-dementia', 'care-staff'],
    settings: ['nursing-home'],
    minTrl: 7,
    testSiteOffered: true,
    language: 'da',
  },
  {
    ref: 'demo-need-lindholt-falls-at-home',
    organisationRef: 'demo-org-lindholt',
    title: 'Knowing at once when a home care client has fallen',
    description:
      'About 300 of our home care clients live alone, and every month some of them are found on the floor at the morning visit after lying there for hours. Most have a pendant alarm, but many take it off at night or in the shower, and some cannot press the button after a fall. We want a way to detect falls automatically and alert the home care night team, which works for people who forget or refuse to wear anything.',
    careAreas: ['fall-prevention', 'elderly-care'],
    targetGroups: ['older-adults', 'care-staff'],
    settings: ['home', 'home-care'],
    minTrl: 8,
    testSiteOffered: true,
    language: 'en',
  },
  {
    ref: 'demo-need-lindholt-medication-visits',
    organisationRef: 'demo-org-lindholt',
    title: 'Mange korte besøg kun for at give medicin',
    description:
      'Hjemmeplejen kører hver dag over 700 besøg, der alene handler om at række borgeren sin medicin eller minde om den. Det binder personale, som vi mangler til pleje, og borgerne skal vente hjemme på, at vi kommer. Vi søger en løsning, hvor borgere, der kan selv, får deres medicin til tiden i eget hjem, og hvor vi får besked, hvis en dosis ikke bliver taget.',
    careAreas: ['medication', 'care-staff-workload'],
    targetGroups: ['older-adults', 'care-staff'],
    settings: ['home-care', 'home'],
    minTrl: 8,
    testSiteOffered: true,
    language: 'da',
  },

  // Skovbjerg Municipality (DK)
  {
    ref: 'demo-need-skovbjerg-exercise-after-rehab',
    organisationRef: 'demo-org-skovbjerg',
    title: 'Keeping up exercise after the rehabilitation course ends',
    description:
      'Citizens who finish a twelve-week rehabilitation course after a hip fracture or a stroke often stop exercising within a month, and many are back with us a year later. Our therapists cannot follow them all at home. We need something that motivates people to keep training in their own home and lets a therapist see who is falling behind.',
    careAreas: ['rehabilitation', 'fall-prevention'],
    targetGroups: ['older-adults'],
    settings: ['home', 'rehabilitation-centre'],
    minTrl: 7,
    testSiteOffered: true,
    language: 'en',
  },
  {
    ref: 'demo-need-skovbjerg-loneliness',
    organisationRef: 'demo-org-skovbjerg',
    title: 'Older people living alone who no longer leave the house',
    description:
      'Our preventive home visits show that one in five citizens over 75 living alone feel lonely most days. Many stopped going to the activity centre after their spouse died or when they could no longer drive. We are looking for ways to rebuild everyday contact with other people, both from home and by making it easier to come to local activities.',
    careAreas: ['social-inclusion', 'prevention-wellbeing'],
    targetGroups: ['older-adults', 'citizens'],
    settings: ['home', 'community'],
    minTrl: 6,
    testSiteOffered: true,
    language: 'en',
  },
  {
    ref: 'demo-need-skovbjerg-home-care-planning',
    organisationRef: 'demo-org-skovbjerg',
    title: 'Home care plans that fall apart every morning',
    description:
      'Each morning the planners in our three home care districts rebuild the day by hand when staff call in sick, which takes up to an hour and gives citizens new faces at the door. Driving routes are long in a rural area and continuity suffers. We want planning support that redistributes visits quickly, keeps the same staff with the same citizens where possible and respects driving times.',
    careAreas: ['care-staff-workload'],
    targetGroups: ['care-staff'],
    settings: ['home-care'],
    minTrl: 8,
    testSiteOffered: true,
    language: 'en',
  },

  // Limfjord Regional Hospital (DK)
  {
    ref: 'demo-need-limfjord-heart-failure-home',
    organisationRef: 'demo-org-limfjord-hospital',
    title:
      'Earlier warning of fluid build-up in heart failure patients at home',
    description:
      'A quarter of our heart failure patients are readmitted within six months, most often with fluid overload that built up over several days. Patients are asked to weigh themselves daily, but the numbers stay on paper until the next clinic visit. We want to follow weight and symptoms remotely so our heart failure nurses can adjust diuretics before the patient needs a bed.',
    careAreas: ['heart-failure', 'telehealth', 'chronic-disease'],
    targetGroups: ['chronic-patients', 'clinicians'],
    settings: ['home', 'outpatient-clinic'],
    minTrl: 7,
    testSiteOffered: true,
    language: 'en',
  },
  {
    ref: 'demo-need-limfjord-copd-readmissions',
    organisationRef: 'demo-org-limfjord-hospital',
    title: 'Genindlæggelser af patienter med KOL',
    description:
      'Lungemedicinsk afdeling indlægger hver vinter mange patienter med KOL i exacerbation, og en del af dem kunne være behandlet hjemme, hvis forværringen var blevet opdaget to-tre dage tidligere. Vi vil gerne følge patienternes symptomer og iltmætning hjemmefra og dele oplysningerne med kommunens sygeplejersker. Løsningen skal kunne bruges af ældre patienter uden erfaring med smartphones.',
    careAreas: ['copd', 'telehealth'],
    targetGroups: ['chronic-patients', 'clinicians'],
    settings: ['home', 'outpatient-clinic'],
    minTrl: 7,
    testSiteOffered: true,
    language: 'da',
  },
  {
    ref: 'demo-need-limfjord-equipment-search',
    organisationRef: 'demo-org-limfjord-hospital',
    title: 'Nurses searching the building for pumps and wheelchairs',
    description:
      'A time study on two medical wards showed that each nurse spends around 25 minutes per shift looking for infusion pumps, wheelchairs and vital-signs monitors. Equipment ends up in cupboards on other wards or is waiting for cleaning without anyone knowing. We want to see where equipment is and whether it is clean and ready, from any computer or phone on the ward.',
    careAreas: ['hospital-logistics', 'care-staff-workload'],
    targetGroups: ['care-staff', 'clinicians'],
    settings: ['hospital-ward'],
    minTrl: 8,
    testSiteOffered: true,
    language: 'en',
  },

  // Sjöviks kommun (SE)
  {
    ref: 'demo-need-sjovik-night-checks',
    organisationRef: 'demo-org-sjovik',
    title: 'Nattliga tillsynsbesök som väcker brukarna',
    description:
      'Hemtjänstens nattpatrull gör varje natt omkring 90 tillsynsbesök hos brukare som vill veta att någon tittar till dem. Besöken väcker ofta personen, och vägarna mellan brukarna är långa. Vi vill erbjuda en digital tillsyn som brukaren själv samtycker till, så att nattpersonalen bara åker ut när det behövs.',
    careAreas: ['elderly-care', 'care-staff-workload'],
    targetGroups: ['older-adults', 'care-staff'],
    settings: ['home-care', 'home'],
    minTrl: 8,
    testSiteOffered: true,
    language: 'sv',
  },
  {
    ref: 'demo-need-sjovik-malnutrition',
    organisationRef: 'demo-org-sjovik',
    title: 'Malnutrition among older people who get meals delivered',
    description:
      'Over 400 older residents receive meal deliveries, yet our nurses regularly find people who have lost weight without anyone noticing. Meals are left in the fridge, appetite is low and eating alone is dull. We want to spot weight loss early and find ways to make people eat more, ideally together with others.',
    careAreas: ['nutrition', 'elderly-care'],
    targetGroups: ['older-adults', 'informal-carers'],
    settings: ['home', 'home-care'],
    minTrl: 6,
    testSiteOffered: true,
    language: 'en',
  },
  {
    ref: 'demo-need-sjovik-medication-lists',
    organisationRef: 'demo-org-sjovik',
    title: 'Medication lists that differ between hospital, GP and home care',
    description:
      'When a resident comes home from hospital, home care staff often have an old medication list while the hospital and the health centre have each changed something. Errors are found by chance, sometimes after days. We need one current list that everyone can see, with a clear signal when something changes and who must act on it.',
    careAreas: ['medication'],
    targetGroups: ['care-staff', 'older-adults'],
    settings: ['home-care', 'general-practice'],
    minTrl: 7,
    testSiteOffered: false,
    language: 'en',
  },

  // Norrsunda lasarett (SE)
  {
    ref: 'demo-need-norrsunda-stroke-training',
    organisationRef: 'demo-org-norrsunda-lasarett',
    title: 'Mer träning för strokepatienter under vårdtiden',
    description:
      'Patienterna på vår strokeenhet får i dag omkring 30 minuter träning med fysioterapeut eller arbetsterapeut per dag och ligger eller sitter stilla resten av tiden. Forskning visar att mer träning tidigt ger bättre funktion, särskilt för armen och handen. Vi söker verktyg som patienterna kan träna med på egen hand på avdelningen och sedan ta med sig hem.',
    careAreas: ['rehabilitation'],
    targetGroups: ['hospital-patients', 'clinicians'],
    settings: ['hospital-ward', 'rehabilitation-centre'],
    minTrl: 6,
    testSiteOffered: true,
    language: 'sv',
  },
  {
    ref: 'demo-need-norrsunda-palliative-nights',
    organisationRef: 'demo-org-norrsunda-lasarett',
    title: 'Supporting families caring for a dying relative at home at night',
    description:
      'More patients want to die at home, and our palliative team supports about 45 families at a time. Nights are the hardest: relatives are frightened by new symptoms and call an ambulance because they cannot reach anyone who knows the patient. We want relatives to be able to see and talk to a palliative nurse at night, with the care plan at hand.',
    careAreas: ['palliative-care', 'telehealth'],
    targetGroups: ['informal-carers', 'clinicians'],
    settings: ['home'],
    minTrl: 7,
    testSiteOffered: true,
    language: 'en',
  },

  // Gemeente Lindeveen (NL)
  {
    ref: 'demo-need-lindeveen-dementia-night',
    organisationRef: 'demo-org-lindeveen',
    title: 'Thuiswonende mensen met dementie die ’s nachts de deur uit gaan',
    description:
      'In Lindeveen wonen ruim 600 mensen met dementie thuis, vaak met een partner die de zorg draagt. Casemanagers horen steeds vaker dat iemand ’s nachts naar buiten loopt, waardoor de mantelzorger niet meer durft te slapen. We zoeken een oplossing die de mantelzorger op tijd waarschuwt en helpt om iemand snel terug te vinden, zodat mensen langer samen thuis kunnen blijven.',
    careAreas: ['dementia'],
    targetGroups: ['people-with-dementia', 'informal-carers'],
    settings: ['home'],
    minTrl: 7,
    testSiteOffered: true,
    language: 'nl',
  },
  {
    ref: 'demo-need-lindeveen-fall-risk',
    organisationRef: 'demo-org-lindeveen',
    title: 'Finding independent older residents at risk of falling',
    description:
      'Falls are the main reason older residents of Lindeveen lose their independence, and the local falls prevention course only reaches people who are already worried. GPs and district nurses see the risk too late. We want a simple way to find residents at risk early, for example at the library or the community centre, and to guide them to exercise that suits them.',
    careAreas: ['fall-prevention', 'prevention-wellbeing'],
    targetGroups: ['older-adults', 'citizens'],
    settings: ['community', 'home'],
    minTrl: 6,
    testSiteOffered: true,
    language: 'en',
  },
  {
    ref: 'demo-need-lindeveen-informal-carers',
    organisationRef: 'demo-org-lindeveen',
    title: 'Informal carers who burn out before they ask for help',
    description:
      'About 4,000 residents care for a partner, parent or child, and our support centre mostly meets them when they are already exhausted. Many do not see themselves as carers and do not know what help exists. We want to reach carers earlier and give them support that fits into a busy day, including contact with others in the same situation.',
    careAreas: ['prevention-wellbeing', 'social-inclusion'],
    targetGroups: ['informal-carers'],
    settings: ['home', 'community'],
    minTrl: 5,
    testSiteOffered: true,
    language: 'en',
  },

  // Zuiderhaven Medisch Centrum (NL)
  {
    ref: 'demo-need-zuiderhaven-diabetes-follow-up',
    organisationRef: 'demo-org-zuiderhaven',
    title: 'Minder controles op de poli voor stabiele diabetespatiënten',
    description:
      'Onze diabetespoli ziet ruim 3.000 patiënten, van wie een groot deel stabiel is en drie à vier keer per jaar voor een standaardcontrole komt. Die afspraken kosten patiënten reistijd en ons spreekuurcapaciteit die we nodig hebben voor complexe zorg. We willen glucosewaarden en klachten op afstand volgen en alleen een afspraak maken als de gegevens daar aanleiding toe geven.',
    careAreas: ['diabetes', 'telehealth'],
    targetGroups: ['chronic-patients', 'clinicians'],
    settings: ['outpatient-clinic', 'home'],
    minTrl: 7,
    testSiteOffered: true,
    language: 'nl',
  },
  {
    ref: 'demo-need-zuiderhaven-ward-rosters',
    organisationRef: 'demo-org-zuiderhaven',
    title: 'Ward rosters that nurses can influence',
    description:
      'Nurse turnover on our surgical wards rose to 14% last year, and in exit interviews rosters are the most common complaint: they are published late and change often. Team leaders spend days every month puzzling shifts together in a spreadsheet. We want nurses to state their preferences and swap shifts themselves, within rules that keep every shift safely staffed.',
    careAreas: ['care-staff-workload'],
    targetGroups: ['care-staff'],
    settings: ['hospital-ward'],
    minTrl: 8,
    testSiteOffered: true,
    language: 'en',
  },
  {
    ref: 'demo-need-zuiderhaven-bed-flow',
    organisationRef: 'demo-org-zuiderhaven',
    title: 'Emergency patients waiting because free beds are not reported',
    description:
      'Patients in our emergency department wait for a bed on average two hours after the decision to admit them. Beds are often free, but a discharge or a finished cleaning is reported late or not at all. We want a real-time view of bed status for wards, cleaning staff and the admission coordinator.',
    careAreas: ['hospital-logistics'],
    targetGroups: ['hospital-patients', 'care-staff'],
    settings: ['hospital-ward'],
    minTrl: 8,
    testSiteOffered: false,
    language: 'en',
  },

  // Stad Heuvelgem (BE)
  {
    ref: 'demo-need-heuvelgem-night-falls',
    organisationRef: 'demo-org-heuvelgem',
    title: 'Valincidenten ’s nachts in onze woonzorgcentra',
    description:
      'In onze twee woonzorgcentra registreren we elke maand gemiddeld 35 valpartijen, waarvan de helft ’s nachts. Bewoners worden soms pas bij de ronde gevonden en liggen dan al lang op de grond. We willen dat de nachtverpleging meteen verwittigd wordt als een bewoner uit bed komt of valt, zonder camera’s in de kamer.',
    careAreas: ['fall-prevention', 'elderly-care'],
    targetGroups: ['older-adults', 'care-staff'],
    settings: ['nursing-home'],
    minTrl: 7,
    testSiteOffered: true,
    language: 'nl',
  },
  {
    ref: 'demo-need-heuvelgem-day-structure',
    organisationRef: 'demo-org-heuvelgem',
    title:
      'More independence in daily life for young adults with intellectual disabilities',
    description:
      'Our day centre supports 30 young adults with intellectual disabilities who want to live and travel more independently. Many lose track of their day without a supervisor nearby and stay home rather than take the bus. We are looking for tools that help them plan and follow their day, and let staff step in remotely when needed.',
    careAreas: ['disability', 'social-inclusion'],
    targetGroups: ['people-with-disabilities'],
    settings: ['community', 'home'],
    minTrl: 5,
    testSiteOffered: true,
    language: 'en',
  },

  // Centre Hospitalier Régional Meuse-Sambre (BE)
  {
    ref: 'demo-need-chr-copd-rehab-home',
    organisationRef: 'demo-org-chr-meuse-sambre',
    title: 'Réadaptation respiratoire à domicile pour les patients BPCO',
    description:
      'Notre programme de réadaptation respiratoire compte 24 places pour plus de 200 patients BPCO qui en auraient besoin, et beaucoup renoncent à cause des trajets trois fois par semaine. Nous souhaitons proposer une partie du programme à domicile, avec des exercices encadrés à distance par nos kinésithérapeutes. La solution doit permettre de suivre l’effort et la saturation en oxygène en toute sécurité.',
    careAreas: ['copd', 'rehabilitation', 'telehealth'],
    targetGroups: ['chronic-patients'],
    settings: ['home', 'outpatient-clinic'],
    minTrl: 7,
    testSiteOffered: true,
    language: 'fr',
  },
  {
    ref: 'demo-need-chr-gestational-diabetes',
    organisationRef: 'demo-org-chr-meuse-sambre',
    title: 'Suivre le diabète gestationnel sans multiplier les consultations',
    description:
      'Environ 300 femmes par an sont suivies pour un diabète gestationnel dans notre maternité. Elles notent leurs glycémies dans un carnet et reviennent en consultation toutes les une à deux semaines, souvent pour rien. Nous voulons recevoir les valeurs à distance, repérer rapidement celles qui ont besoin d’insuline et réserver les consultations à ces patientes.',
    careAreas: ['diabetes', 'maternity-child', 'telehealth'],
    targetGroups: ['citizens', 'clinicians'],
    settings: ['outpatient-clinic', 'home'],
    minTrl: 7,
    testSiteOffered: true,
    language: 'fr',
  },
  {
    ref: 'demo-need-chr-youth-waiting-list',
    organisationRef: 'demo-org-chr-meuse-sambre',
    title: 'Young people waiting months for child psychiatry',
    description:
      'Adolescents referred to our child and adolescent psychiatry service wait four to six months for a first appointment, and some end up in the emergency department in the meantime. We want to offer support during the wait that is evidence-based, safe and monitored, so that we can also see who is getting worse.',
    careAreas: ['mental-health'],
    targetGroups: ['children-young-people', 'clinicians'],
    settings: ['outpatient-clinic', 'home'],
    minTrl: 6,
    testSiteOffered: false,
    language: 'en',
  },

  // Ville de Montclar-sur-Isère (FR)
  {
    ref: 'demo-need-montclar-isolement',
    organisationRef: 'demo-org-montclar',
    title: 'Rompre l’isolement des personnes âgées dans les hameaux',
    description:
      'Le CCAS suit près de 350 personnes de plus de 75 ans qui vivent seules, dont beaucoup dans des hameaux éloignés du centre. L’hiver, certaines ne voient personne d’autre que l’aide à domicile pendant des semaines. Nous cherchons des solutions pour recréer du lien, à distance comme en personne, et pour faciliter la venue aux activités organisées en ville.',
    careAreas: ['social-inclusion', 'elderly-care'],
    targetGroups: ['older-adults'],
    settings: ['home', 'community'],
    minTrl: 6,
    testSiteOffered: true,
    language: 'fr',
  },
  {
    ref: 'demo-need-montclar-ehpad-nuit',
    organisationRef: 'demo-org-montclar',
    title: 'Surveillance de nuit à l’EHPAD sans rondes qui réveillent',
    description:
      'La nuit, deux soignantes veillent sur les 90 résidents de l’EHPAD des Tilleuls et font trois rondes en ouvrant chaque porte. Les résidents sont réveillés, et une chute survenue entre deux rondes peut passer inaperçue pendant des heures. Nous voulons être alertés en cas de chute, de sortie de lit ou d’appel à l’aide, sans caméra et sans ajouter de travail à l’équipe.',
    careAreas: ['fall-prevention', 'care-staff-workload', 'elderly-care'],
    targetGroups: ['older-adults', 'care-staff'],
    settings: ['nursing-home'],
    minTrl: 8,
    testSiteOffered: true,
    language: 'fr',
  },

  // Centre hospitalier des Coteaux (FR)
  {
    ref: 'demo-need-coteaux-heart-failure-discharge',
    organisationRef: 'demo-org-ch-coteaux',
    title: 'The first weeks after discharge for heart failure patients',
    description:
      'One in five patients discharged from our cardiology ward after acute heart failure is readmitted within 30 days. Follow-up with the GP and the cardiologist often takes several weeks to arrange, and patients have little support in between. We are looking for a ready-to-use follow-up programme that watches the warning signs and alerts our nurses.',
    careAreas: ['heart-failure', 'telehealth'],
    targetGroups: ['chronic-patients', 'clinicians'],
    settings: ['home', 'outpatient-clinic'],
    minTrl: 8,
    testSiteOffered: false,
    language: 'en',
  },
  {
    ref: 'demo-need-coteaux-transfer-errors',
    organisationRef: 'demo-org-ch-coteaux',
    title: 'Medication errors when patients move between wards',
    description:
      'Our incident reports show that most medication errors happen when a patient is transferred from the emergency department or intensive care to a ward. Prescriptions are re-entered by hand and doses are sometimes missed or given twice. We want a safer way to carry the medication plan across transfers and to check each administration at the bedside.',
    careAreas: ['medication'],
    targetGroups: ['hospital-patients', 'clinicians'],
    settings: ['hospital-ward'],
    minTrl: 7,
    testSiteOffered: false,
    language: 'en',
  },
];
