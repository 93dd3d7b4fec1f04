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
import { analyseText } from '@opi/text-analysis';

import type { AuthUser } from '../common/auth/auth-user';
import { RecordEvents } from '../common/record-events';
import { JobQueue } from '../jobs/job-queue';
import { toNeedDto, toOfferingDto } from '../marketplace/marketplace.mapper';
import { Need } from '../needs/need.entity';
import { NeedsService } from '../needs/needs.service';
import { Offering } from '../offerings/offering.entity';
import { OfferingsService } from '../offerings/offerings.service';
import { Organisation } from '../organisations/organisation.entity';
import { MatchFeedbackEntry, MatchRun, NeedMatch, TestSiteMatch } from './match.entities';
import { toMatchNeed, toMatchOffering, toMatchOrganisation } from './match-records';
import { type ProfileKind, ProfileStore } from './profile-store';

/** How many candidates the SQL stage hands to the engine, and how many proposals are kept. */
export const CANDIDATES = 300;
export const STORED = 50;
/** Of the candidates, at most this many come from shared tags alone (the rest from shared words). */
const TAG_CANDIDATES = 100;
/** Words of the subject used to find candidates, and how common a word may be to count. */
const MAX_QUERY_WORDS = 16;
const FREQUENT_LEXEME = 0.02;
/** At most this many needs an offering's change queues for recomputation, beyond those showing it. */
const REMATCH_LIMIT = 500;

/**
 * Partnership proposals (need → offerings) and test sites (offering →
 * municipalities and hospitals). Stage 1 finds candidates in SQL (shared
 * codes, words of the text, through the GIN indexes); stage 2 ranks them
 * with @opi/matching and keeps the best with their reasons. Results are
 * stored and read from storage; a change to a need or offering drops the
 * stored results it affects and queues their recomputation, and a read
 * that finds none computes them on the spot.
 */
