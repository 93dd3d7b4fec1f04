import {
  analyseText,
  isStopWord,
  normaliseLanguage,
  scoreOf,
  SIMPLE,
  stem,
  stemmingLanguage,
  type Word,
  words,
} from '@opi/text-analysis';
import {
  conceptIndex,
  facetOfWord,
  findConcepts,
} from './lexicon/concept-index';
import type {
  CorpusStats,
  Frequencies,
  MatchNeed,
  MatchOffering,
  MatchProfile,
  MatchVocabulary,
  ProfileCode,
} from './types';
import { PROFILE_VERSION, WEIGHTS } from './weights';

export const MATCH_VOCABULARIES: readonly MatchVocabulary[] = [
  'careArea',
  'targetGroup',
  'setting',
];

/** Prefix of lexicon concepts in `MatchProfile.concepts` (taxonomy codes use `vocabulary:`). */
export const LEXICON_PREFIX = 'lex:';

export function isOffering(
  record: MatchNeed | MatchOffering,
): record is MatchOffering {
  return 'seekingTestSite' in record;
}

function tagsOf(
  record: MatchNeed | MatchOffering,
  vocabulary: MatchVocabulary,
): readonly string[] {
  if (vocabulary === 'careArea') return record.careAreas ?? [];
  if (vocabulary === 'targetGroup') return record.targetGroups ?? [];
  return record.settings ?? [];
}

