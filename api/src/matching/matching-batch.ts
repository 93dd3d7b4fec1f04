import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { BatchRanking, type MatchProfile, type RankedProfile } from '@opi/matching';

import { CandidateFinder, type CandidateMemo, STORED } from './candidates';
import { MatchIndexService } from './match-index.service';
import { toReason } from './match-records';
import { ProfileStore } from './profile-store';

/** Needs per round: their profiles and the scores of all their candidates are held in memory (about 100 MB for 5,000). */
const NEEDS_PER_ROUND = 5_000;
/** Candidate profiles read per query. */
const PAGE = 1_000;
/** Needs whose results one transaction writes. */
const WRITE = 500;

export interface BatchResult {
  needs: number;
  ms: number;
}

/**
 * "Recompute all" for needs: the proposals of every need, the same ones a
 * need's own recomputation gives (MatchingService.recomputeNeed: the same
 * candidates, statistics and engine), but with the work shared. Each
 * candidate's profile is read once per round for all the needs it is a
 * candidate of, instead of once per need (20,000 needs × 300 candidates), and
 * results are written 500 needs at a time.
 */
@Injectable()
export class MatchingBatch {
  private readonly logger = new Logger(MatchingBatch.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly profileStore: ProfileStore,
    private readonly matchIndex: MatchIndexService,
    private readonly candidateFinder: CandidateFinder,
  ) {}

  /** Recomputes the proposals of `needIds`, or of every need. */
  async recomputeNeeds(needIds?: readonly string[]): Promise<BatchResult> {
    const started = performance.now();
    const ids =
      needIds ?? ((await this.dataSource.query(`SELECT id FROM needs ORDER BY id`)) as Array<{ id: string }>).map((r) => r.id);
    const memo = await this.candidateFinder.memo('offerings');
    let done = 0;
    for (let i = 0; i < ids.length; i += NEEDS_PER_ROUND) {
      done += await this.round(ids.slice(i, i + NEEDS_PER_ROUND), memo);
      this.logger.log(`Recomputed the proposals of ${done} of ${ids.length} needs`);
    }
    return { needs: done, ms: Math.round(performance.now() - started) };
  }

  private async round(needIds: readonly string[], memo: CandidateMemo): Promise<number> {
    const started = performance.now();
    const subjects = await this.profileStore.profilesOf('need', needIds);
    const index = await this.matchIndex.current();
    const ranking = new BatchRanking(subjects, index.stats('offering'), STORED);

    // Which needs each offering is a candidate of.
    const candidateOf = new Map<string, number[]>();
    const counts: number[] = [];
    for (const [i, subject] of subjects.entries()) {
      const ids = await this.candidateFinder.of('offerings', subject, memo);
      counts.push(ids.length);
      for (const id of ids) add(candidateOf, id, i);
    }
    await this.eachOffering([...candidateOf.keys()], (offering) => ranking.offer(offering, candidateOf.get(offering.id) ?? []));

    // The best of each need, explained: their profiles are read once more.
    const best = subjects.map((_, i) => ranking.best(i));
    const bestOf = new Map<string, number[]>();
    best.forEach((ids, i) => ids.forEach((id) => add(bestOf, id, i)));
    const proposals: Array<Array<RankedProfile | undefined>> = best.map((ids) => new Array(ids.length));
    await this.eachOffering([...bestOf.keys()], (offering) => {
      for (const i of bestOf.get(offering.id) ?? []) proposals[i][best[i].indexOf(offering.id)] = ranking.explain(i, offering);
    });

    const msPerNeed = Math.round((performance.now() - started) / Math.max(1, subjects.length));
    for (let i = 0; i < subjects.length; i += WRITE) {
      await this.store(
        subjects.slice(i, i + WRITE).map((subject, k) => ({
          needId: subject.id,
          // One deleted meanwhile is left out.
          proposals: proposals[i + k].filter((p): p is RankedProfile => p !== undefined),
          candidates: counts[i + k],
        })),
        msPerNeed,
      );
    }
    return subjects.length;
  }

  /** Reads the stored profiles of `ids` a page at a time. */
  private async eachOffering(ids: readonly string[], visit: (offering: MatchProfile) => void): Promise<void> {
    for (let i = 0; i < ids.length; i += PAGE) {
      for (const profile of await this.profileStore.profilesOf('offering', ids.slice(i, i + PAGE))) visit(profile);
    }
  }

  /** Replaces the stored proposals of these needs, and records their runs, in one transaction. */
  private async store(
    results: ReadonlyArray<{ needId: string; proposals: readonly RankedProfile[]; candidates: number }>,
    msPerNeed: number,
  ): Promise<void> {
    const rows = results.flatMap((r) =>
      r.proposals.map((p, index) => [r.needId, p.id, index + 1, p.score, JSON.stringify(p.reasons.map(toReason))] as const),
    );
    const column = <K extends 0 | 1 | 2 | 3 | 4>(k: K) => rows.map((row) => row[k]);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM need_matches WHERE need_id = ANY($1::uuid[])`, [results.map((r) => r.needId)]);
      // Records deleted meanwhile have no row to join.
      await manager.query(
        `INSERT INTO need_matches (need_id, offering_id, rank, score, reasons)
         SELECT s.need_id, s.offering_id, s.rank, s.score, s.reasons
           FROM unnest($1::uuid[], $2::uuid[], $3::smallint[], $4::real[], $5::jsonb[]) AS s(need_id, offering_id, rank, score, reasons)
           JOIN needs n ON n.id = s.need_id JOIN offerings o ON o.id = s.offering_id`,
        [column(0), column(1), column(2), column(3), column(4)],
      );
      await manager.query(
        `INSERT INTO match_runs (subject_type, subject_id, computed_at, compute_ms, candidates)
         SELECT 'need', s.id, now(), $2, s.candidates FROM unnest($1::uuid[], $3::int[]) AS s(id, candidates)
           JOIN needs n ON n.id = s.id
         ON CONFLICT (subject_type, subject_id) DO UPDATE
           SET computed_at = EXCLUDED.computed_at, compute_ms = EXCLUDED.compute_ms, candidates = EXCLUDED.candidates`,
        [results.map((r) => r.needId), msPerNeed, results.map((r) => r.candidates)],
      );
    });
  }
}

function add(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
