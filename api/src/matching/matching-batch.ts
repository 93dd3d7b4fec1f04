import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { BatchRanking, type MatchProfile } from '@opi/matching';

import { CandidateFinder, type CandidateMemo, STORED } from './candidates';
import { toReason } from './match-records';
import { ProfileStore } from './profile-store';

/**
 * Needs per round: their profiles and the scores of their candidates are held in memory (a few
 * hundred MB for 10,000); each round reads the profiles of its candidates once.
 */
const NEEDS_PER_ROUND = 10_000;
/** Candidate profiles read per query. */
const PAGE = 1_000;
/** Needs whose results one transaction writes. */
const WRITE = 500;
/**
 * Transactions writing at the same time (on disjoint needs): PostgreSQL's work to store a round
 * (checking keys, filling three indexes) then uses both cores while the last round's results
 * are written, when nothing else is left to compute.
 */
const WRITERS = 2;

/** A proposal as stored: the offering, its score and its reasons as JSON. */
interface Proposal {
  id: string;
  score: number;
  reasons: string;
}

/** What a round computed: for each need, its proposals, best first. */
interface RoundResults {
  subjects: number;
  /** When the round read the needs: a need recomputed on its own since keeps that newer result. */
  startedAt: Date;
  msPerNeed: number;
  needs: Array<{ needId: string; proposals: Proposal[]; candidates: number }>;
}

export interface BatchResult {
  needs: number;
  ms: number;
}

/**
 * "Recompute all" for needs: the proposals of every need, the same ones a
 * need's own recomputation gives (MatchingService.recomputeNeed: the same
 * candidates, statistics and engine), but with the work shared. Each
 * candidate's profile is read once per round (10,000 needs) for all the needs
 * it is a candidate of, instead of once per need (20,000 needs × 300
 * candidates), and results are written 500 needs at a time, while the next
 * round computes.
 */
@Injectable()
export class MatchingBatch {
  private readonly logger = new Logger(MatchingBatch.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly profileStore: ProfileStore,
    private readonly candidateFinder: CandidateFinder,
  ) {}

  /** Recomputes the proposals of every need. */
  async recomputeNeeds(): Promise<BatchResult> {
    const started = performance.now();
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM needs ORDER BY id`);
    const ids = rows.map((r) => r.id);
    const memo = await this.candidateFinder.memo('offerings');
    let done = 0;
    // A round's results are written while the next round computes.
    let writing: Promise<void> = Promise.resolve();
    for (let i = 0; i < ids.length; i += NEEDS_PER_ROUND) {
      const results = await this.round(ids.slice(i, i + NEEDS_PER_ROUND), memo);
      await writing;
      writing = this.storeAll(results);
      writing.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
      done += results.subjects;
      const heapMb = Math.round(process.memoryUsage().heapUsed / 1_048_576);
      this.logger.log(`Recomputed the proposals of ${done} of ${ids.length} needs (heap in use: ${heapMb} MB)`);
    }
    await writing;
    return { needs: done, ms: Math.round(performance.now() - started) };
  }

  private async round(needIds: readonly string[], memo: CandidateMemo): Promise<RoundResults> {
    const startedAt = new Date();
    const started = performance.now();
    const subjects = await this.profileStore.profilesOf('need', needIds);
    const ranking = new BatchRanking(subjects, memo.index.stats('offering'), STORED);

    // Which needs each offering is a candidate of.
    const candidateOf = new Map<string, number[]>();
    const counts: number[] = [];
    // With the memo, finding candidates reads nothing from the database: one need after another.
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
    // Only what is stored is kept (not the profiles: thousands of them would stay in memory).
    const proposals: Array<Array<Proposal | undefined>> = best.map((ids) => new Array(ids.length));
    await this.eachOffering([...bestOf.keys()], (offering) => {
      for (const i of bestOf.get(offering.id) ?? []) {
        const { id, score, reasons } = ranking.explain(i, offering);
        proposals[i][best[i].indexOf(id)] = { id, score, reasons: JSON.stringify(reasons.map(toReason)) };
      }
    });

    return {
      subjects: subjects.length,
      startedAt,
      msPerNeed: Math.round((performance.now() - started) / Math.max(1, subjects.length)),
      needs: subjects.map((subject, i) => ({
        needId: subject.id,
        // One deleted meanwhile is left out.
        proposals: proposals[i].filter((p): p is Proposal => p !== undefined),
        candidates: counts[i],
      })),
    };
  }

  /** Writes a round's results, WRITE needs per transaction, WRITERS transactions at a time. */
  private async storeAll(results: RoundResults): Promise<void> {
    const { needs, startedAt, msPerNeed } = results;
    let next = 0;
    const writer = async () => {
      while (next < needs.length) {
        const from = next;
        next += WRITE;
        try {
          await this.store(needs.slice(from, from + WRITE), startedAt, msPerNeed);
        } catch (error) {
          next = needs.length; // the other writer stops after its transaction
          throw error;
        }
      }
    };
    // Settled, not all: the batch ends only once no transaction is left running.
    const outcomes = await Promise.allSettled(Array.from({ length: WRITERS }, writer));
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
  }

  /** Reads the stored profiles of `ids` a page at a time (the next page is read while one is visited). */
  private async eachOffering(ids: readonly string[], visit: (offering: MatchProfile) => void): Promise<void> {
    const read = (from: number) => {
      const page = this.profileStore.profilesOf('offering', ids.slice(from, from + PAGE));
      page.catch(() => undefined); // awaited in turn; not an unhandled rejection meanwhile
      return page;
    };
    let next = read(0);
    for (let i = 0; i < ids.length; i += PAGE) {
      const page = await next;
      if (i + PAGE < ids.length) next = read(i + PAGE);
      for (const profile of page) visit(profile);
    }
  }

  /**
   * Replaces the stored proposals of these needs, and records their runs, in one transaction —
   * except for needs recomputed on their own (after an edit) since `startedAt`: theirs are newer.
   */
  private async store(all: RoundResults['needs'], startedAt: Date, msPerNeed: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const newer: Array<{ id: string }> = await manager.query(
        `SELECT subject_id AS id FROM match_runs
          WHERE subject_type = 'need' AND subject_id = ANY($1::uuid[]) AND computed_at > $2
          FOR UPDATE`,
        [all.map((r) => r.needId), startedAt],
      );
      const skip = new Set(newer.map((r) => r.id));
      const results = all.filter((r) => !skip.has(r.needId));
      const rows = results.flatMap((r) =>
        r.proposals.map((p, index) => [r.needId, p.id, index + 1, p.score, p.reasons] as const),
      );
      const column = <K extends 0 | 1 | 2 | 3 | 4>(k: K) => rows.map((row) => row[k]);
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
         SELECT 'need', s.id, $4, $2, s.candidates FROM unnest($1::uuid[], $3::int[]) AS s(id, candidates)
           JOIN needs n ON n.id = s.id
         ON CONFLICT (subject_type, subject_id) DO UPDATE
           SET computed_at = EXCLUDED.computed_at, compute_ms = EXCLUDED.compute_ms, candidates = EXCLUDED.candidates`,
        [results.map((r) => r.needId), msPerNeed, results.map((r) => r.candidates), new Date()],
      );
    });
  }
}

function add(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