function addTo(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

/** Sub-linear term weight: repeated words say less each time. */
function damp(count: number): number {
  return count >= 1 ? 1 + Math.log(count) : count;
}

/**
 * The profile of a need or an offering: its stems, the language-independent
 * concepts of its text, its codes (tags and those the text evokes), TRL,
 * test-site flag and organisation. Pure and deterministic; ~1–5 ms for a
 * record whose words the stemmers have not seen yet, well under 1 ms after.
 */
export function prepare(record: MatchNeed | MatchOffering): MatchProfile {
  const offering = isOffering(record);
  const title = record.title ?? '';
  const description = record.description ?? '';
  const analysis = analyseText(
    `${title}\n${description}`,
    normaliseLanguage(record.language),
  );
  const language = analysis.language;
  const stemmer = stemmingLanguage(language);
  const stopLanguage = stemmer === SIMPLE ? undefined : language;

  const counts = new Map<string, number>();
  const surfaces = new Map<string, string>();
  const conceptCounts = new Map<string, number>();
  const cognateCounts = new Map<string, number>();
  const read = (ws: readonly Word[], times: number) => {
    for (const word of ws) {
      if (word.text.length < 2 || isStopWord(word.text, stopLanguage)) continue;
      const s = stem(word.text, stemmer);
      // words of generic or context concepts ("staff", "nursing home") say less
      const facet = facetOfWord(word.text, language);
      addTo(counts, s, times * (facet ? WEIGHTS.conceptFacet[facet] : 1));
      if (!surfaces.has(s)) surfaces.set(s, word.surface);
      const cognate = cognateKey(word.text);
      if (cognate) addTo(cognateCounts, cognate, times);
    }
    for (const hit of findConcepts(ws, language === 'und' ? null : language)) {
      addTo(
        conceptCounts,
        LEXICON_PREFIX + hit.id,
        WEIGHTS.conceptKind[hit.kind] * times,
      );
    }
  };
  read(words(title), WEIGHTS.titleBoost);
  read(words(description), 1);

  const terms = new Map<string, number>();
  for (const [term, count] of counts) terms.set(term, damp(count));
  const cognates = new Map<string, number>();
  for (const [key, count] of cognateCounts) cognates.set(key, damp(count));
  const concepts = new Map<string, number>();
  const lexicon = conceptIndex().concepts;
  for (const [id, count] of conceptCounts) {
    const facet =
      lexicon.get(id.slice(LEXICON_PREFIX.length))?.facet ?? 'topic';
    concepts.set(id, damp(count) * WEIGHTS.conceptFacet[facet]);
  }

  const codes = {} as Record<MatchVocabulary, Map<string, ProfileCode>>;
  for (const vocabulary of MATCH_VOCABULARIES) {
    const map = new Map<string, ProfileCode>();
    for (const code of tagsOf(record, vocabulary))
      map.set(code, { confidence: 1, source: 'tag' });
    // codes the text evokes count as tags of lower confidence (they are
    // already the text's: they do not enter the concept vector again)
    for (const evidence of analysis.codes[vocabulary]) {
      if (!map.has(evidence.code)) {
        map.set(evidence.code, {
          confidence: WEIGHTS.textCodeConfidence * scoreOf(evidence.weight),
          source: 'text',
        });
      }
    }
    codes[vocabulary] = map;
  }

  return {
    version: PROFILE_VERSION,
    kind: offering ? 'offering' : 'need',
    id: record.id,
    language,
    terms,
    surfaces,
    concepts,
    cognates,
    codes,
    trl: offering ? (record.trl ?? null) : null,
    minTrl: offering ? null : ((record as MatchNeed).minTrl ?? null),
    testSite: offering
      ? Boolean(record.seekingTestSite)
      : Boolean((record as MatchNeed).testSiteOffered),
    organisation: record.organisation,
  };
}

/**
 * Document frequencies of terms, concepts and codes over `profiles`: the
 * corpus IDF weights come from. Compute it over all published needs and
 * offerings (and cache it), or over the candidates of one ranking.
 */
export function corpusStats(profiles: Iterable<MatchProfile>): CorpusStats {
  let documents = 0;
  const languageDocuments = new Map<string, number>();
  const termDf = new Map<string, number>();
  const conceptDf = new Map<string, number>();
  const cognateDf = new Map<string, number>();
  const codeDf = new Map<string, number>();
  for (const profile of profiles) {
    documents++;
    addTo(languageDocuments, profile.language, 1);
    for (const term of profile.terms.keys())
      addTo(termDf, termKey(profile.language, term), 1);
    for (const concept of profile.concepts.keys()) addTo(conceptDf, concept, 1);
    for (const key of profile.cognates.keys()) addTo(cognateDf, key, 1);
    for (const vocabulary of MATCH_VOCABULARIES) {
      for (const code of profile.codes[vocabulary].keys())
        addTo(codeDf, `${vocabulary}:${code}`, 1);
    }
  }
  return { documents, languageDocuments, termDf, conceptDf, cognateDf, codeDf };
}

/**
 * `stats` with `profile` counted as one more document: the statistics of the
 * subject of a ranking over a corpus it is not part of (its candidates'
 * corpus, `MatchIndex.stats`), as `corpusStats([subject, ...candidates])`
 * would count it.
 */
export function withDocument(
  stats: CorpusStats,
  profile: MatchProfile,
): CorpusStats {
  const plus = (base: Frequencies, keys: Iterable<string>): Frequencies => {
    const own = new Set(keys);
    return {
      get: (key) => (base.get(key) ?? 0) + (own.has(key) ? 1 : 0) || undefined,
    };
  };
  const codes: string[] = [];
  for (const vocabulary of MATCH_VOCABULARIES)
    for (const code of profile.codes[vocabulary].keys())
      codes.push(`${vocabulary}:${code}`);
  return {
    documents: stats.documents + 1,
    languageDocuments: plus(stats.languageDocuments, [profile.language]),
    termDf: plus(
      stats.termDf,
      [...profile.terms.keys()].map((t) => termKey(profile.language, t)),
    ),
    conceptDf: plus(stats.conceptDf, profile.concepts.keys()),
    cognateDf: plus(stats.cognateDf, profile.cognates.keys()),
    codeDf: plus(stats.codeDf, codes),
  };
}

/** Key of a term in `CorpusStats.termDf`: stems count per language. */
export function termKey(language: string, stem: string): string {
  return `${language}\u0000${stem}`;
}

/** Letters a cognate key keeps, and the least a word must have for one. */
const COGNATE_LENGTH = 5;

/**
 * A language-independent key for words that share a (Latin, Greek or
 * English) root across languages: accents dropped, spelling variants
 * folded (c/k, ph/f, th/t, w/v, z/s, y/i, doubled letters), first five
 * letters. "dementia", "demens", "Demenz", "démence" → "demen"; "medication",
 * "medicin", "Medikament" → "medik"; "compression", "Kompression" → "kompr".
 */
export function cognateKey(word: string): string | undefined {
  if (word.length < COGNATE_LENGTH) return undefined;
  let key = COGNATES.get(word);
  if (key === undefined) {
    key = foldCognate(word);
    if (COGNATES.size >= 50_000) COGNATES.clear();
    COGNATES.set(word, key);
  }
  return key || undefined;
}
const COGNATES = new Map<string, string>();

function foldCognate(word: string): string {
  if (/\d/.test(word)) return '';
  const folded = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ch/g, 'k')
    .replace(/c/g, 'k')
    .replace(/qu/g, 'kv')
    .replace(/w/g, 'v')
    .replace(/z/g, 's')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
  return folded.length >= COGNATE_LENGTH ? folded.slice(0, COGNATE_LENGTH) : '';
}

/** BM25's IDF, always > 0: rare terms weigh more. */
export function idf(df: number | undefined, documents: number): number {
  const d = df ?? 0;
  return Math.log(1 + (documents - d + 0.5) / (d + 0.5));
}
