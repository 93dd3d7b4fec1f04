import type { OpiDataset } from '@opi/dataset';
import { normaliseLanguage } from '@opi/text-analysis';
import { corpusStats } from '../profile';
import { profileOf, rankOfferings } from '../rank';
import type { CorpusStats } from '../types';
import type { MatchNeed, MatchOffering, MatchOrganisation } from '../types';
import { type Judgements, ndcgAt, precisionAt } from './metrics';

/** The records of an `opi-dataset/v1` document, as matching takes them (ids are the refs). */
export interface DatasetRecords {
  readonly organisations: ReadonlyMap<string, MatchOrganisation>;
  readonly needs: readonly MatchNeed[];
  readonly offerings: readonly MatchOffering[];
  /** Need id → judgements (evaluation sets only). */
  readonly judgements: ReadonlyMap<string, Judgements>;
}

export function recordsOf(dataset: OpiDataset): DatasetRecords {
  const organisations = new Map<string, MatchOrganisation>();
  for (const o of dataset.organisations) {
    organisations.set(o.ref, {
      id: o.ref,
      country: o.country,
      region: o.region ?? null,
      kind: o.kind,
      careAreas: o.careAreas ?? [],
      testSite: o.testSite
        ? {
            offered: o.testSite.offered,
            settings: o.testSite.settings ?? [],
            capacity: o.testSite.capacity ?? null,
          }
        : null,
    });
  }
  const organisationOf = (ref: string): MatchOrganisation =>
    organisations.get(ref) ?? { id: ref, country: '', region: null, kind: '' };
  const needs: MatchNeed[] = dataset.needs.map((n) => ({
    id: n.ref,
    title: n.title,
    description: n.description,
    language: n.language ?? null,
    careAreas: n.careAreas ?? [],
    targetGroups: n.targetGroups ?? [],
    settings: n.settings ?? [],
    minTrl: n.minTrl ?? null,
    testSiteOffered: Boolean(n.testSiteOffered),
    organisation: organisationOf(n.organisationRef),
  }));
  const offerings: MatchOffering[] = dataset.offerings.map((o) => ({
    id: o.ref,
    title: o.title,
    description: o.description,
    language: o.language ?? null,
    careAreas: o.careAreas ?? [],
    targetGroups: o.targetGroups ?? [],
    settings: o.settings ?? [],
    trl: o.trl ?? null,
    seekingTestSite: Boolean(o.seekingTestSite),
    organisation: organisationOf(o.organisationRef),
  }));
  const judgements = new Map<string, Judgements>(
    (dataset.expectedMatches ?? []).map((e) => [e.needRef, e.relevant]),
  );
  return { organisations, needs, offerings, judgements };
}

/** Ranks every offering for a need: offering ids, best first. */
export type Ranker = (
  need: MatchNeed,
  offerings: readonly MatchOffering[],
  records: DatasetRecords,
) => string[];

/** Corpus statistics of a dataset's offerings, as the API's `MatchIndex` keeps them. */
const STATS = new WeakMap<DatasetRecords, CorpusStats>();
function statsOf(records: DatasetRecords): CorpusStats {
  let stats = STATS.get(records);
  if (!stats) {
    stats = corpusStats(records.offerings.map((r) => profileOf(r)));
    STATS.set(records, stats);
  }
  return stats;
}

/** The engine: `rankOfferings` over all offerings, with the IDF of all of them. */
export const engineRanker: Ranker = (need, offerings, records) =>
  rankOfferings(need, offerings, { stats: statsOf(records) }).map(
    (p) => p.item.id,
  );

/** The naive baseline: most shared care-area tags first, ties in the offerings' order. */
export const baselineRanker: Ranker = (need, offerings) =>
  offerings
    .map((o, index) => ({
      id: o.id,
      index,
      shared: o.careAreas.filter((c) => need.careAreas.includes(c)).length,
    }))
    .sort((a, b) => b.shared - a.shared || a.index - b.index)
    .map((o) => o.id);

export interface NeedResult {
  readonly needId: string;
  readonly language: string;
  readonly ndcg5: number;
  readonly precision3: number;
}

export interface Summary {
  readonly needs: number;
  readonly ndcg5: number;
  readonly precision3: number;
}

export interface EvaluationResult {
  readonly overall: Summary;
  readonly nonEnglish: Summary;
  readonly perNeed: readonly NeedResult[];
}

function summarise(results: readonly NeedResult[]): Summary {
  const n = results.length;
  const mean = (f: (r: NeedResult) => number) =>
    n === 0 ? 0 : results.reduce((sum, r) => sum + f(r), 0) / n;
  return {
    needs: n,
    ndcg5: mean((r) => r.ndcg5),
    precision3: mean((r) => r.precision3),
  };
}

/**
 * nDCG@5 and precision@3 of `ranker` over the needs with expected matches,
 * overall and for needs not in English (the language given, else the one
 * detected). Candidates: every offering of the file.
 */
export function evaluate(
  records: DatasetRecords,
  ranker: Ranker,
): EvaluationResult {
  const perNeed: NeedResult[] = [];
  for (const need of records.needs) {
    const judgements = records.judgements.get(need.id);
    if (!judgements) continue;
    const ranked = ranker(need, records.offerings, records);
    perNeed.push({
      needId: need.id,
      language: normaliseLanguage(need.language) ?? profileOf(need).language,
      ndcg5: ndcgAt(ranked, judgements, 5),
      precision3: precisionAt(ranked, judgements, 3),
    });
  }
  return {
    overall: summarise(perNeed),
    nonEnglish: summarise(perNeed.filter((r) => r.language !== 'en')),
    perNeed,
  };
}
