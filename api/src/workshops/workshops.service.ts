import { randomBytes } from 'node:crypto';

import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager, In } from 'typeorm';

import {
  type AddedParticipant,
  type Page,
  WORKSHOP_DOTS_PER_PARTICIPANT,
  type WorkshopElement,
  type WorkshopInvitation,
  type WorkshopParticipant,
  type WorkshopSeries,
  type WorkshopSeriesSummary,
  type WorkshopSession,
  type WorkshopSessionSummary,
} from '@opi/contracts';

import type { AuthUser } from '../common/auth/auth-user';
import { Membership } from '../memberships/membership.entity';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';
import type {
  AddParticipantDto,
  CreateWorkshopElementDto,
  CreateWorkshopSeriesDto,
  CreateWorkshopSessionDto,
  UpdateMyParticipationDto,
  UpdateWorkshopSeriesDto,
  UpdateWorkshopSessionDto,
} from './dto/workshop.dto';
import { type SessionAccess, WorkshopAccess, type WorkshopCaller, hashToken } from './workshop-access';
import { WorkshopEvents } from './workshop-events';
import { WorkshopProposals } from './workshop-proposals.service';
import {
  WorkshopDot,
  WorkshopElementEntity,
  WorkshopFacilitator,
  WorkshopParticipantEntity,
  WorkshopSeriesEntity,
  WorkshopSessionEntity,
} from './workshop.entities';

