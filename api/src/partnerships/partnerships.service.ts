import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager, In } from 'typeorm';

import {
  type Interest,
  type Page,
  PARTNERSHIP_STALE_DAYS,
  type Partnership,
  type PartnershipSummary,
  type PartnershipTask,
  type RecordRef,
  STAGE_GUIDE_PHASES,
} from '@opi/contracts';

import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { pageOf } from '../common/list-query';
import { Membership } from '../memberships/membership.entity';
import { Need } from '../needs/need.entity';
import { Offering } from '../offerings/offering.entity';
import { NotificationCenter } from '../notifications/notification-center';
import { Organisation } from '../organisations/organisation.entity';
import type {
  AddNoteDto,
  AddTaskDto,
  ChangeStageDto,
  ConsentDto,
  ExpressInterestDto,
  InterestListQueryDto,
  IntroduceDto,
  PartnershipEvaluationDto,
  PartnershipListQueryDto,
} from './dto/partnership.dto';
import {
  InterestEntity,
  PartnershipEntity,
  PartnershipEvaluationEntity,
  PartnershipEventEntity,
  PartnershipPartyEntity,
  PartnershipTaskEntity,
} from './partnership.entities';
import { illegalMove } from './pipeline';

type MarketRecord = Need | Offering;

/** Cluster managers broker: they see every partnership, introduce organisations and may override the pipeline. */
export const isBroker = (user: AuthUser) => user.role === 'cluster_manager' || user.role === 'admin';

const orgRef = (o: Organisation) => ({ id: o.id, name: o.name, kind: o.kind, country: o.country });

/**
 * Expressions of interest, introductions and the partnership pipeline. A
 * partnership is seen by its parties' members and by cluster managers;
 * its members' contact details only once every party has agreed to be
 * introduced.
 */