@Injectable()
export class MatchingService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MatchingService.name);
  private readonly frequent = new Map<string, { lexemes: Set<string>; at: number }>();
  /**
   * Prepared profiles of what has no stored profile (knowledge institutions read as offerings),
   * keyed by their content; needs and offerings come from the ProfileStore.
   */
  private readonly profiles = new ProfileCache(5_000);
  private subscription?: Subscription;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly events: RecordEvents,
    private readonly needs: NeedsService,
    private readonly offerings: OfferingsService,
    private readonly profileStore: ProfileStore,
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
      work.catch((error: Error) => this.logger.error(`Could not refresh matches after a change: ${error.message}`));
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
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
    const ids = await this.candidates('needs', need);
    const others = await this.dataSource.manager.find(Need, {
      where: { id: In(ids) },
      relations: { organisation: true },
    });
    const hidden = await this.feedbackOf(user, needId);
    const elsewhere = others.filter((n) => n.organisationId !== need.organisationId && hidden.get(n.id) !== 'hidden');
    const proposals = rankNeeds(toMatchNeed(need), elsewhere.map(toMatchNeed), {
      limit,
      profiles: await this.storedProfiles([], [need, ...elsewhere]),
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
    const candidates = await this.profileStore.profilesOf('offering', await this.candidates('offerings', need));
    const proposals = rankProfiles(subject, candidates, { limit: STORED });
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
    if (!offering) return this.emptyRun('offering', offeringId);
    const codes = evokedCareAreas(offering);
    // Public organisations that host tests or have needs near the offering, with those needs.
    const needIds = await this.candidates('needs', offering);
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
   * Stage 1: up to CANDIDATES published records of `table` near `subject` —
   * those sharing its most telling words (stemmed; words found in more than
   * 2% of the records are left out, per PostgreSQL's statistics, since they
   * tell nothing and would make every record a candidate), ranked by ts_rank,
   * plus those sharing care areas, target groups and settings (its tags and
   * the care areas its text speaks of, in any of the five languages).
   */
  private async candidates(table: 'needs' | 'offerings', subject: Need | Offering): Promise<string[]> {
    const source = subject instanceof Need ? 'needs' : 'offerings';
    // The subject's words, title words ('A') first, then the longer ones.
    const words = (await this.dataSource.query(
      `SELECT lexeme, 'A' = ANY(weights::text[]) AS in_title FROM unnest((SELECT search FROM ${source} WHERE id = $1))
        ORDER BY 2 DESC, length(lexeme) DESC, lexeme`,
      [subject.id],
    )) as Array<{ lexeme: string }>;
    const frequent = await this.frequentLexemes(table);
    const telling = words
      .map((w) => w.lexeme)
      .filter((l) => !frequent.has(l) && l.length > 2)
      .slice(0, MAX_QUERY_WORDS);
    const query = telling.map((l) => `'${l.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' | ');
    const codes = evokedCareAreas(subject);
    // The two halves run side by side, on two connections.
    const [byWords, byTags]: Array<Array<{ id: string }>> = await Promise.all([
      query === ''
        ? []
        : this.dataSource.query(
            `SELECT r.id FROM ${table} r
              WHERE r.status = 'published' AND r.org_published AND r.search @@ to_tsquery('simple', $1)
              ORDER BY ts_rank(r.search, to_tsquery('simple', $1)) DESC, r.id LIMIT $2`,
            [query, CANDIDATES - TAG_CANDIDATES],
          ),
      // Newest first through idx_*_newest_tags, which carries the tags.
      this.dataSource.query(
        `SELECT r.id FROM ${table} r
          WHERE r.status = 'published' AND r.org_published
            AND r.care_areas && $1::text[]
            AND (cardinality($2::text[]) = 0 OR r.target_groups && $2::text[])
            AND (cardinality($3::text[]) = 0 OR r.settings && $3::text[])
          ORDER BY r.created_at DESC, r.id DESC LIMIT $4`,
        [codes, subject.targetGroups, subject.settings, TAG_CANDIDATES],
      ),
    ]);
    return [...new Set([...byWords, ...byTags].map((r) => r.id))];
  }

  /** Lexemes in more than 2% of a table's records (PostgreSQL's element statistics), cached for ten minutes. */
  private async frequentLexemes(table: 'needs' | 'offerings'): Promise<Set<string>> {
    const cached = this.frequent.get(table);
    if (cached && Date.now() - cached.at < 600_000) return cached.lexemes;
    const rows: Array<{ elems: string[] | null; freqs: number[] | null }> = await this.dataSource.query(
      `SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs
         FROM pg_stats WHERE schemaname = current_schema() AND tablename = $1 AND attname = 'search'`,
      [table],
    );
    const lexemes = new Set<string>();
    const { elems, freqs } = rows[0] ?? { elems: null, freqs: null };
    elems?.forEach((lexeme, i) => {
      if ((freqs?.[i] ?? 0) > FREQUENT_LEXEME) lexemes.add(lexeme);
    });
    this.frequent.set(table, { lexemes, at: Date.now() });
    return lexemes;
  }

  /**
   * After an import: stored results are recomputed when next read (or by
   * "recompute all"); the imported records' profiles are prepared in the
   * background.
   */
  private async afterImport(): Promise<void> {
    await this.dataSource.query('DELETE FROM match_runs');
    await this.jobs.enqueue('match-profiles', {}, 'all');
  }

  /** Prepares every missing or out-of-date profile (the `match-profiles` job). */
  async prepareAllProfiles(): Promise<{ offerings: number; needs: number }> {
    const offerings = await this.profileStore.prepareAll('offering');
    const needs = await this.profileStore.prepareAll('need');
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

  /** Queues every need and offering for recomputation (admins, after a change of weights). */
  async recomputeAll(): Promise<RecomputeAllResult> {
    const needs: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM needs`);
    const offerings: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM offerings`);
    await this.dataSource.query(`DELETE FROM match_runs`);
    // Profiles prepared by an earlier version of the engine are prepared again first (and on the way, when read).
    await this.jobs.enqueue('match-profiles', {}, 'all');
    for (const { id } of needs) await this.jobs.enqueue('match-need', { needId: id }, id);
    for (const { id } of offerings) await this.jobs.enqueue('match-offering', { offeringId: id }, id);
    return {
      needs: needs.length,
      offerings: offerings.length,
      queued: this.jobs.queue !== null,
    };
  }

  /**
   * A record changed: its own stored results, and those that show it, are out
   * of date. They are dropped (a read recomputes them) and queued.
   */
  private async invalidate(type: 'need' | 'offering' | 'organisation', id: string): Promise<void> {
    const needIds = new Set<string>();
    const offeringIds = new Set<string>();
    // The record's own profile first: the recomputations read it.
    if (type !== 'organisation') await this.profileStore.profilesOf(type, [id]);
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

function toReason(reason: { code: string; text: string; params: Readonly<Record<string, unknown>> }): MatchReason {
  return {
    code: reason.code,
    text: reason.text,
    params: reason.params as MatchReason['params'],
  };
}

/** Care areas of the tags and of the text (read in any of the five languages), for the SQL stage. */
function evokedCareAreas(record: Need | Offering): string[] {
  const analysis = analyseText(`${record.title}. ${record.description}`, record.language);
  return [...new Set([...record.careAreas, ...analysis.codes.careArea.map((c) => c.code)])];
}

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
