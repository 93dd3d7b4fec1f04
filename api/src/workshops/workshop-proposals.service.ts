import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { stringify } from 'csv-stringify/sync';
import { DataSource, type EntityManager } from 'typeorm';

import type {
  MatrixPoint,
  Need,
  Partnership,
  WorkshopMatrix,
  WorkshopProposal,
  WorkshopProposalRevision,
  WorkshopRecommendation,
  WorkshopReport,
  WorkshopReportProposal,
  WorkshopTopic,
  WorkshopTopicSuggestion,
} from '@opi/contracts';
import { isUiLanguage, labelOf } from '@opi/taxonomy';
import { compareByPriority, quadrantOf, summarise } from '@opi/workshops';

import type { AuthUser } from '../common/auth/auth-user';
import { NeedsService } from '../needs/needs.service';
import { PartnershipsService } from '../partnerships/partnerships.service';
import type {
  CreateWorkshopProposalDto,
  ScoreProposalDto,
  UpdateWorkshopProposalDto,
  WorkshopRecommendationDto,
  WorkshopTopicDto,
} from './dto/workshop.dto';
import { type SessionAccess, WorkshopAccess, type WorkshopCaller, hashToken } from './workshop-access';
import { WorkshopEvents } from './workshop-events';
import {
  WorkshopParticipantEntity,
  WorkshopProposalEntity,
  WorkshopProposalRevisionEntity,
  WorkshopRecommendationEntity,
  WorkshopScore,
  WorkshopSessionEntity,
  WorkshopTopicEntity,
} from './workshop.entities';
import { suggestTopics } from './topic-suggestions';

const TEXT_FIELDS = ['title', 'problem', 'proposal', 'needed', 'beneficiaries', 'pains', 'gains', 'groupName'] as const;
const FACILITATOR_FIELDS = ['horizon', 'responsible', 'topicId'] as const;

interface ScoreRow {
  proposalId: string;
  opportunity: number;
  difficulty: number;
}