@Injectable()
export class PartnershipsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationCenter,
  ) {}

  /** A write and what it tells people: notification events are recorded inside, delivered after commit. */
  async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(work);
    await this.notifications.kick();
    return result;
  }

  // Interests

  async expressInterest(user: AuthUser, body: ExpressInterestDto): Promise<Interest> {
    const id = await this.write((manager) => this.expressInterestIn(manager, user, body));
    return this.interestFor(user, id);
  }

  /** Writes an interest in the caller's transaction; returns its id. */
  async expressInterestIn(manager: EntityManager, user: AuthUser, body: ExpressInterestDto): Promise<string> {
    const subject = await this.findRecord(manager, body.subject.type, body.subject.id);
    if (!subject) throw new BadRequestException(['subject.id must be the id of your need or offering']);
    if (!(await this.memberOfAny(manager, user, [subject.organisationId]))) {
      throw new ForbiddenException("Only members of the subject's organisation express interest for it");
    }
    const toOrganisationId = await this.targetOrganisation(manager, body.target.type, body.target.id);
    if (toOrganisationId === subject.organisationId) throw new BadRequestException(['target.id belongs to your own organisation']);
    const pair = `${body.subject.type}→${body.target.type}`;
    if (!['need→offering', 'offering→need', 'offering→organisation', 'need→need', 'need→organisation'].includes(pair)) {
      throw new BadRequestException([`target.type: an interest from an ${body.subject.type} goes to a need, an offering or an organisation that fits it`]);
    }
    const pending = await manager.existsBy(InterestEntity, {
      subjectId: subject.id,
      targetId: body.target.id,
      status: 'pending',
    });
    if (pending) throw new ConflictException('You already expressed interest in this; wait for the answer');
    const saved = await manager.save(
      manager.create(InterestEntity, {
        fromOrganisationId: subject.organisationId,
        toOrganisationId,
        subjectType: body.subject.type,
        subjectId: subject.id,
        targetType: body.target.type,
        targetId: body.target.id,
        message: body.message,
        status: 'pending',
        createdBy: user.id,
      }),
    );
    await this.audit.record(manager, { userId: user.id, action: 'interest.create', entityType: 'interest', entityId: saved.id });
    await this.notifications.record(manager, { kind: 'interestReceived', interestId: saved.id }, user.id);
    return saved.id;
  }

  async interests(user: AuthUser, query: InterestListQueryDto): Promise<Page<Interest>> {
    const { page, pageSize, skip } = pageOf(query);
    const organisations = await this.memberOrganisations(this.dataSource.manager, user);
    const column = query.direction === 'sent' ? 'fromOrganisationId' : 'toOrganisationId';
    const [rows, total] = await this.dataSource.manager.findAndCount(InterestEntity, {
      where: { [column]: In(organisations.length ? organisations : ['00000000-0000-0000-0000-000000000000']) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip,
      take: pageSize,
    });
    const items = await Promise.all(rows.map((row) => this.interestDto(this.dataSource.manager, row, organisations)));
    return { items, total, page, pageSize };
  }

  /** The receiving organisation accepts: the two become partners, introduced to each other. */
  async acceptInterest(user: AuthUser, interestId: string): Promise<Interest> {
    await this.write(async (manager) => {
      const interest = await this.interestToAnswer(manager, user, interestId);
      const subject = (await this.findRecord(manager, interest.subjectType, interest.subjectId))!;
      const target = interest.targetType === 'organisation' ? null : await this.findRecord(manager, interest.targetType, interest.targetId);
      const records = [subject, target].filter((r): r is MarketRecord => r !== null);
      const need = records.find((r): r is Need => r instanceof Need) ?? null;
      const offering = records.find((r): r is Offering => r instanceof Offering) ?? null;
      const title = records.length === 2 ? `${records[0].title} × ${records[1].title}` : subject.title;
      const partnership = await manager.save(
        manager.create(PartnershipEntity, {
          title,
          stage: 'introduced',
          needId: need?.id ?? null,
          offeringId: offering?.id ?? null,
          introducedBy: null,
          note: interest.message,
          lastActivityAt: new Date(),
        }),
      );
      const now = new Date();
      await manager.insert(PartnershipPartyEntity, [
        { partnershipId: partnership.id, organisationId: interest.fromOrganisationId, consentAt: interest.createdAt, consentBy: interest.createdBy },
        { partnershipId: partnership.id, organisationId: interest.toOrganisationId, consentAt: now, consentBy: user.id },
      ]);
      await this.enterStage(manager, { partnershipId: partnership.id, kind: 'created', userId: user.id, text: interest.message, toStage: 'introduced' });
      Object.assign(interest, { status: 'accepted', respondedBy: user.id, respondedAt: now, partnershipId: partnership.id });
      await manager.save(interest);
      await this.audit.record(manager, { userId: user.id, action: 'interest.accept', entityType: 'interest', entityId: interest.id });
    });
    return this.interestFor(user, interestId);
  }

  async declineInterest(user: AuthUser, interestId: string, reason: string): Promise<Interest> {
    await this.dataSource.transaction(async (manager) => {
      const interest = await this.interestToAnswer(manager, user, interestId);
      Object.assign(interest, { status: 'declined', declineReason: reason, respondedBy: user.id, respondedAt: new Date() });
      await manager.save(interest);
      await this.audit.record(manager, { userId: user.id, action: 'interest.decline', entityType: 'interest', entityId: interest.id });
    });
    return this.interestFor(user, interestId);
  }

  // Introductions

  /** A cluster manager introduces two organisations; both must agree before they see each other's contacts. */
  async introduce(user: AuthUser, body: IntroduceDto): Promise<Partnership> {
    const id = await this.write((manager) => this.introduceIn(manager, user, body));
    return this.get(user, id);
  }

  /** Writes an introduction in the caller's transaction; returns the new partnership's id. */
  async introduceIn(manager: EntityManager, user: AuthUser, body: IntroduceDto): Promise<string> {
    const [a, b] = body.organisationIds;
    if (a === b) throw new BadRequestException(['organisationIds must name two different organisations']);
    const organisations = await manager.findBy(Organisation, { id: In([a, b]), status: 'published' });
    if (organisations.length !== 2) throw new BadRequestException(['organisationIds must name two published organisations']);
    const need = body.needId ? await manager.findOneBy(Need, { id: body.needId }) : null;
    if (body.needId && (!need || ![a, b].includes(need.organisationId))) {
      throw new BadRequestException(['needId must be a need of one of the two organisations']);
    }
    const offering = body.offeringId ? await manager.findOneBy(Offering, { id: body.offeringId }) : null;
    if (body.offeringId && (!offering || ![a, b].includes(offering.organisationId))) {
      throw new BadRequestException(['offeringId must be an offering of one of the two organisations']);
    }
    const title =
      need && offering ? `${need.title} × ${offering.title}` : (need?.title ?? offering?.title ?? organisations.map((o) => o.name).join(' × '));
    const partnership = await manager.save(
      manager.create(PartnershipEntity, {
        title,
        stage: 'proposed',
        needId: need?.id ?? null,
        offeringId: offering?.id ?? null,
        introducedBy: user.id,
        note: body.note,
        lastActivityAt: new Date(),
      }),
    );
    await manager.insert(
      PartnershipPartyEntity,
      [a, b].map((organisationId) => ({ partnershipId: partnership.id, organisationId, consentAt: null, consentBy: null })),
    );
    await this.enterStage(manager, { partnershipId: partnership.id, kind: 'created', userId: user.id, text: body.note, toStage: 'proposed' });
    await this.audit.record(manager, { userId: user.id, action: 'partnership.introduce', entityType: 'partnership', entityId: partnership.id });
    await this.notifications.record(manager, { kind: 'introductionMade', partnershipId: partnership.id }, user.id);
    return partnership.id;
  }

  /** A party's answer to an introduction; when all agree the partnership is `introduced`, a refusal closes it. */
  async consent(user: AuthUser, partnershipId: string, body: ConsentDto): Promise<Partnership> {
    await this.write(async (manager) => {
      const partnership = await this.visiblePartnership(manager, user, partnershipId, { lock: true });
      const parties = await manager.findBy(PartnershipPartyEntity, { partnershipId: partnership.id });
      const mine = await this.memberOrganisations(manager, user);
      const party = parties.find((p) => mine.includes(p.organisationId) && p.consentAt === null);
      if (!party) throw new ForbiddenException('Only a party that has not answered yet may answer the introduction');
      if (partnership.stage !== 'proposed') throw new ConflictException('The introduction has already been answered');
      const now = new Date();
      if (body.accept) {
        Object.assign(party, { consentAt: now, consentBy: user.id });
        await manager.save(party);
        await manager.insert(PartnershipEventEntity, { partnershipId: partnership.id, kind: 'consent', userId: user.id, text: null });
        if (parties.every((p) => p.consentAt !== null)) {
          await this.enterStage(manager, {
            partnershipId: partnership.id,
            kind: 'stage',
            userId: user.id,
            fromStage: 'proposed',
            toStage: 'introduced',
            text: null,
          });
          partnership.stage = 'introduced';
        }
      } else {
        await manager.insert(PartnershipEventEntity, { partnershipId: partnership.id, kind: 'consent', userId: user.id, text: body.reason ?? null });
        await this.enterStage(manager, {
          partnershipId: partnership.id,
          kind: 'stage',
          userId: user.id,
          fromStage: 'proposed',
          toStage: 'closed',
          text: body.reason ?? null,
        });
        Object.assign(partnership, { stage: 'closed', outcome: 'stopped', closeReason: body.reason ?? null });
      }
      partnership.lastActivityAt = now;
      await manager.save(partnership);
      await this.audit.record(manager, {
        userId: user.id,
        action: body.accept ? 'partnership.consent' : 'partnership.decline',
        entityType: 'partnership',
        entityId: partnership.id,
      });
    });
    return this.get(user, partnershipId);
  }

  // The pipeline

  async changeStage(user: AuthUser, partnershipId: string, body: ChangeStageDto): Promise<Partnership> {
    await this.write(async (manager) => {
      const partnership = await this.editablePartnership(manager, user, partnershipId);
      if (partnership.version !== body.version) {
        throw new ConflictException('The partnership was changed by someone else since you read it: reload and try again');
      }
      const problem = illegalMove(partnership.stage, body.stage);
      const overridden = problem !== null && body.override === true;
      if (problem && !overridden) {
        throw new ConflictException(isBroker(user) ? `${problem} (override with a reason to move it anyway)` : problem);
      }
      if (overridden && !isBroker(user)) throw new ForbiddenException('Only cluster managers override the pipeline');
      await this.enterStage(manager, {
        partnershipId: partnership.id,
        kind: overridden ? 'override' : 'stage',
        userId: user.id,
        fromStage: partnership.stage,
        toStage: body.stage,
        text: body.reason ?? null,
      });
      Object.assign(partnership, {
        stage: body.stage,
        outcome: body.stage === 'closed' ? body.outcome : null,
        closeReason: body.stage === 'closed' ? body.reason : null,
        lastActivityAt: new Date(),
      });
      await manager.save(partnership);
      await this.audit.record(manager, {
        userId: user.id,
        action: overridden ? 'partnership.override' : 'partnership.stage',
        entityType: 'partnership',
        entityId: partnership.id,
        after: { stage: body.stage },
      });
    });
    return this.get(user, partnershipId);
  }

  async addNote(user: AuthUser, partnershipId: string, body: AddNoteDto): Promise<Partnership> {
    await this.dataSource.transaction(async (manager) => {
      const partnership = await this.editablePartnership(manager, user, partnershipId);
      await manager.insert(PartnershipEventEntity, { partnershipId: partnership.id, kind: 'note', userId: user.id, text: body.text });
      await this.touch(manager, partnership.id);
    });
    return this.get(user, partnershipId);
  }

  async addTask(user: AuthUser, partnershipId: string, body: AddTaskDto): Promise<Partnership> {
    await this.dataSource.transaction(async (manager) => {
      const partnership = await this.editablePartnership(manager, user, partnershipId);
      await manager.insert(PartnershipTaskEntity, { partnershipId: partnership.id, title: body.title, dueDate: body.dueDate ?? null, createdBy: user.id });
      await manager.insert(PartnershipEventEntity, { partnershipId: partnership.id, kind: 'task', userId: user.id, text: body.title });
      await this.touch(manager, partnership.id);
    });
    return this.get(user, partnershipId);
  }

  async setTaskDone(user: AuthUser, taskId: string, done: boolean): Promise<PartnershipTask> {
    return this.dataSource.transaction(async (manager) => {
      const task = isUUID(taskId) ? await manager.findOneBy(PartnershipTaskEntity, { id: taskId }) : null;
      if (!task) throw new NotFoundException('No such task');
      await this.editablePartnership(manager, user, task.partnershipId);
      if (done !== (task.doneAt !== null)) {
        task.doneAt = done ? new Date() : null;
        await manager.save(task);
        if (done) await manager.insert(PartnershipEventEntity, { partnershipId: task.partnershipId, kind: 'task-done', userId: user.id, text: task.title });
        await this.touch(manager, task.partnershipId);
      }
      return this.taskDto(task, new Map());
    });
  }

  /** A party's evaluation of a closed partnership (again to change it). */
  async evaluate(user: AuthUser, partnershipId: string, body: PartnershipEvaluationDto): Promise<Partnership> {
    await this.dataSource.transaction(async (manager) => {
      const partnership = await this.visiblePartnership(manager, user, partnershipId, { lock: true });
      const parties = await manager.findBy(PartnershipPartyEntity, { partnershipId: partnership.id });
      const mine = await this.memberOrganisations(manager, user);
      const party = parties.find((p) => mine.includes(p.organisationId));
      if (!party) throw new ForbiddenException('Only the parties evaluate a partnership');
      if (partnership.stage !== 'closed') throw new ConflictException('A partnership is evaluated when it closes');
      await manager.upsert(
        PartnershipEvaluationEntity,
        {
          partnershipId: partnership.id,
          organisationId: party.organisationId,
          benefits: [...new Set(body.benefits)],
          implemented: body.implemented,
          comment: body.comment || null,
          userId: user.id,
          at: new Date(),
        },
        ['partnershipId', 'organisationId'],
      );
      await this.audit.record(manager, { userId: user.id, action: 'partnership.evaluate', entityType: 'partnership', entityId: partnership.id });
    });
    return this.get(user, partnershipId);
  }

  // Reading

  async list(user: AuthUser, query: PartnershipListQueryDto): Promise<Page<PartnershipSummary>> {
    const { page, pageSize, skip } = pageOf(query);
    const qb = this.dataSource.manager.createQueryBuilder(PartnershipEntity, 'p');
    if (!isBroker(user)) {
      qb.where(
        'p.id IN (SELECT pp.partnership_id FROM partnership_parties pp JOIN memberships m ON m.organisation_id = pp.organisation_id WHERE m.user_id = :userId)',
        { userId: user.id },
      );
    }
    if (query.stage) qb.andWhere('p.stage = :stage', { stage: query.stage });
    const [rows, total] = await qb.orderBy('p.last_activity_at', 'DESC').addOrderBy('p.id', 'ASC').skip(skip).take(pageSize).getManyAndCount();
    const items = await this.summaries(this.dataSource.manager, rows);
    return { items, total, page, pageSize };
  }

  async get(user: AuthUser, partnershipId: string): Promise<Partnership> {
    const manager = this.dataSource.manager;
    const partnership = await this.visiblePartnership(manager, user, partnershipId);
    const [summary] = await this.summaries(manager, [partnership]);
    const parties = await manager.find(PartnershipPartyEntity, { where: { partnershipId: partnership.id }, relations: { organisation: true } });
    const everyoneAgreed = parties.every((p) => p.consentAt !== null);
    const contacts = everyoneAgreed
      ? ((await manager.query(
          `SELECT m.organisation_id AS "organisationId", u.name, u.email FROM memberships m JOIN users u ON u.id = m.user_id
            WHERE m.organisation_id = ANY($1::uuid[]) AND u.disabled_at IS NULL ORDER BY u.name`,
          [parties.map((p) => p.organisationId)],
        )) as Array<{ organisationId: string; name: string; email: string }>)
      : [];
    const names = await this.userNames(manager, partnership.id);
    const events = await manager.find(PartnershipEventEntity, { where: { partnershipId: partnership.id }, order: { at: 'DESC', id: 'ASC' } });
    const tasks = await manager.find(PartnershipTaskEntity, { where: { partnershipId: partnership.id }, order: { createdAt: 'ASC' } });
    const mine = await this.memberOrganisations(manager, user);
    const myParty = parties.find((p) => mine.includes(p.organisationId));
    const evaluations = await manager.find(PartnershipEvaluationEntity, {
      where: { partnershipId: partnership.id },
      relations: { organisation: true, user: true },
      order: { at: 'ASC' },
    });
    return {
      ...summary,
      partyDetails: parties.map((p) => ({
        organisation: orgRef(p.organisation),
        consentAt: p.consentAt?.toISOString() ?? null,
        consentBy: p.consentBy ? (names.get(p.consentBy) ?? null) : null,
        contacts: everyoneAgreed ? contacts.filter((c) => c.organisationId === p.organisationId).map(({ name, email }) => ({ name, email })) : null,
      })),
      note: partnership.note,
      closeReason: partnership.closeReason,
      history: events.map((e) => ({
        id: e.id,
        kind: e.kind,
        at: e.at.toISOString(),
        by: e.userId ? (names.get(e.userId) ?? null) : null,
        text: e.text,
        fromStage: e.fromStage,
        toStage: e.toStage,
      })),
      tasks: tasks.map((t) => this.taskDto(t, names)),
      guidePhase: STAGE_GUIDE_PHASES[partnership.stage] ?? null,
      myOrganisationId: myParty?.organisationId ?? null,
      canEdit: partnership.stage !== 'proposed' && (isBroker(user) || !!myParty),
      canOverride: isBroker(user),
      evaluations: evaluations.map((e) => ({
        organisation: orgRef(e.organisation),
        benefits: e.benefits,
        implemented: e.implemented,
        comment: e.comment,
        by: e.user?.name ?? null,
        at: e.at.toISOString(),
      })),
    };
  }

  // Helpers

  private async summaries(manager: EntityManager, rows: PartnershipEntity[]): Promise<PartnershipSummary[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const parties = await manager.find(PartnershipPartyEntity, { where: { partnershipId: In(ids) }, relations: { organisation: true } });
    const needs = await manager.findBy(Need, { id: In(rows.map((r) => r.needId).filter((id): id is string => !!id)) });
    const offerings = await manager.findBy(Offering, { id: In(rows.map((r) => r.offeringId).filter((id): id is string => !!id)) });
    const staleBefore = Date.now() - PARTNERSHIP_STALE_DAYS * 24 * 3600 * 1000;
    return rows.map((p) => {
      const need = needs.find((n) => n.id === p.needId);
      const offering = offerings.find((o) => o.id === p.offeringId);
      return {
        id: p.id,
        title: p.title,
        stage: p.stage,
        outcome: p.outcome,
        parties: parties.filter((pp) => pp.partnershipId === p.id).map((pp) => orgRef(pp.organisation)),
        need: need ? { type: 'need', id: need.id, title: need.title } : null,
        offering: offering ? { type: 'offering', id: offering.id, title: offering.title } : null,
        introduced: p.introducedBy !== null,
        lastActivityAt: p.lastActivityAt.toISOString(),
        stale: p.stage !== 'closed' && p.lastActivityAt.getTime() < staleBefore,
        version: p.version,
      };
    });
  }

  private taskDto(t: PartnershipTaskEntity, names: Map<string, string>): PartnershipTask {
    return {
      id: t.id,
      title: t.title,
      dueDate: t.dueDate,
      doneAt: t.doneAt?.toISOString() ?? null,
      createdBy: t.createdBy ? (names.get(t.createdBy) ?? null) : null,
    };
  }

  /** Names of the users who appear in a partnership's history, tasks and consents. */
  private async userNames(manager: EntityManager, partnershipId: string): Promise<Map<string, string>> {
    const rows = (await manager.query(
      `SELECT u.id, u.name FROM users u WHERE u.id IN (
         SELECT user_id FROM partnership_events WHERE partnership_id = $1
         UNION SELECT created_by FROM partnership_tasks WHERE partnership_id = $1
         UNION SELECT consent_by FROM partnership_parties WHERE partnership_id = $1)`,
      [partnershipId],
    )) as Array<{ id: string; name: string }>;
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  private async memberOrganisations(manager: EntityManager, user: AuthUser): Promise<string[]> {
    return (await manager.findBy(Membership, { userId: user.id })).map((m) => m.organisationId);
  }

  async memberOfAny(manager: EntityManager, user: AuthUser, organisationIds: string[]): Promise<boolean> {
    return manager.existsBy(Membership, { userId: user.id, organisationId: In(organisationIds) });
  }

  /** Parties' members and cluster managers see a partnership; anyone else gets 404. */
  async visiblePartnership(
    manager: EntityManager,
    user: AuthUser,
    partnershipId: string,
    { lock = false } = {},
  ): Promise<PartnershipEntity> {
    const partnership = isUUID(partnershipId)
      ? await manager.findOne(PartnershipEntity, { where: { id: partnershipId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      : null;
    if (!partnership) throw new NotFoundException('No such partnership');
    if (isBroker(user)) return partnership;
    const parties = await manager.findBy(PartnershipPartyEntity, { partnershipId: partnership.id });
    if (!(await this.memberOfAny(manager, user, parties.map((p) => p.organisationId)))) throw new NotFoundException('No such partnership');
    return partnership;
  }

  /** For stage changes, notes and tasks: a party's member (once introduced) or a cluster manager. */
  private async editablePartnership(manager: EntityManager, user: AuthUser, partnershipId: string): Promise<PartnershipEntity> {
    const partnership = await this.visiblePartnership(manager, user, partnershipId, { lock: true });
    if (partnership.stage === 'proposed' && !isBroker(user)) {
      throw new ConflictException('The introduction has not been agreed to by both parties yet');
    }
    return partnership;
  }

  /**
   * Writes an event that moves the partnership into `toStage`, and ends the
   * stay in the stage it leaves (for the dashboard's time per stage).
   */
  private async enterStage(manager: EntityManager, event: Partial<PartnershipEventEntity> & { partnershipId: string }): Promise<void> {
    await manager.query(
      'UPDATE partnership_events SET left_at = clock_timestamp() WHERE partnership_id = $1 AND to_stage IS NOT NULL AND left_at IS NULL',
      [event.partnershipId],
    );
    await manager.insert(PartnershipEventEntity, event);
    // A new introduction is announced as such (introductionMade); every later stage tells the parties.
    if (event.toStage && event.toStage !== 'proposed') {
      await this.notifications.record(manager, { kind: 'stageChanged', partnershipId: event.partnershipId, stage: event.toStage }, event.userId ?? null);
    }
  }

  private async touch(manager: EntityManager, partnershipId: string): Promise<void> {
    await manager.query('UPDATE partnerships SET last_activity_at = now() WHERE id = $1', [partnershipId]);
  }

  private async findRecord(manager: EntityManager, type: 'need' | 'offering' | 'organisation', id: string): Promise<MarketRecord | null> {
    if (type === 'organisation' || !isUUID(id)) return null;
    return type === 'need' ? manager.findOneBy(Need, { id }) : manager.findOneBy(Offering, { id });
  }

  /** The organisation an interest goes to: the target record's (published) or the target organisation (published). */
  private async targetOrganisation(manager: EntityManager, type: 'need' | 'offering' | 'organisation', id: string): Promise<string> {
    if (type === 'organisation') {
      const organisation = await manager.findOneBy(Organisation, { id, status: 'published' });
      if (!organisation) throw new BadRequestException(['target.id must be the id of a published organisation']);
      return organisation.id;
    }
    const record = await this.findRecord(manager, type, id);
    if (!record || record.status !== 'published') throw new BadRequestException([`target.id must be the id of a published ${type}`]);
    return record.organisationId;
  }

  private async interestToAnswer(manager: EntityManager, user: AuthUser, interestId: string): Promise<InterestEntity> {
    const interest = isUUID(interestId)
      ? await manager.findOne(InterestEntity, { where: { id: interestId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!interest) throw new NotFoundException('No such interest');
    const mine = await this.memberOrganisations(manager, user);
    if (!mine.includes(interest.toOrganisationId)) {
      if (mine.includes(interest.fromOrganisationId)) throw new ForbiddenException('Only the organisation it was sent to answers it');
      throw new NotFoundException('No such interest');
    }
    if (interest.status !== 'pending') throw new ConflictException(`The interest was already ${interest.status}`);
    return interest;
  }

  /** One interest as the caller sees it (after a write). */
  private async interestFor(user: AuthUser, id: string): Promise<Interest> {
    const manager = this.dataSource.manager;
    return this.interestDto(manager, await manager.findOneByOrFail(InterestEntity, { id }), await this.memberOrganisations(manager, user));
  }

  /** `mine`: the caller's organisations (whether they may answer it). */
  private async interestDto(manager: EntityManager, interest: InterestEntity, mine: string[]): Promise<Interest> {
    const organisations = await manager.findBy(Organisation, { id: In([interest.fromOrganisationId, interest.toOrganisationId]) });
    const from = organisations.find((o) => o.id === interest.fromOrganisationId)!;
    const to = organisations.find((o) => o.id === interest.toOrganisationId)!;
    const ref = async (type: 'need' | 'offering' | 'organisation', id: string): Promise<RecordRef | null> => {
      const record = await this.findRecord(manager, type, id);
      return record ? { type: type as 'need' | 'offering', id: record.id, title: record.title } : null;
    };
    return {
      id: interest.id,
      status: interest.status,
      message: interest.message,
      from: orgRef(from),
      to: orgRef(to),
      subject: (await ref(interest.subjectType, interest.subjectId)) ?? { type: interest.subjectType, id: interest.subjectId, title: '' },
      target: await ref(interest.targetType, interest.targetId),
      declineReason: interest.declineReason,
      partnershipId: interest.partnershipId,
      createdAt: interest.createdAt.toISOString(),
      respondedAt: interest.respondedAt?.toISOString() ?? null,
      canRespond: interest.status === 'pending' && mine.includes(interest.toOrganisationId),
    };
  }
}
