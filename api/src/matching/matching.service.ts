import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Subscription } from 'rxjs';

import type {
  MatchFeedback,
  MatchList,
  MatchReason,
  MatchingStatus,
  OfferingMatch,
  RecomputeAllResult,
  OrganisationMatch,
  SimilarNeedMatch,
  TestSiteMatch as TestSiteMatchDto,
} from '@opi/contracts';
import {
  type MatchNeed,
  type MatchOffering,
  type MatchOrganisation,
  ProfileCache,
  rankNeeds,
  rankOfferings,
  rankProfiles,
  rankTestSites,
  type RankOptions,
  type TestSiteCandidate,
} from '@opi/matching';

import type { AuthUser } from '../common/auth/auth-user';
import { RecordEvents } from '../common/record-events';
import { JobQueue } from '../jobs/job-queue';
import { toNeedDto, toOfferingDto } from '../marketplace/marketplace.mapper';
import { Need } from '../needs/need.entity';
import { NeedsService } from '../needs/needs.service';
import { Offering } from '../offerings/offering.entity';
import { OfferingsService } from '../offerings/offerings.service';
import { Organisation } from '../organisations/organisation.entity';
import { CANDIDATES, CandidateFinder, STORED } from './candidates';
import { MatchingBatch } from './matching-batch';
import { MatchIndexService } from './match-index.service';
import { MatchFeedbackEntry, MatchRun, NeedMatch, TestSiteMatch } from './match.entities';
import { toMatchNeed, toMatchOffering, toMatchOrganisation, toReason } from './match-records';
import { type ProfileKind, ProfileStore } from './profile-store';

/** At most this many needs an offering's change queues for recomputation, beyond those showing it. */
const REMATCH_LIMIT = 500;

/**
 * Partnership proposals (need → offerings) and test sites (offering →
 * municipalities and hospitals). Stage 1 finds candidates (CandidateFinder:
 * shared words and concepts through the in-memory matching index, shared
 * tags in SQL); stage 2 ranks them with @opi/matching, weighing words by the
 * whole corpus (MatchIndex.stats), and keeps the best with their reasons.
 * Results are stored and read from storage; a change to a need or offering
 * drops the stored results it affects and queues their recomputation, and a
 * read that finds none computes them on the spot. "Recompute all" does every
 * need in one job (MatchingBatch).
 */