/** Proposals (carried over from session to session), scores and the matrix, topics, recommendations and the report. */
@Injectable()
export class WorkshopProposals {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkshopAccess,
    private readonly events: WorkshopEvents,
    private readonly needs: NeedsService,
    private readonly partnerships: PartnershipsService,
  ) {}

  // Proposals

  /** The proposals a session works with: written in it or in an earlier session of the series. */
  async listForSession(manager: EntityManager, access: SessionAccess, caller: WorkshopCaller): Promise<WorkshopProposal[]> {
    const rows = await this.proposalsWhere(manager, 'p.series_id = :seriesId AND s.number <= :number', {
      seriesId: access.series.id,
      number: access.session.number,
    });
    const scores = access.participant
      ? ((await manager.query('SELECT proposal_id AS "proposalId", opportunity, difficulty FROM workshop_scores WHERE participant_id = $1', [
          access.participant.id,
        ])) as ScoreRow[])
      : [];
    return rows.map((p) => this.toDto(p, caller, access.participant, scores.find((s) => s.proposalId === p.id) ?? null));
  }

  /** Every proposal of the series, for clustering into topics. */
  async listForSeries(seriesId: string, user: AuthUser): Promise<WorkshopProposal[]> {
    const manager = this.dataSource.manager;
    const { series } = await this.access.readableSeries(manager, seriesId, user);
    const rows = await this.proposalsWhere(manager, 'p.series_id = :seriesId', { seriesId: series.id });
    return rows.map((p) => this.toDto(p, { user }, null, null));
  }

  async create(sessionId: string, caller: WorkshopCaller, body: CreateWorkshopProposalDto): Promise<WorkshopProposal> {
    const id = await this.dataSource.transaction(async (manager) => {
      const access = await this.access.contributing(manager, sessionId, caller);
      if (access.session.step === 'closed') throw new ConflictException('The session is closed');
      const author = access.participant?.name ?? caller.user?.name ?? '';
      const proposal = await manager.save(
        manager.create(WorkshopProposalEntity, {
          ...this.textOf(body),
          seriesId: access.series.id,
          sessionId: access.session.id,
          authorParticipantId: access.participant?.id ?? null,
          authorUserId: caller.user?.id ?? null,
          authorName: author,
          editedBy: author,
          editedAt: new Date(),
          editedInSession: access.session.number,
          horizon: null,
          responsible: null,
          topicId: null,
        }),
      );
      await this.events.announce(manager, access.session.id, 'proposals');
      return proposal.id;
    });
    return this.one(id, caller, sessionId);
  }

  /**
   * Refines a proposal (its author, or a facilitator) — the earlier text is
   * kept as a revision — and lets facilitators set horizon, responsible
   * party and topic. `sessionId`: the session the refinement is made in.
   */
  async update(proposalId: string, caller: WorkshopCaller, body: UpdateWorkshopProposalDto): Promise<WorkshopProposal> {
    const sessionId = await this.dataSource.transaction(async (manager) => {
      this.access.identified(caller);
      const proposal = await this.findProposal(manager, proposalId);
      const access = await this.access.session(manager, body.sessionId ?? proposal.sessionId, caller);
      if (access.series.id !== proposal.seriesId) throw new BadRequestException(['sessionId must be a session of the proposal’s series']);
      const author = (!!caller.user && proposal.authorUserId === caller.user.id) || (!!access.participant && proposal.authorParticipantId === access.participant.id);
      const changesText = TEXT_FIELDS.some((f) => body[f] !== undefined);
      const changesFacilitatorFields = FACILITATOR_FIELDS.some((f) => body[f] !== undefined);
      if (changesText && !author && !access.facilitator) throw new ForbiddenException('Only its author or a facilitator may refine a proposal');
      if (changesFacilitatorFields && !access.facilitator) {
        throw new ForbiddenException('Only facilitators set the horizon, the party responsible and the topic');
      }
      if (changesText && access.session.step === 'closed' && !access.facilitator) throw new ConflictException('The session is closed');
      if (proposal.version !== body.version) {
        throw new ConflictException('The proposal was changed by someone else since you read it: reload and try again');
      }
      if (body.topicId) {
        const topic = isUUID(body.topicId) ? await manager.findOneBy(WorkshopTopicEntity, { id: body.topicId, seriesId: proposal.seriesId }) : null;
        if (!topic) throw new BadRequestException(['topicId must be the id of a topic of the series, or null']);
      }
      if (changesText) {
        await manager.insert(WorkshopProposalRevisionEntity, {
          ...this.textOf(proposal),
          proposalId: proposal.id,
          version: proposal.version,
          sessionNumber: proposal.editedInSession,
          editedBy: proposal.editedBy,
          editedAt: proposal.editedAt,
        });
        for (const field of TEXT_FIELDS) if (body[field] !== undefined) Object.assign(proposal, { [field]: body[field] });
        proposal.editedBy = access.participant?.name ?? caller.user?.name ?? proposal.editedBy;
        proposal.editedAt = new Date();
        proposal.editedInSession = access.session.number;
      }
      for (const field of FACILITATOR_FIELDS) if (body[field] !== undefined) Object.assign(proposal, { [field]: body[field] });
      await manager.save(proposal);
      await this.announceToSeries(manager, proposal.seriesId, 'proposals');
      return access.session.id;
    });
    return this.one(proposalId, caller, sessionId);
  }

  /** Earlier texts of a proposal, newest first. */
  async history(proposalId: string, caller: WorkshopCaller): Promise<WorkshopProposalRevision[]> {
    const manager = this.dataSource.manager;
    this.access.identified(caller);
    const proposal = await this.findProposal(manager, proposalId);
    await this.assertReadsSeries(manager, proposal.seriesId, caller);
    const revisions = await manager.find(WorkshopProposalRevisionEntity, { where: { proposalId: proposal.id }, order: { version: 'DESC' } });
    return revisions.map((r) => ({
      ...this.textOf(r),
      version: r.version,
      sessionNumber: r.sessionNumber,
      editedBy: r.editedBy,
      editedAt: r.editedAt.toISOString(),
    }));
  }

  /** Makes a draft need of the proposal, owned by one of the user's municipalities or hospitals. */
  async toNeed(proposalId: string, user: AuthUser, organisationId: string): Promise<Need> {
    const proposal = await this.findProposal(this.dataSource.manager, proposalId);
    await this.access.readableSeries(this.dataSource.manager, proposal.seriesId, user);
    const sections = [proposal.problem, proposal.proposal, proposal.needed, proposal.beneficiaries, proposal.gains];
    return this.needs.create(user, {
      organisationId,
      title: proposal.title,
      description: sections.filter((s) => s.trim() !== '').join('\n\n'),
      status: 'draft',
    });
  }

  /**
   * Seeds a partnership from the proposal: a cluster manager's introduction
   * of two organisations, with the proposal as its note (both must agree).
   */
  async toPartnership(proposalId: string, user: AuthUser, organisationIds: [string, string], note?: string): Promise<Partnership> {
    const proposal = await this.findProposal(this.dataSource.manager, proposalId);
    const { series } = await this.access.readableSeries(this.dataSource.manager, proposal.seriesId, user);
    const text = [note, `From the workshop “${series.title}”: ${proposal.title}.`, proposal.problem, proposal.proposal]
      .filter((part): part is string => !!part && part.trim() !== '')
      .join('\n\n');
    return this.partnerships.introduce(user, { organisationIds, note: text.slice(0, 2000) });
  }

  // Scores and the matrix

  async score(sessionId: string, proposalId: string, caller: WorkshopCaller, body: ScoreProposalDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.session(manager, sessionId, caller);
      if (!access.participant) throw new ForbiddenException('Only participants of the session score proposals');
      if (access.session.step === 'closed') throw new ConflictException('The session is closed');
      const proposal = isUUID(proposalId) ? await manager.findOneBy(WorkshopProposalEntity, { id: proposalId, seriesId: access.series.id }) : null;
      if (!proposal) throw new NotFoundException('No such proposal in this series');
      await manager.upsert(
        WorkshopScore,
        { proposalId: proposal.id, participantId: access.participant.id, sessionId: access.session.id, ...body },
        ['proposalId', 'participantId'],
      );
      await this.events.announce(manager, access.session.id, 'scores');
    });
  }

  async matrix(sessionId: string, caller: WorkshopCaller): Promise<WorkshopMatrix> {
    const manager = this.dataSource.manager;
    const access = await this.access.session(manager, sessionId, caller);
    const rows = (await manager.query(
      'SELECT proposal_id AS "proposalId", opportunity, difficulty FROM workshop_scores WHERE session_id = $1',
      [access.session.id],
    )) as ScoreRow[];
    const proposals = await manager.findBy(WorkshopProposalEntity, { seriesId: access.series.id });
    const [{ scorers }] = (await manager.query('SELECT count(DISTINCT participant_id)::int AS scorers FROM workshop_scores WHERE session_id = $1', [
      access.session.id,
    ])) as Array<{ scorers: number }>;
    return { sessionId: access.session.id, points: matrixPoints(proposals, rows), scorers };
  }

  // Topics and recommendations

  async topicsOf(manager: EntityManager, seriesId: string): Promise<WorkshopTopic[]> {
    const topics = await manager.find(WorkshopTopicEntity, { where: { seriesId }, order: { position: 'ASC', createdAt: 'ASC' } });
    const recommendations = topics.length
      ? await manager
          .createQueryBuilder(WorkshopRecommendationEntity, 'r')
          .where('r.topic_id IN (:...ids)', { ids: topics.map((t) => t.id) })
          .orderBy('r.created_at', 'ASC')
          .getMany()
      : [];
    return topics.map((t) => ({
      id: t.id,
      name: t.name,
      position: t.position,
      recommendations: recommendations.filter((r) => r.topicId === t.id).map(recommendationDto),
    }));
  }

  async createTopic(seriesId: string, user: AuthUser, body: WorkshopTopicDto): Promise<WorkshopTopic> {
    return this.dataSource.transaction(async (manager) => {
      const series = await this.access.facilitatedSeries(manager, seriesId, user);
      const [{ next }] = (await manager.query('SELECT coalesce(max(position) + 1, 0)::int AS next FROM workshop_topics WHERE series_id = $1', [
        series.id,
      ])) as Array<{ next: number }>;
      const topic = await manager.save(manager.create(WorkshopTopicEntity, { seriesId: series.id, name: body.name, position: body.position ?? next }));
      await this.announceToSeries(manager, series.id, 'topics');
      return { id: topic.id, name: topic.name, position: topic.position, recommendations: [] };
    });
  }

  async updateTopic(topicId: string, user: AuthUser, body: WorkshopTopicDto): Promise<WorkshopTopic> {
    return this.dataSource.transaction(async (manager) => {
      const topic = await this.facilitatedTopic(manager, topicId, user);
      topic.name = body.name;
      if (body.position !== undefined) topic.position = body.position;
      await manager.save(topic);
      await this.announceToSeries(manager, topic.seriesId, 'topics');
      return (await this.topicsOf(manager, topic.seriesId)).find((t) => t.id === topic.id)!;
    });
  }

  /** Deletes a topic and its recommendations; its proposals go back to "no topic". */
  async deleteTopic(topicId: string, user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const topic = await this.facilitatedTopic(manager, topicId, user);
      await manager.delete(WorkshopTopicEntity, { id: topic.id });
      await this.announceToSeries(manager, topic.seriesId, 'topics');
    });
  }

  async suggestTopics(seriesId: string, user: AuthUser, lang: string | undefined): Promise<WorkshopTopicSuggestion[]> {
    const manager = this.dataSource.manager;
    const { series } = await this.access.readableSeries(manager, seriesId, user);
    const proposals = await manager.find(WorkshopProposalEntity, { where: { seriesId: series.id }, order: { createdAt: 'ASC' } });
    const language = lang && isUiLanguage(lang) ? lang : 'en';
    // Only proposals not yet in a topic: suggestions help with what is left to sort.
    return suggestTopics(
      proposals.filter((p) => p.topicId === null),
      (vocabulary, code) => labelOf(vocabulary, code, language),
    );
  }

  async addRecommendation(topicId: string, user: AuthUser, body: WorkshopRecommendationDto): Promise<WorkshopRecommendation> {
    return this.dataSource.transaction(async (manager) => {
      const topic = await this.facilitatedTopic(manager, topicId, user);
      const saved = await manager.save(manager.create(WorkshopRecommendationEntity, { topicId: topic.id, authority: body.authority, text: body.text }));
      await this.announceToSeries(manager, topic.seriesId, 'topics');
      return recommendationDto(saved);
    });
  }

  async updateRecommendation(recommendationId: string, user: AuthUser, body: WorkshopRecommendationDto): Promise<WorkshopRecommendation> {
    return this.dataSource.transaction(async (manager) => {
      const recommendation = await this.facilitatedRecommendation(manager, recommendationId, user);
      recommendation.authority = body.authority;
      recommendation.text = body.text;
      return recommendationDto(await manager.save(recommendation));
    });
  }

  async deleteRecommendation(recommendationId: string, user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const recommendation = await this.facilitatedRecommendation(manager, recommendationId, user);
      await manager.delete(WorkshopRecommendationEntity, { id: recommendation.id });
    });
  }

  // The report

  /**
   * The series' results: each proposal scored as in the latest session that
   * scored it, ranked per topic (quick wins first), with the recommendations.
   */
  async report(seriesId: string, user: AuthUser): Promise<WorkshopReport> {
    const manager = this.dataSource.manager;
    const { series } = await this.access.readableSeries(manager, seriesId, user);
    const sessions = await manager.find(WorkshopSessionEntity, { where: { seriesId: series.id }, order: { number: 'ASC' } });
    const proposals = await this.proposalsWhere(manager, 'p.series_id = :seriesId', { seriesId: series.id });
    const rows = (await manager.query(
      `SELECT sc.proposal_id AS "proposalId", sc.opportunity, sc.difficulty
         FROM workshop_scores sc JOIN workshop_sessions s ON s.id = sc.session_id
        WHERE s.series_id = $1
          AND s.number = (SELECT max(s2.number) FROM workshop_scores sc2 JOIN workshop_sessions s2 ON s2.id = sc2.session_id
                           WHERE sc2.proposal_id = sc.proposal_id)`,
      [series.id],
    )) as ScoreRow[];
    const points = matrixPoints(proposals, rows);
    const topics = await this.topicsOf(manager, series.id);
    const groups = [...topics.map((t) => ({ id: t.id, name: t.name, recommendations: t.recommendations })), { id: null, name: null, recommendations: [] }];
    const reportProposal = (p: WorkshopProposalEntity): WorkshopReportProposal => ({
      ...this.textOf(p),
      id: p.id,
      sessionNumber: p.session.number,
      horizon: p.horizon,
      responsible: p.responsible,
      point: points.find((pt) => pt.proposalId === p.id) ?? null,
    });
    const rank = (a: WorkshopReportProposal, b: WorkshopReportProposal) =>
      a.point && b.point ? compareByPriority(a.point, b.point) : a.point ? -1 : b.point ? 1 : a.title.localeCompare(b.title);
    return {
      series: { id: series.id, title: series.title, description: series.description },
      sessions: sessions.map((s) => ({
        id: s.id,
        seriesId: s.seriesId,
        number: s.number,
        title: s.title,
        startsAt: s.startsAt.toISOString(),
        place: s.place,
        online: s.online,
        facilitatorName: s.facilitatorName,
        step: s.step,
        participantCount: 0,
      })),
      points,
      topics: groups
        .map((g) => ({ ...g, proposals: proposals.filter((p) => p.topicId === g.id).map(reportProposal).sort(rank) }))
        .filter((g) => g.id !== null || g.proposals.length > 0),
      generatedAt: new Date().toISOString(),
    };
  }

  /** The report's proposals, one row each, for spreadsheets. */
  async reportCsv(seriesId: string, user: AuthUser): Promise<string> {
    const report = await this.report(seriesId, user);
    const header = [
      'topic',
      'proposal',
      'session',
      'quadrant',
      'opportunity_mean',
      'opportunity_spread',
      'difficulty_mean',
      'difficulty_spread',
      'votes',
      'horizon',
      'responsible',
      'problem',
      'proposal_text',
      'needed',
      'beneficiaries',
      'pains',
      'gains',
      'recommendations',
    ];
    const rows = report.topics.flatMap((topic) =>
      topic.proposals.map((p) => [
        topic.name ?? '',
        p.title,
        p.sessionNumber,
        p.point?.quadrant ?? '',
        p.point?.opportunity.mean ?? '',
        p.point?.opportunity.spread ?? '',
        p.point?.difficulty.mean ?? '',
        p.point?.difficulty.spread ?? '',
        p.point?.votes ?? 0,
        p.horizon ?? '',
        p.responsible ?? '',
        p.problem,
        p.proposal,
        p.needed,
        p.beneficiaries,
        p.pains,
        p.gains,
        topic.recommendations.map((r) => `${r.authority}: ${r.text}`).join(' | '),
      ]),
    );
    return stringify([header, ...rows], { bom: true });
  }

  // Helpers

  /** Proposals with their session, in the order they were written, and how many times each was refined. */
  private async proposalsWhere(manager: EntityManager, where: string, parameters: Record<string, unknown>): Promise<WorkshopProposalEntity[]> {
    const proposals = await manager
      .createQueryBuilder(WorkshopProposalEntity, 'p')
      .innerJoinAndSelect('p.session', 's')
      .where(where, parameters)
      .orderBy('s.number', 'ASC')
      .addOrderBy('p.created_at', 'ASC')
      .getMany();
    if (proposals.length === 0) return proposals;
    const counts = (await manager.query(
      'SELECT proposal_id AS id, count(*)::int AS count FROM workshop_proposal_revisions WHERE proposal_id = ANY($1::uuid[]) GROUP BY proposal_id',
      [proposals.map((p) => p.id)],
    )) as Array<{ id: string; count: number }>;
    for (const p of proposals) p.revisionCount = counts.find((c) => c.id === p.id)?.count ?? 0;
    return proposals;
  }

  private async one(proposalId: string, caller: WorkshopCaller, sessionId: string): Promise<WorkshopProposal> {
    const manager = this.dataSource.manager;
    const access = await this.access.session(manager, sessionId, caller);
    const [proposal] = await this.proposalsWhere(manager, 'p.id = :id', { id: proposalId });
    const score = access.participant
      ? ((await manager.query(
          'SELECT proposal_id AS "proposalId", opportunity, difficulty FROM workshop_scores WHERE participant_id = $1 AND proposal_id = $2',
          [access.participant.id, proposalId],
        )) as ScoreRow[])[0] ?? null
      : null;
    return this.toDto(proposal, caller, access.participant, score);
  }

  private toDto(
    p: WorkshopProposalEntity,
    caller: WorkshopCaller,
    participant: WorkshopParticipantEntity | null,
    score: ScoreRow | null,
  ): WorkshopProposal {
    const mine = (!!caller.user && p.authorUserId === caller.user.id) || (!!participant && p.authorParticipantId === participant.id);
    return {
      ...this.textOf(p),
      id: p.id,
      seriesId: p.seriesId,
      sessionId: p.sessionId,
      sessionNumber: p.session.number,
      authorName: p.authorName,
      horizon: p.horizon,
      responsible: p.responsible,
      topicId: p.topicId,
      revisions: p.revisionCount ?? 0,
      version: p.version,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
      mine,
      myScore: score ? { opportunity: score.opportunity, difficulty: score.difficulty } : null,
    };
  }

  private textOf(p: Partial<Record<(typeof TEXT_FIELDS)[number], string | null>>) {
    return {
      title: p.title ?? '',
      problem: p.problem ?? '',
      proposal: p.proposal ?? '',
      needed: p.needed ?? '',
      beneficiaries: p.beneficiaries ?? '',
      pains: p.pains ?? '',
      gains: p.gains ?? '',
      groupName: p.groupName ?? null,
    };
  }

  private async findProposal(manager: EntityManager, proposalId: string): Promise<WorkshopProposalEntity> {
    const proposal = isUUID(proposalId) ? await manager.findOneBy(WorkshopProposalEntity, { id: proposalId }) : null;
    if (!proposal) throw new NotFoundException('No such proposal');
    return proposal;
  }

  /** Signed-in readers of the series, or a guest of one of its sessions. */
  private async assertReadsSeries(manager: EntityManager, seriesId: string, caller: WorkshopCaller): Promise<void> {
    if (caller.token) {
      const guest = await manager
        .createQueryBuilder(WorkshopParticipantEntity, 'p')
        .innerJoin(WorkshopSessionEntity, 's', 's.id = p.session_id')
        .where('p.token_hash = :hash AND s.series_id = :seriesId', { hash: hashToken(caller.token), seriesId })
        .getExists();
      if (guest) return;
    }
    if (!caller.user) throw new NotFoundException('No such proposal');
    await this.access.readableSeries(manager, seriesId, caller.user);
  }

  private async facilitatedTopic(manager: EntityManager, topicId: string, user: AuthUser): Promise<WorkshopTopicEntity> {
    const topic = isUUID(topicId) ? await manager.findOneBy(WorkshopTopicEntity, { id: topicId }) : null;
    if (!topic) throw new NotFoundException('No such topic');
    await this.access.facilitatedSeries(manager, topic.seriesId, user);
    return topic;
  }

  private async facilitatedRecommendation(manager: EntityManager, id: string, user: AuthUser): Promise<WorkshopRecommendationEntity> {
    const recommendation = isUUID(id) ? await manager.findOneBy(WorkshopRecommendationEntity, { id }) : null;
    if (!recommendation) throw new NotFoundException('No such recommendation');
    await this.facilitatedTopic(manager, recommendation.topicId, user);
    return recommendation;
  }

  /** Proposals and topics belong to the series: every open session's screen hears of the change. */
  private async announceToSeries(manager: EntityManager, seriesId: string, what: string): Promise<void> {
    const sessions = await manager.find(WorkshopSessionEntity, { where: { seriesId }, select: { id: true } });
    for (const session of sessions) await this.events.announce(manager, session.id, what);
  }
}

/** One point per proposal with scores among `rows`. */
export function matrixPoints(proposals: WorkshopProposalEntity[], rows: ScoreRow[]): MatrixPoint[] {
  return proposals
    .map((p) => {
      const scores = rows.filter((r) => r.proposalId === p.id);
      if (scores.length === 0) return null;
      const opportunity = summarise(scores.map((s) => s.opportunity));
      const difficulty = summarise(scores.map((s) => s.difficulty));
      return {
        proposalId: p.id,
        title: p.title,
        opportunity,
        difficulty,
        votes: scores.length,
        quadrant: quadrantOf(opportunity.mean, difficulty.mean),
        horizon: p.horizon,
        responsible: p.responsible,
        topicId: p.topicId,
      } satisfies MatrixPoint;
    })
    .filter((p): p is MatrixPoint => p !== null)
    .sort(compareByPriority);
}

function recommendationDto(r: WorkshopRecommendationEntity): WorkshopRecommendation {
  return { id: r.id, topicId: r.topicId, authority: r.authority, text: r.text };
}
