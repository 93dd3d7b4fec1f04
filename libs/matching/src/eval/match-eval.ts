/**
 * `npm run match:eval [file …]`: nDCG@5 and precision@3 of the matching
 * engine and of the naive baseline (shared care-area tags) on evaluation sets
 * in the opi-dataset/v1 format, overall and for needs not in English, and
 * the engine's speed. Default file: libs/dataset/testdata/matching-dev.json.
 */
import { type OpiDataset, validateDataset } from '@opi/dataset';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  baselineRanker,
  corpusStats,
  engineRanker,
  evaluate,
  type EvaluationResult,
  type MatchOffering,
  prepare,
  quickScore,
  rankProfiles,
  recordsOf,
} from '../index';

const DEFAULT_FILE = 'libs/dataset/testdata/matching-dev.json';

function load(file: string): OpiDataset {
  const doc: unknown = JSON.parse(readFileSync(resolve(file), 'utf8'));
  const result = validateDataset(doc);
  if (!result.ok) {
    const problems = result.problems
      .slice(0, 10)
      .map((p) => `  ${p.path}: ${p.message}`)
      .join('\n');
    throw new Error(
      `${file} is not a valid opi-dataset/v1 document:\n${problems}`,
    );
  }
  return result.dataset;
}

const f3 = (x: number) => x.toFixed(3);

function table(engine: EvaluationResult, baseline: EvaluationResult): string {
  const rows = [
    ['', 'needs', 'nDCG@5', 'P@3', 'baseline nDCG@5', 'baseline P@3'],
    [
      'overall',
      String(engine.overall.needs),
      f3(engine.overall.ndcg5),
      f3(engine.overall.precision3),
      f3(baseline.overall.ndcg5),
      f3(baseline.overall.precision3),
    ],
    [
      'non-English',
      String(engine.nonEnglish.needs),
      f3(engine.nonEnglish.ndcg5),
      f3(engine.nonEnglish.precision3),
      f3(baseline.nonEnglish.ndcg5),
      f3(baseline.nonEnglish.precision3),
    ],
  ];
  const widths = rows[0].map((_, i) =>
    Math.max(...rows.map((r) => r[i].length)),
  );
  return rows
    .map((r) =>
      r
        .map((cell, i) =>
          i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]),
        )
        .join('  '),
    )
    .join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** µs per (need, offering) pair, and ms to rank 300 candidates for one need. */
function timing(file: string): string {
  const records = recordsOf(load(file));
  const needs = records.needs.map(prepare);
  const offerings = records.offerings.map(prepare);
  const stats = corpusStats([...needs, ...offerings]);
  // warm-up
  for (const n of needs) for (const o of offerings) quickScore(n, o, stats);
  const rounds = 20;
  const start = now();
  for (let r = 0; r < rounds; r++)
    for (const n of needs) for (const o of offerings) quickScore(n, o, stats);
  const perPair =
    ((now() - start) * 1000) / (rounds * needs.length * offerings.length);

  // 300 candidates: the file's offerings repeated under new ids
  const many: MatchOffering[] = [];
  for (let i = 0; many.length < 300; i++) {
    const o = records.offerings[i % records.offerings.length];
    many.push({ ...o, id: `${o.id}#${i}`, title: `${o.title} ${i}` });
  }
  const cachedProfiles = many.map(prepare);
  const corpus = corpusStats(cachedProfiles);
  rankProfiles(prepare(records.needs[0]), cachedProfiles, { stats: corpus });
  const cached = records.needs.map((need) => {
    const t = now();
    rankProfiles(prepare({ ...need }), cachedProfiles, {
      limit: 20,
      stats: corpus,
    });
    return now() - t;
  });
  const withStats = records.needs.map((need) => {
    const t = now();
    rankProfiles(prepare({ ...need }), cachedProfiles, { limit: 20 });
    return now() - t;
  });
  const scratch = records.needs.slice(0, 5).map((need, k) => {
    const fresh = many.map((o) => ({
      ...o,
      description: `${o.description} ${k}`,
    }));
    const t = now();
    rankProfiles(prepare(need), fresh.map(prepare), { limit: 20 });
    return now() - t;
  });
  return [
    `speed: ${perPair.toFixed(1)} µs per (need, offering) pair after warm-up (score only)`,
    `       ${median(cached).toFixed(1)} ms to rank 300 candidates for one need: need prepared, candidates' profiles and corpus stats cached (median)`,
    `       ${median(withStats).toFixed(1)} ms the same, corpus stats computed over the 301 profiles (median)`,
    `       ${median(scratch).toFixed(1)} ms to rank 300 candidates from scratch (all 301 profiles prepared; median)`,
  ].join('\n');
}

function main(argv: readonly string[]): void {
  const files = argv.length > 0 ? argv : [DEFAULT_FILE];
  for (const file of files) {
    const records = recordsOf(load(file));
    const engine = evaluate(records, engineRanker);
    const baseline = evaluate(records, baselineRanker);
    console.log(
      `\n${file}: ${records.needs.length} needs, ${records.offerings.length} offerings (candidates: all)`,
    );
    console.log(table(engine, baseline));
    if (process.env['MATCH_EVAL_VERBOSE']) {
      for (const r of engine.perNeed)
        console.log(
          `  ${r.language}  nDCG@5 ${f3(r.ndcg5)}  P@3 ${f3(r.precision3)}`,
        );
    }
  }
  console.log(`\n${timing(files[0])}`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