@Injectable()
export class MatchingService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MatchingService.name);
  /**
   * Prepared profiles of what has no stored profile (knowledge institutions read as offerings),
   * keyed by their content; needs and offerings come from the ProfileStore.
   */
  private readonly profiles = new ProfileCache(5_000);
  private subscription?: Subscription;
  /** Work started by changes, still under way; and the signal that stops it when the application shuts down. */
  private readonly background = new Set<Promise<unknown>>();
  private readonly stopping = new AbortController();

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly events: RecordEvents,
    private readonly needs: NeedsService,
    private readonly offerings: OfferingsService,
    private readonly profileStore: ProfileStore,
    private readonly matchIndex: MatchIndexService,
    private readonly candidateFinder: CandidateFinder,
    private readonly batch: MatchingBatch,
  ) {}

  onModuleInit(): void {
    this.jobs.registerWorker<{ needId: string }>({
      name: 'match-need',
      run: ({ needId }) => this.recomputeNeed(needId),
    });
    this.jobs.registerWorker<{ offeringId: string }>({
      name: 'match-offering',
      run: ({ offeringId }) => this.recomputeTestSites(offeringId),
    });
    this.jobs.registerWorker({
      name: 'match-all-needs',
      run: () => this.recomputeAllJob(),
      expireInSeconds: 4 * 3600,
    });
    this.jobs.registerWorker({
      name: 'match-profiles',
      run: () => this.prepareAllProfiles(),
      // What the demo seed imported before the queue ran, or what a new engine version left stale.
      atStart: {},
    });
    this.subscription = this.events.changes.subscribe((change) => {
      const work =
        change.type === 'bulk'
          ? this.afterImport()
          : this.invalidate(change.type, change.id);
      const tracked = work
        .catch((error: Error) => this.logger.error(`Could not refresh matches after a change: ${error.message}`))
        .finally(() => this.background.delete(tracked));
      this.background.add(tracked);
    });
  }

  /** Stops taking changes, and lets the work under way end (a long preparation stops at its next batch). */
  async onModuleDestroy(): Promise<void> {
    this.subscription?.unsubscribe();
    this.stopping.abort();
    await Promise.allSettled([...this.background]);
  }

  // ——— reads ———

  async matchesForNeed(needId: string, user: AuthUser | undefined, limit: number): Promise<MatchList<OfferingMatch>> {
    await this.needs.get(needId, user); // 404 unless the reader may see the need
    const run = (await this.runOf('need', needId)) ?? (await this.recomputeNeed(needId));
    const rows: Array<{
      offering_id: string;
      score: number;
      reasons: MatchReason[];
    }> = await this.dataSource.query(
      `SELECT m.offering_id, m.score, m.reasons
         FROM need_matches m
         JOIN offerings o ON o.id = m.offering_id AND o.status = 'published'
         JOIN organisations org ON org.id = o.organisation_id AND org.status = 'published'
        WHERE m.need_id = $1
          AND NOT EXISTS (SELECT 1 FROM match_feedback f
                           WHERE f.user_id = $2 AND f.subject_id = m.need_id AND f.candidate_id = m.offering_id
                             AND f.verdict = 'hidden')
        ORDER BY m.rank LIMIT $3`,
      [needId, user?.id ?? null, limit],
    );
    const offerings = await this.dataSource.manager.find(Offering, {
      where: { id: In(rows.map((r) => r.offering_id)) },
      relations: { organisation: true },
    });
    const byId = new Map(offerings.map((o) => [o.id, o]));
    const feedback = await this.feedbackOf(user, needId);
    return {
      items: rows
        .filter((r) => byId.has(r.offering_id))
        .map((r) => ({
          offering: toOfferingDto(byId.get(r.offering_id)!, {
            showContact: !!user,
          }),
          score: round(r.score),
          reasons: r.reasons,
          feedback: feedback.get(r.offering_id) ?? null,
        })),
      computedAt: run.computedAt.toISOString(),
      computeMs: run.computeMs,
    };
  }

  async testSitesForOffering(
    offeringId: string,
    user: AuthUser | undefined,
    limit: number,
  ): Promise<MatchList<TestSiteMatchDto>> {
    await this.offerings.get(offeringId, user);
    const run = (await this.runOf('offering', offeringId)) ?? (await this.recomputeTestSites(offeringId));
    const rows: TestSiteMatch[] = await this.dataSource.manager
      .createQueryBuilder(TestSiteMatch, 'm')
      .innerJoinAndSelect('m.organisation', 'organisation', "organisation.status = 'published'")
      .leftJoinAndSelect('m.need', 'need', "need.status = 'published'")
      .leftJoinAndSelect('need.organisation', 'needOrganisation')
      .where('m.offering_id = :offeringId', { offeringId })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM match_feedback f WHERE f.user_id = :userId AND f.subject_id = m.offering_id
                      AND f.candidate_id = m.organisation_id AND f.verdict = 'hidden')`,
        { userId: user?.id ?? null },
      )
      .orderBy('m.rank', 'ASC')
      .limit(limit)
      .getMany();
    const feedback = await this.feedbackOf(user, offeringId);
    return {
      items: rows.map((m) => ({
        organisation: {
          id: m.organisation.id,
          name: m.organisation.name,
          kind: m.organisation.kind,
          country: m.organisation.country,
          region: m.organisation.region,
        },
        ...(m.need && { need: toNeedDto(m.need, { showContact: !!user }) }),
        score: round(m.score),
        reasons: m.reasons,
        feedback: feedback.get(m.organisationId) ?? null,
      })),
      computedAt: run.computedAt.toISOString(),
      computeMs: run.computeMs,
    };
  }

  /** "Interesting", "hidden" (not relevant: left out of this user's lists), or null to take it back. */
  async setFeedback(
    user: AuthUser,
    subjectId: string,
    candidateId: string,
    verdict: MatchFeedback | null,
  ): Promise<void> {
    if (verdict === null) {
      await this.dataSource.manager.delete(MatchFeedbackEntry, {
        userId: user.id,
        subjectId,
        candidateId,
      });
      return;
    }
    await this.dataSource.manager.upsert(
      MatchFeedbackEntry,
      { userId: user.id, subjectId, candidateId, verdict },
      { conflictPaths: ['userId', 'subjectId', 'candidateId'] },
    );
  }

  /**
   * Needs like this one at other municipalities and hospitals, so they can
   * join forces on one test or one procurement. Computed when asked (not
   * stored): the list is short-lived and cheap next to the partnership ones.
   */
  async similarNeeds(needId: string, user: AuthUser | undefined, limit: number): Promise<MatchList<SimilarNeedMatch>> {
    await this.needs.get(needId, user);
    const started = performance.now();
    const need = await this.dataSource.manager.findOneOrFail(Need, {
      where: { id: needId },
      relations: { organisation: true },
    });
    const [subject] = await this.profileStore.profilesOf('need', [needId]);
    const index = await this.matchIndex.current();
    const ids = await this.candidateFinder.of('needs', subject);
    const others = await this.dataSource.manager.find(Need, {
      where: { id: In(ids) },
      relations: { organisation: true },
    });
    const hidden = await this.feedbackOf(user, needId);
    const elsewhere = others.filter((n) => n.organisationId !== need.organisationId && hidden.get(n.id) !== 'hidden');
    const proposals = rankNeeds(toMatchNeed(need), elsewhere.map(toMatchNeed), {
      limit,
      profiles: await this.storedProfiles([], [need, ...elsewhere]),
      stats: index.stats('need'),
    });
    const byId = new Map(elsewhere.map((n) => [n.id, n]));
    return {
      items: proposals.map((p) => ({
        need: toNeedDto(byId.get(p.item.id)!, { showContact: !!user }),
        score: round(p.score),
        reasons: p.reasons.map(toReason),
        feedback: hidden.get(p.item.id) ?? null,
      })),
      computedAt: new Date().toISOString(),
      computeMs: Math.round(performance.now() - started),
    };
  }

  /**
   * Knowledge institutions that could evaluate a test of the need: each
   * institution read as its description, expertise, research groups and
   * evaluation services, ranked against the need with the same engine.
   * Computed when asked.
   */
  async evaluationPartners(
    needId: string,
    user: AuthUser | undefined,
    limit: number,
  ): Promise<MatchList<OrganisationMatch>> {
    await this.needs.get(needId, user);
    const started = performance.now();
    const need = await this.dataSource.manager.findOneOrFail(Need, {
      where: { id: needId },
      relations: { organisation: true },
    });
    const institutions = await this.dataSource.manager.find(Organisation, {
      where: { kind: 'knowledge_institution', status: 'published' },
      take: CANDIDATES,
    });
    const feedback = await this.feedbackOf(user, needId);
    const candidates = institutions.filter((org) => feedback.get(org.id) !== 'hidden').map(asOffering);
    const proposals = rankOfferings(toMatchNeed(need), candidates, {
      limit,
      profiles: this.profiles,
    });
    const byId = new Map(institutions.map((o) => [o.id, o]));
    return {
      items: proposals.map((p) => {
        const org = byId.get(p.item.id)!;
        return {
          organisation: {
            id: org.id,
            name: org.name,
            kind: org.kind,
            country: org.country,
            region: org.region,
          },
          score: round(p.score),
          // A maturity level says nothing about an institution.
          reasons: p.reasons.filter((r) => !r.code.startsWith('trl-') && r.code !== 'test-site-fit').map(toReason),
          feedback: feedback.get(org.id) ?? null,
        };
      }),
      computedAt: new Date().toISOString(),
      computeMs: Math.round(performance.now() - started),
    };
  }

  // ——— computing ———

  /** Ranks the published offerings for a need from scratch and stores the best. */
  async recomputeNeed(needId: string): Promise<MatchRun> {
    const started = performance.now();
    const need = await this.dataSource.manager.findOneBy(Need, { id: needId });
    const [subject] = need ? await this.profileStore.profilesOf('need', [needId]) : [];
    if (!need || !subject) return this.emptyRun('need', needId);
    const index = await this.matchIndex.current();
    const candidates = await this.profileStore.profilesOf('offering', await this.candidateFinder.of('offerings', subject));
    const proposals = rankProfiles(subject, candidates, { limit: STORED, stats: index.stats('offering') });
    return this.dataSource.transaction(async (manager) => {
      await manager.delete(NeedMatch, { needId });
      if (proposals.length > 0) {
        await manager.insert(
          NeedMatch,
          proposals.map((p, index) => ({
            needId,
            offeringId: p.id,
            rank: index + 1,
            score: p.score,
            reasons: p.reasons.map(toReason),
          })),
        );
      }
      return this.saveRun(manager, 'need', needId, started, candidates.length);
    });
  }

  /** Ranks municipalities and hospitals (their published needs and test sites) for an offering. */
  async recomputeTestSites(offeringId: string): Promise<MatchRun> {
    const started = performance.now();
    const offering = await this.dataSource.manager.findOne(Offering, {
      where: { id: offeringId },
      relations: { organisation: true },
    });
    const [subject] = offering ? await this.profileStore.profilesOf('offering', [offeringId]) : [];
    if (!offering || !subject) return this.emptyRun('offering', offeringId);
    const codes = [...subject.codes.careArea.keys()];
    const index = await this.matchIndex.current();
    // Public organisations that host tests or have needs near the offering, with those needs.
    const needIds = await this.candidateFinder.of('needs', subject);
    const needs = await this.dataSource.manager.find(Need, {
      where: { id: In(needIds) },
      relations: { organisation: true },
    });
    const hosts = await this.dataSource.manager
      .createQueryBuilder(Organisation, 'org')
      .where("org.status = 'published'")
      .andWhere("org.kind IN ('municipality', 'hospital')")
      .andWhere("(org.test_site->>'offered')::boolean IS TRUE")
      .andWhere("(org.care_areas && :codes::text[] OR (org.test_site->'settings') ?| :settings::text[])", {
        codes,
        settings: offering.settings,
      })
      .limit(CANDIDATES)
      .getMany();
    const sites = new Map<string, { organisation: MatchOrganisation; needs: MatchNeed[] }>();
    for (const org of [...needs.map((n) => n.organisation), ...hosts]) {
      if (!sites.has(org.id))
        sites.set(org.id, {
          organisation: toMatchOrganisation(org),
          needs: [],
        });
    }
    for (const need of needs) sites.get(need.organisationId)!.needs.push(toMatchNeed(need));
    const proposals = rankTestSites(toMatchOffering(offering), [...sites.values()] as TestSiteCandidate[], {
      limit: STORED,
      profiles: await this.storedProfiles([offering], needs),
      stats: index.stats('need'),
    }).slice(0, STORED);
    return this.dataSource.transaction(async (manager) => {
      await manager.delete(TestSiteMatch, { offeringId });
      if (proposals.length > 0) {
        await manager.insert(
          TestSiteMatch,
          proposals.map((p, index) => ({
            offeringId,
            organisationId: p.organisation.id,
            needId: p.need?.id ?? null,
            rank: index + 1,
            score: p.score,
            reasons: p.reasons.map(toReason),
          })),
        );
      }
      return this.saveRun(manager, 'offering', offeringId, started, needs.length + hosts.length);
    });
  }

  /**
   * After an import: stored results are recomputed when next read (or by
   * "recompute all"); the imported records' profiles are prepared in the
   * background — by the job queue, or by this process when it runs no jobs
   * (the matching index finds candidates among prepared profiles only).
   */
  private async afterImport(): Promise<void> {
    await this.dataSource.query('DELETE FROM match_runs');
    if (this.jobs.queue) await this.jobs.enqueue('match-profiles', {}, 'all');
    else await this.prepareAllProfiles();
  }

  /** Prepares every missing or out-of-date profile (the `match-profiles` job). */
  async prepareAllProfiles(): Promise<{ offerings: number; needs: number }> {
    const offerings = await this.profileStore.prepareAll('offering', this.stopping.signal);
    const needs = await this.profileStore.prepareAll('need', this.stopping.signal);
    // The index reads them now, rather than the first request after.
    if (offerings + needs > 0) await this.matchIndex.current();
    return { offerings, needs };
  }

  /** What is prepared and stored: records with an up-to-date profile, and needs and offerings with stored results. */
  async status(): Promise<MatchingStatus> {
    const [needs, offerings] = await Promise.all([this.profileStore.count('need'), this.profileStore.count('offering')]);
    const runs: Array<{ subject_type: ProfileKind; n: number }> = await this.dataSource.query(
      `SELECT subject_type, count(*)::int AS n FROM match_runs GROUP BY subject_type`,
    );
    const stored = (kind: ProfileKind) => runs.find((r) => r.subject_type === kind)?.n ?? 0;
    return {
      needs: { ...needs, results: stored('need') },
      offerings: { ...offerings, results: stored('offering') },
    };
  }

  /**
   * Recomputes every need's proposals and every offering's test sites in the background (admins,
   * after a change of weights): one job for all needs (MatchingBatch), then one per offering.
   */
  async recomputeAll(): Promise<RecomputeAllResult> {
    const [{ needs, offerings }]: Array<{ needs: number; offerings: number }> = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM needs) AS needs, (SELECT count(*)::int FROM offerings) AS offerings`,
    );
    await this.dataSource.query(`DELETE FROM match_runs`);
    // Profiles prepared by an earlier version of the engine are prepared again (and on the way, when read).
    await this.jobs.enqueue('match-profiles', {}, 'all');
    await this.jobs.enqueue('match-all-needs', {}, 'all');
    return { needs, offerings, queued: this.jobs.queue !== null };
  }

  /** The `match-all-needs` job: every need at once, then each offering's test sites. */
  private async recomputeAllJob(): Promise<void> {
    const result = await this.batch.recomputeNeeds();
    this.logger.log(`Recomputed the proposals of ${result.needs} needs in ${Math.round(result.ms / 1000)} s`);
    const offerings: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM offerings`);
    for (const { id } of offerings) await this.jobs.enqueue('match-offering', { offeringId: id }, id);
  }

  /**
   * A record changed: its own stored results, and those that show it, are out
   * of date. They are dropped (a read recomputes them) and queued.
   */
  private async invalidate(type: 'need' | 'offering' | 'organisation', id: string): Promise<void> {
    const needIds = new Set<string>();
    const offeringIds = new Set<string>();
    // The record's own profile first: the recomputations read it (and the index, at once).
    if (type !== 'organisation') {
      const [profile] = await this.profileStore.profilesOf(type, [id]);
      if (profile) this.matchIndex.put(profile);
      else this.matchIndex.remove(id);
    }
    if (type === 'need') {
      needIds.add(id);
      for (const r of await this.dataSource.query(`SELECT offering_id FROM test_site_matches WHERE need_id = $1`, [
        id,
      ])) {
        offeringIds.add(r.offering_id);
      }
    } else if (type === 'offering') {
      offeringIds.add(id);
      // Needs that show it, and the needs it could now join (same care areas and target groups
      // or settings), newest first; a bounded number, so one edit cannot flood the queue.
      const rows: Array<{ need_id: string }> = await this.dataSource.query(
        `SELECT need_id FROM need_matches WHERE offering_id = $1
         UNION
         (SELECT n.id FROM needs n, offerings o
           WHERE o.id = $1 AND n.status = 'published' AND n.care_areas && o.care_areas
             AND (n.target_groups && o.target_groups OR n.settings && o.settings)
           ORDER BY n.updated_at DESC LIMIT $2)`,
        [id, REMATCH_LIMIT],
      );
      for (const r of rows) needIds.add(r.need_id);
    } else {
      for (const r of await this.dataSource.query(`SELECT id FROM needs WHERE organisation_id = $1`, [id]))
        needIds.add(r.id);
      for (const r of await this.dataSource.query(`SELECT id FROM offerings WHERE organisation_id = $1`, [id]))
        offeringIds.add(r.id);
    }
    await this.dataSource.query(
      `DELETE FROM match_runs WHERE (subject_type = 'need' AND subject_id = ANY($1::uuid[]))
                                 OR (subject_type = 'offering' AND subject_id = ANY($2::uuid[]))`,
      [[...needIds], [...offeringIds]],
    );
    for (const needId of needIds) await this.jobs.enqueue('match-need', { needId }, needId);
    for (const offeringId of offeringIds) await this.jobs.enqueue('match-offering', { offeringId }, offeringId);
  }

  /** A profile source for the engine that reads the stored profiles of these records (what they lack is prepared). */
  private async storedProfiles(
    offerings: readonly Offering[],
    needs: readonly Need[],
  ): Promise<NonNullable<RankOptions['profiles']>> {
    const [offeringProfiles, needProfiles] = await Promise.all([
      this.profileStore.profilesOf('offering', offerings.map((o) => o.id)),
      this.profileStore.profilesOf('need', needs.map((n) => n.id)),
    ]);
    const stored = new Map([...offeringProfiles, ...needProfiles].map((p) => [`${p.kind}:${p.id}`, p]));
    return {
      profileOf: (record) =>
        stored.get(`${'seekingTestSite' in record ? 'offering' : 'need'}:${record.id}`) ?? this.profiles.profileOf(record),
    };
  }

  private runOf(subjectType: 'need' | 'offering', subjectId: string): Promise<MatchRun | null> {
    return this.dataSource.manager.findOneBy(MatchRun, {
      subjectType,
      subjectId,
    });
  }

  private async feedbackOf(user: AuthUser | undefined, subjectId: string): Promise<Map<string, MatchFeedback>> {
    if (!user) return new Map();
    const rows = await this.dataSource.manager.findBy(MatchFeedbackEntry, {
      userId: user.id,
      subjectId,
    });
    return new Map(rows.map((r) => [r.candidateId, r.verdict]));
  }

  private async saveRun(
    manager: EntityManager,
    subjectType: 'need' | 'offering',
    subjectId: string,
    started: number,
    candidates: number,
  ): Promise<MatchRun> {
    const run = manager.create(MatchRun, {
      subjectType,
      subjectId,
      computedAt: new Date(),
      computeMs: Math.round(performance.now() - started),
      candidates,
    });
    await manager.upsert(MatchRun, run, {
      conflictPaths: ['subjectType', 'subjectId'],
    });
    return run;
  }

  private emptyRun(subjectType: 'need' | 'offering', subjectId: string): MatchRun {
    return Object.assign(new MatchRun(), {
      subjectType,
      subjectId,
      computedAt: new Date(),
      computeMs: 0,
      candidates: 0,
    });
  }
}

const round = (score: number) => Math.round(score * 1000) / 1000;

/** A knowledge institution read as what it offers: its expertise and evaluation services. */
function asOffering(org: Organisation): MatchOffering {
  const details = org.details ?? {};
  const lists = [org.expertise, details.researchGroups ?? [], details.evaluationServices ?? []].flat();
  return {
    id: org.id,
    title: org.name,
    description: [org.description, ...lists].filter(Boolean).join('. '),
    language: null,
    careAreas: org.careAreas,
    targetGroups: [],
    settings: [],
    trl: null,
    seekingTestSite: false,
    organisation: toMatchOrganisation(org),
  };
}
