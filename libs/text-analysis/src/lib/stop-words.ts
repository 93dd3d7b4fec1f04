/**
 * Small stop-word lists: function words that say nothing about a text's
 * topic. Written for this lib (after the Snowball lists, trimmed); words that
 * occur in taxonomy keywords ("own", "eget", "egen") are deliberately absent.
 */
const LISTS: Readonly<Record<string, string>> = {
  en: `a about above across after again against all also am among an and any are as at be because been
    before being below between both but by can cannot could did do does doing down during each either etc
    few for from further had has have having he her here hers herself him himself his how however i if in
    into is it its itself just may me might more most must my myself neither no nor not now of off on
    once only or other others our ours ourselves out over per same shall she should so some such than that
    the their theirs them themselves then there therefore these they this those through thus to too under
    until up upon us very via was we were what when where whether which while who whom whose why will
    with within without would yet you your yours yourself yourselves`,
  da: `ad af alle alt anden andet andre at bl blev blive bliver da de dem den denne der deres det dette
    dig din dine disse dit dog du efter eks eller en end er et etc for fra fx få får gennem ham han hans har
    havde have hende hendes her hos hun hvad hvem hver hvilke hvilken hvis hvor hvordan hvorfor i ikke ind
    ingen jeg jer jo kan kun kunne man mange med meget mellem men mig min mine mit mod mv når noget nogle
    nu og også om op os osv over på samt selv sig sin sine sit skal skulle som sådan så thi til ud uden
    under var ved vi vil ville vor vores være været`,
  nl: `aan al alle alles als altijd andere ben bij bijvoorbeeld daar dan dat de der deze die dit doch doen
    door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets
    ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat
    onder ons onze ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat
    we wel werd wezen wie wij wil worden wordt zal ze zelf zich zij zijn zo zoals zonder zou`,
  fr: `a afin ai ainsi as au aussi autre autres aux avec avez avoir avons c car ce ceci cela celle celles
    celui ces cet cette ceux comme d dans de des donc dont du elle elles en entre est et eux ici il ils j je
    l la le les leur leurs lors lui m ma mais me mes moi moins mon même n ne ni nos notre nous on ont or ou
    où par pas plus pour qu que quel quelle quels qui s sa sans se sera ses si soit son sont sous sur t ta
    te tes toi ton tous tout toute toutes très tu un une vers vos votre vous y à été être`,
  sv: `alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din dina
    ditt du där då efter ej eller en er era ert ett från för genom ha hade han hans har henne hennes hon
    honom hur här i icke ingen inom inte jag ju kan kommer kunde man med mellan men mig min mina mitt mot
    mycket ni nu när någon något några och också om oss på samma samt sedan sig sin sina sitta själv ska
    skulle så sådan sådana sådant till under upp ut utan vad var vara varför varit varje vars vart vem
    vi vid vilka vilkas vilken vilket vår våra vårt än är även åt över`,
  de: `aber alle allem allen aller alles als also am an andere anderen auch auf aus bei bin bis bist da
    damit dann das dass dem den der des die dies diese diesem diesen dieser dieses du durch ein eine einem
    einen einer eines er es für hat hatte haben ich ihr ihre im in ist ja jede jedem jeden jeder jedes kann
    kein keine mit muss nach nicht noch nur oder ohne sehr sein seine sich sie sind so über um und uns
    unter vom von vor war waren was weil wenn werden wie wir wird zu zum zur zwischen`,
  no: `alle at av bare begge ble bli blir blitt både da de dem den denne der deres det dette deg din
    disse ditt du eller en enn er et ett etter for fordi fra før han hans har hadde hun hva hvem hver hvilke
    hvilken hvis hvor hvordan hvorfor i ikke inn ingen jeg kan kun kunne man mange med meg mellom men min
    mitt mot nå når noe noen og også om opp oss over på samme seg selv sin sine sitt skal skulle slik som
    så til ut uten var vi vil ville være vært å`,
};

export const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> =
  Object.fromEntries(
    Object.entries(LISTS).map(([language, words]) => [
      language,
      new Set(words.split(/\s+/).filter(Boolean)),
    ]),
  );

/** Every list together: for text whose language is unknown. */
export const ANY_STOP_WORDS: ReadonlySet<string> = new Set(
  Object.values(STOP_WORDS).flatMap((words) => [...words]),
);

/**
 * Whether `word` (lower case) is a stop word of `language`; with no language,
 * of any language. Single letters always are.
 */
export function isStopWord(word: string, language?: string): boolean {
  if (word.length < 2) return true;
  const list = language ? STOP_WORDS[language] : ANY_STOP_WORDS;
  return list?.has(word) ?? false;
}

/**
 * Fixed expressions whose words look like taxonomy keywords but are not
 * ("i hvert fald" = anyway, "falls under"): masked before keyword matching.
 */
export const NEUTRAL_PHRASES: readonly string[] = [
  // da
  'i hvert fald',
  'i ethvert fald',
  'i alle fald',
  'i så fald',
  'i givet fald',
  'i bedste fald',
  'i værste fald',
  'i modsat fald',
  'i fald',
  'falder ind under',
  'falder uden for',
  // en
  'fall under',
  'falls under',
  'fall within',
  'falls within',
  'fall short',
  'falls short',
  'fall into',
  'falls into',
  'fall behind',
  'fall through',
  // nl
  'vallen onder',
  'vallen buiten',
  'in slaap vallen',
  // sv, no
  'i så fall',
  'i alla fall',
  'i varje fall',
  'i vilket fall',
  'i annat fall',
  'i förekommande fall',
  'från fall till fall',
  'i hvert fall',
];