/** Series, sessions, participants and the empathy round. Proposals, scores and topics: WorkshopProposals. */
@Injectable()
export class WorkshopsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkshopAccess,
    private readonly events: WorkshopEvents,
    private readonly proposals: WorkshopProposals,
  ) {}

  // Series

  /** The series the user facilitates or takes part in; cluster managers and admins see every series. */
  async listSeries(user: AuthUser): Promise<Page<WorkshopSeriesSummary>> {
    const qb = this.dataSource.manager.createQueryBuilder(WorkshopSeriesEntity, 'w').orderBy('w.updated_at', 'DESC');
    if (user.role !== 'admin' && user.role !== 'cluster_manager') {
      qb.where(
        `w.id IN (SELECT series_id FROM workshop_facilitators WHERE user_id = :userId)
         OR w.id IN (SELECT s.series_id FROM workshop_sessions s JOIN workshop_participants p ON p.session_id = s.id WHERE p.user_id = :userId)`,
        { userId: user.id },
      );
    }
    const series = await qb.getMany();
    const items = await this.summaries(this.dataSource.manager, series);
    return { items, total: items.length, page: 1, pageSize: Math.max(items.length, 1) };
  }

  async createSeries(user: AuthUser, body: CreateWorkshopSeriesDto): Promise<WorkshopSeries> {
    const id = await this.dataSource.transaction(async (manager) => {
      const series = await manager.save(
        manager.create(WorkshopSeriesEntity, { title: body.title, description: body.description ?? '', createdBy: user.id }),
      );
      await manager.insert(WorkshopFacilitator, { seriesId: series.id, userId: user.id });
      return series.id;
    });
    return this.getSeries(id, user);
  }

  async getSeries(seriesId: string, user: AuthUser): Promise<WorkshopSeries> {
    const manager = this.dataSource.manager;
    const { series, facilitator } = await this.access.readableSeries(manager, seriesId, user);
    const [summary] = await this.summaries(manager, [series]);
    const sessions = await manager.find(WorkshopSessionEntity, { where: { seriesId: series.id }, order: { number: 'ASC' } });
    return {
      ...summary,
      sessions: await this.sessionSummaries(manager, sessions),
      topics: await this.proposals.topicsOf(manager, series.id),
      version: series.version,
      facilitator,
    };
  }

  async updateSeries(seriesId: string, user: AuthUser, body: UpdateWorkshopSeriesDto): Promise<WorkshopSeries> {
    await this.dataSource.transaction(async (manager) => {
      const series = await this.access.facilitatedSeries(manager, seriesId, user);
      if (series.version !== body.version) throw new ConflictException('The series was changed by someone else since you read it: reload and try again');
      if (body.title !== undefined) series.title = body.title;
      if (body.description !== undefined) series.description = body.description;
      await manager.save(series);
    });
    return this.getSeries(seriesId, user);
  }

  async addFacilitator(seriesId: string, user: AuthUser, email: string): Promise<WorkshopSeries> {
    await this.dataSource.transaction(async (manager) => {
      const series = await this.access.facilitatedSeries(manager, seriesId, user);
      const added = await manager.findOneBy(User, { email });
      if (!added) throw new BadRequestException(['email: no portal user has this e-mail address']);
      await manager.createQueryBuilder().insert().into(WorkshopFacilitator).values({ seriesId: series.id, userId: added.id }).orIgnore().execute();
      await this.touch(manager, series.id);
    });
    return this.getSeries(seriesId, user);
  }

  // Sessions

  async createSession(seriesId: string, user: AuthUser, body: CreateWorkshopSessionDto): Promise<WorkshopSessionSummary> {
    const session = await this.dataSource.transaction(async (manager) => {
      const series = await this.access.facilitatedSeries(manager, seriesId, user);
      // One session number at a time per series.
      await manager.query('SELECT id FROM workshop_series WHERE id = $1 FOR UPDATE', [series.id]);
      const [{ last }] = (await manager.query('SELECT coalesce(max(number), 0)::int AS last FROM workshop_sessions WHERE series_id = $1', [
        series.id,
      ])) as Array<{ last: number }>;
      const saved = await manager.save(
        manager.create(WorkshopSessionEntity, {
          seriesId: series.id,
          number: last + 1,
          title: body.title,
          startsAt: new Date(body.startsAt),
          place: body.place ?? null,
          online: body.online ?? false,
          facilitatorName: body.facilitatorName ?? null,
          step: 'empathy',
        }),
      );
      await this.touch(manager, series.id);
      return saved;
    });
    const [summary] = await this.sessionSummaries(this.dataSource.manager, [session]);
    return summary;
  }

  async getSession(sessionId: string, caller: WorkshopCaller): Promise<WorkshopSession> {
    const manager = this.dataSource.manager;
    const access = await this.access.session(manager, sessionId, caller);
    const { session, series, facilitator, participant } = access;
    const [summary] = await this.sessionSummaries(manager, [session]);
    const participants = await manager.find(WorkshopParticipantEntity, { where: { sessionId: session.id }, order: { createdAt: 'ASC' } });
    const used = participant ? await this.dotsUsed(manager, participant.id) : 0;
    return {
      ...summary,
      seriesTitle: series.title,
      access: { facilitator, participantId: participant?.id ?? null },
      participants: participants.map((p) => this.participantDto(p, facilitator)),
      elements: await this.elements(manager, session.id, participant?.id ?? null),
      proposals: await this.proposals.listForSession(manager, access, caller),
      dotsLeft: participant ? WORKSHOP_DOTS_PER_PARTICIPANT - used : 0,
    };
  }

  async updateSession(sessionId: string, caller: WorkshopCaller, body: UpdateWorkshopSessionDto): Promise<WorkshopSessionSummary> {
    const session = await this.dataSource.transaction(async (manager) => {
      const { session } = await this.access.facilitatedSession(manager, sessionId, caller);
      if (body.title !== undefined) session.title = body.title;
      if (body.startsAt !== undefined) session.startsAt = new Date(body.startsAt);
      if (body.place !== undefined) session.place = body.place;
      if (body.online !== undefined) session.online = body.online;
      if (body.facilitatorName !== undefined) session.facilitatorName = body.facilitatorName;
      if (body.step !== undefined) session.step = body.step;
      await manager.save(session);
      await this.touch(manager, session.seriesId);
      await this.events.announce(manager, session.id, 'session');
      return session;
    });
    const [summary] = await this.sessionSummaries(this.dataSource.manager, [session]);
    return summary;
  }

  // Participants

  /**
   * A portal user (by e-mail) or a guest. A guest gets an invitation token,
   * answered once; only its hash is kept.
   */
  async addParticipant(sessionId: string, caller: WorkshopCaller, body: AddParticipantDto): Promise<AddedParticipant> {
    return this.dataSource.transaction(async (manager) => {
      const { session } = await this.access.facilitatedSession(manager, sessionId, caller);
      if (await manager.existsBy(WorkshopParticipantEntity, { sessionId: session.id, email: body.email })) {
        throw new ConflictException('email: this person already takes part in the session');
      }
      let participant: WorkshopParticipantEntity;
      let token: string | null = null;
      if (body.guest) {
        if (!body.name) throw new BadRequestException(['name: a guest needs a name']);
        token = randomBytes(24).toString('base64url');
        participant = manager.create(WorkshopParticipantEntity, {
          sessionId: session.id,
          userId: null,
          email: body.email,
          name: body.name,
          side: body.side,
          organisationName: body.organisationName ?? null,
          tokenHash: hashToken(token),
        });
      } else {
        const user = await manager.findOneBy(User, { email: body.email });
        if (!user) throw new BadRequestException(['email: no portal user has this e-mail address; invite them as a guest instead']);
        participant = manager.create(WorkshopParticipantEntity, {
          sessionId: session.id,
          userId: user.id,
          email: body.email,
          name: body.name ?? user.name,
          side: body.side,
          organisationName: body.organisationName ?? (await this.firstOrganisationName(manager, user.id)),
          tokenHash: null,
        });
      }
      const saved = await manager.save(participant);
      await this.events.announce(manager, session.id, 'participants');
      return { participant: this.participantDto(saved, true), invitationToken: token };
    });
  }

  async removeParticipant(sessionId: string, participantId: string, caller: WorkshopCaller): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { session } = await this.access.facilitatedSession(manager, sessionId, caller);
      const participant = isUUID(participantId) ? await manager.findOneBy(WorkshopParticipantEntity, { id: participantId, sessionId: session.id }) : null;
      if (!participant) throw new NotFoundException('No such participant in this session');
      await manager.delete(WorkshopParticipantEntity, { id: participant.id });
      await this.events.announce(manager, session.id, 'participants');
    });
  }

  /** What a guest's invitation link opens. */
  async invitation(token: string): Promise<WorkshopInvitation> {
    const manager = this.dataSource.manager;
    const participant = await manager.findOneBy(WorkshopParticipantEntity, { tokenHash: hashToken(token) });
    if (!participant) throw new NotFoundException('This invitation link is not valid (any more)');
    const session = await manager.findOneByOrFail(WorkshopSessionEntity, { id: participant.sessionId });
    const series = await manager.findOneByOrFail(WorkshopSeriesEntity, { id: session.seriesId });
    return { sessionId: session.id, seriesTitle: series.title, sessionTitle: session.title, participant: this.participantDto(participant, false) };
  }

  async updateMe(sessionId: string, caller: WorkshopCaller, body: UpdateMyParticipationDto): Promise<WorkshopParticipant> {
    return this.dataSource.transaction(async (manager) => {
      const { session, participant } = await this.access.session(manager, sessionId, caller);
      if (!participant) throw new ForbiddenException('Only participants of the session have answers to give');
      if (body.motivation !== undefined) participant.motivation = body.motivation || null;
      if (body.expectations !== undefined) participant.expectations = body.expectations || null;
      const saved = await manager.save(participant);
      await this.events.announce(manager, session.id, 'participants');
      return this.participantDto(saved, false);
    });
  }

  // Empathy round

  /** A key element for a good collaboration: participants name their own side's, facilitators any side's. */
  async addElement(sessionId: string, caller: WorkshopCaller, body: CreateWorkshopElementDto): Promise<WorkshopElement> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.access.contributing(manager, sessionId, caller);
      this.assertOpen(access);
      if (!access.facilitator && access.participant && access.participant.side !== body.side) {
        throw new ForbiddenException(`side: you speak for the ${access.participant.side} side`);
      }
      const element = await manager.save(manager.create(WorkshopElementEntity, { sessionId: access.session.id, side: body.side, text: body.text }));
      await this.events.announce(manager, access.session.id, 'elements');
      return { id: element.id, side: element.side, text: element.text, dots: 0, myDots: 0 };
    });
  }

  /** Sets the caller's dots on one element (0 takes them back), within their dots for the session. */
  async placeDots(sessionId: string, elementId: string, caller: WorkshopCaller, dots: number): Promise<WorkshopElement> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.access.session(manager, sessionId, caller);
      const participant = access.participant;
      if (!participant) throw new ForbiddenException('Only participants of the session have dots to place');
      this.assertOpen(access);
      const element = isUUID(elementId) ? await manager.findOneBy(WorkshopElementEntity, { id: elementId, sessionId: access.session.id }) : null;
      if (!element) throw new NotFoundException('No such element in this session');
      // One participant's dots are counted one change at a time.
      await manager.query('SELECT id FROM workshop_participants WHERE id = $1 FOR UPDATE', [participant.id]);
      const current = await manager.findOneBy(WorkshopDot, { elementId: element.id, participantId: participant.id });
      const left = WORKSHOP_DOTS_PER_PARTICIPANT - (await this.dotsUsed(manager, participant.id)) + (current?.dots ?? 0);
      if (dots > left) throw new BadRequestException([`dots: you have ${left} dot${left === 1 ? '' : 's'} left for this element`]);
      if (dots === 0) await manager.delete(WorkshopDot, { elementId: element.id, participantId: participant.id });
      else await manager.upsert(WorkshopDot, { elementId: element.id, participantId: participant.id, dots }, ['elementId', 'participantId']);
      await this.events.announce(manager, access.session.id, 'elements');
      const [dto] = (await this.elements(manager, access.session.id, participant.id)).filter((e) => e.id === element.id);
      return dto;
    });
  }

  // Helpers

  /** Contributions stop when the session is closed. */
  private assertOpen(access: SessionAccess): void {
    if (access.session.step === 'closed') throw new ConflictException('The session is closed');
  }

  private async touch(manager: EntityManager, seriesId: string): Promise<void> {
    await manager.query('UPDATE workshop_series SET updated_at = now() WHERE id = $1', [seriesId]);
  }

  private async dotsUsed(manager: EntityManager, participantId: string): Promise<number> {
    const [{ used }] = (await manager.query('SELECT coalesce(sum(dots), 0)::int AS used FROM workshop_dots WHERE participant_id = $1', [
      participantId,
    ])) as Array<{ used: number }>;
    return used;
  }

  /** A session's elements, most dots first, with the caller's dots. */
  private async elements(manager: EntityManager, sessionId: string, participantId: string | null): Promise<WorkshopElement[]> {
    const rows = (await manager.query(
      `SELECT e.id, e.side, e.text,
              coalesce(sum(d.dots), 0)::int AS dots,
              coalesce(sum(d.dots) FILTER (WHERE d.participant_id = $2), 0)::int AS "myDots"
         FROM workshop_elements e LEFT JOIN workshop_dots d ON d.element_id = e.id
        WHERE e.session_id = $1
        GROUP BY e.id
        ORDER BY dots DESC, e.created_at ASC`,
      [sessionId, participantId],
    )) as WorkshopElement[];
    return rows;
  }

  private participantDto(p: WorkshopParticipantEntity, showEmail: boolean): WorkshopParticipant {
    return {
      id: p.id,
      name: p.name,
      side: p.side,
      organisationName: p.organisationName,
      guest: p.userId === null,
      motivation: p.motivation,
      expectations: p.expectations,
      email: showEmail ? p.email : null,
    };
  }

  private async firstOrganisationName(manager: EntityManager, userId: string): Promise<string | null> {
    const membership = await manager.findOne(Membership, { where: { userId }, order: { createdAt: 'ASC' } });
    if (!membership) return null;
    return (await manager.findOneBy(Organisation, { id: membership.organisationId }))?.name ?? null;
  }

  private async summaries(manager: EntityManager, series: WorkshopSeriesEntity[]): Promise<WorkshopSeriesSummary[]> {
    if (series.length === 0) return [];
    const ids = series.map((s) => s.id);
    const facilitators = (await manager.query(
      `SELECT f.series_id AS "seriesId", u.id, u.name FROM workshop_facilitators f JOIN users u ON u.id = f.user_id
        WHERE f.series_id = ANY($1::uuid[]) ORDER BY u.name`,
      [ids],
    )) as Array<{ seriesId: string; id: string; name: string }>;
    const counts = (await manager.query(
      `SELECT w.id,
              (SELECT count(*)::int FROM workshop_sessions s WHERE s.series_id = w.id) AS sessions,
              (SELECT count(*)::int FROM workshop_proposals p WHERE p.series_id = w.id) AS proposals
         FROM workshop_series w WHERE w.id = ANY($1::uuid[])`,
      [ids],
    )) as Array<{ id: string; sessions: number; proposals: number }>;
    return series.map((s) => {
      const count = counts.find((c) => c.id === s.id);
      return {
        id: s.id,
        title: s.title,
        description: s.description,
        facilitators: facilitators.filter((f) => f.seriesId === s.id).map(({ id, name }) => ({ id, name })),
        sessionCount: count?.sessions ?? 0,
        proposalCount: count?.proposals ?? 0,
        createdAt: s.createdAt.toISOString(),
        updatedAt: s.updatedAt.toISOString(),
      };
    });
  }

  private async sessionSummaries(manager: EntityManager, sessions: WorkshopSessionEntity[]): Promise<WorkshopSessionSummary[]> {
    if (sessions.length === 0) return [];
    const counts = (await manager
      .createQueryBuilder(WorkshopParticipantEntity, 'p')
      .select('p.session_id', 'sessionId')
      .addSelect('count(*)::int', 'count')
      .where({ sessionId: In(sessions.map((s) => s.id)) })
      .groupBy('p.session_id')
      .getRawMany()) as Array<{ sessionId: string; count: number }>;
    return sessions.map((s) => ({
      id: s.id,
      seriesId: s.seriesId,
      number: s.number,
      title: s.title,
      startsAt: s.startsAt.toISOString(),
      place: s.place,
      online: s.online,
      facilitatorName: s.facilitatorName,
      step: s.step,
      participantCount: counts.find((c) => c.sessionId === s.id)?.count ?? 0,
    }));
  }
}
