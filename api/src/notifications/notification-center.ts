import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import {
  DEFAULT_MAIL_LANGUAGE,
  DEFAULT_NOTIFICATION_PREFERENCES,
  type EmailFrequency,
  type MailLanguage,
  type NotificationKind,
  type NotificationParams,
  type PipelineStage,
  STRONG_MATCH_SCORE,
} from '@opi/contracts';

import { JobQueue } from '../jobs/job-queue';
import { Mailer } from './mailer';
import { NotificationEntity, NotificationEventEntity } from './notification.entities';

/** What the brokering code reports, in the transaction of the change. */
export type NotificationEvent =
  | { kind: 'interestReceived'; interestId: string }
  | { kind: 'introductionMade'; partnershipId: string }
  | { kind: 'stageChanged'; partnershipId: string; stage: PipelineStage };

/** A person to notify, with their settings. */
interface Recipient {
  id: string;
  email: string;
  name: string;
  language: MailLanguage | null;
  preferences: Partial<Record<NotificationKind, { inApp: boolean; email: EmailFrequency }>> | null;
}

/** What one notification says, to whom. */
interface Notice {
  kind: NotificationKind;
  dedupeKey: string;
  params: NotificationParams;
  link: string;
}

export interface DeliveryResult {
  events: number;
  notifications: number;
  mails: number;
}

const DELIVER_QUEUE = 'notifications-deliver';
/** Strong matches listed in one notification (the count covers all). */
const MATCHES_LISTED = 5;

const RECIPIENT_COLUMNS = `u.id, u.email, u.name, s.language, s.preferences`;
const WITH_SETTINGS = `LEFT JOIN notification_settings s ON s.user_id = u.id`;

/**
 * Turns what happens in the portal into notifications: events recorded in
 * the transaction of a change are delivered by a job to the people
 * concerned; daily jobs report strong matches and tasks due, and batch
 * digests. Every write is keyed (`dedupe_key`, `match_notices`), so a job
 * that runs twice — a retry, two API instances — notifies once.
 */
@Injectable()
export class NotificationCenter implements OnModuleInit {
  private readonly logger = new Logger(NotificationCenter.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
  ) {}

  onModuleInit(): void {
    this.jobs.registerWorker({ name: DELIVER_QUEUE, run: () => this.deliverPending() });
    // Catches what a crash between commit and enqueue left, and retries SMTP.
    this.jobs.register({ name: 'notifications-sweep', cron: '* * * * *', run: () => this.deliverPending() });
    this.jobs.register({ name: 'notifications-daily', cron: '0 6 * * *', run: () => this.daily() });
    this.jobs.register({ name: 'notifications-weekly', cron: '30 6 * * 1', run: () => this.sendDigests('weekly') });
  }

  /** Records an event in the caller's transaction; call `kick()` after commit. */
  async record(manager: EntityManager, event: NotificationEvent, actorId: string | null): Promise<void> {
    const { kind, ...payload } = event;
    await manager.insert(NotificationEventEntity, { kind, payload, actorId });
  }

  /** Asks the job queue to deliver recorded events now (at most one such job waits at a time). */
  async kick(): Promise<void> {
    try {
      await this.jobs.enqueue(DELIVER_QUEUE, {}, 'pending');
    } catch (error) {
      // The minute sweep delivers it anyway.
      this.logger.warn(`Could not queue delivery: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Delivers every recorded event not yet delivered, then sends what waits for SMTP. */
  async deliverPending(): Promise<DeliveryResult> {
    const total: DeliveryResult = { events: 0, notifications: 0, mails: 0 };
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const events: NotificationEventEntity[] = await manager
          .createQueryBuilder(NotificationEventEntity, 'e')
          .where('e.processedAt IS NULL')
          .orderBy('e.createdAt', 'ASC')
          .take(100)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        const result: DeliveryResult = { events: events.length, notifications: 0, mails: 0 };
        for (const event of events) {
          const { notice, recipients } = await this.resolve(manager, event);
          const written = notice ? await this.notify(manager, recipients.filter((r) => r.id !== event.actorId), notice) : { notifications: 0, mails: 0 };
          result.notifications += written.notifications;
          result.mails += written.mails;
        }
        if (events.length > 0) {
          await manager.query(`UPDATE notification_events SET processed_at = now() WHERE id = ANY($1)`, [events.map((e) => e.id)]);
        }
        return result;
      });
      total.events += batch.events;
      total.notifications += batch.notifications;
      total.mails += batch.mails;
      if (batch.events < 100) break;
    }
    await this.mailer.sendPending();
    return total;
  }

  /** The daily run: strong matches and tasks due are noticed, then the daily digests go out. */
  async daily(today: string = new Date().toISOString().slice(0, 10)): Promise<Record<string, number>> {
    const matches = await this.noticeStrongMatches();
    const tasks = await this.noticeDueTasks(today);
    const digests = await this.sendDigests('daily', today);
    await this.mailer.sendPending();
    return { matches, tasks, digests };
  }

  /**
   * Strong matches (score ≥ STRONG_MATCH_SCORE, both records published) not
   * yet reported to a member of either organisation become one notification
   * per member. Returns the number of notifications written.
   */
  async noticeStrongMatches(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const fresh: Array<{ user_id: string; need_id: string; offering_id: string; score: number; need_title: string; offering_title: string; own_need: boolean }> =
        await manager.query(
          `WITH noticed AS (
             INSERT INTO match_notices (user_id, need_id, offering_id)
             SELECT DISTINCT m.user_id, nm.need_id, nm.offering_id
               FROM need_matches nm
               JOIN needs n ON n.id = nm.need_id AND n.status = 'published'
               JOIN offerings o ON o.id = nm.offering_id AND o.status = 'published'
               JOIN memberships m ON m.organisation_id IN (n.organisation_id, o.organisation_id)
              WHERE nm.score >= $1
             ON CONFLICT DO NOTHING
             RETURNING user_id, need_id, offering_id)
           SELECT x.user_id, x.need_id, x.offering_id, nm.score, n.title AS need_title, o.title AS offering_title,
                  EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = x.user_id AND m.organisation_id = n.organisation_id) AS own_need
             FROM noticed x
             JOIN need_matches nm ON nm.need_id = x.need_id AND nm.offering_id = x.offering_id
             JOIN needs n ON n.id = x.need_id
             JOIN offerings o ON o.id = x.offering_id
            ORDER BY x.user_id, nm.score DESC`,
          [STRONG_MATCH_SCORE],
        );
      const byUser = new Map<string, typeof fresh>();
      for (const row of fresh) {
        const rows = byUser.get(row.user_id);
        if (rows) rows.push(row);
        else byUser.set(row.user_id, [row]);
      }
      if (byUser.size === 0) return 0;
      const recipients = await this.recipients(manager, `u.id = ANY($1)`, [[...byUser.keys()]]);
      const runKey = `matches:${new Date().toISOString()}`;
      let written = 0;
      for (const recipient of recipients) {
        const rows = byUser.get(recipient.id) ?? [];
        const matches = rows.slice(0, MATCHES_LISTED).map((row) => ({
          subjectTitle: row.own_need ? row.need_title : row.offering_title,
          candidateTitle: row.own_need ? row.offering_title : row.need_title,
          score: Math.round(row.score * 100) / 100,
          link: `/needs/${row.need_id}`,
        }));
        const link = rows.every((row) => row.need_id === rows[0].need_id) ? `/needs/${rows[0].need_id}` : '/my/needs';
        const notice: Notice = { kind: 'strongMatches', dedupeKey: runKey, params: { count: rows.length, matches }, link };
        written += (await this.notify(manager, [recipient], notice)).notifications;
      }
      return written;
    });
  }

  /** Open tasks due by `today` in partnerships still running: their partnership's people are told, once per due date. */
  async noticeDueTasks(today: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const tasks: Array<{
        id: string;
        title: string;
        due_date: string;
        partnership_id: string;
        partnership_title: string;
        created_by: string | null;
        introduced_by: string | null;
      }> = await manager.query(
          `SELECT t.id, t.title, to_char(t.due_date, 'YYYY-MM-DD') AS due_date, t.partnership_id, p.title AS partnership_title,
                  t.created_by, p.introduced_by
             FROM partnership_tasks t JOIN partnerships p ON p.id = t.partnership_id
            WHERE t.done_at IS NULL AND t.due_date <= $1 AND p.stage <> 'closed'`,
          [today],
        );
      let written = 0;
      for (const task of tasks) {
        const recipients = await this.partnershipPeople(manager, task.partnership_id, [task.created_by, task.introduced_by]);
        const notice: Notice = {
          kind: 'taskDue',
          dedupeKey: `task:${task.id}:${task.due_date}`,
          params: { taskTitle: task.title, partnershipTitle: task.partnership_title, dueDate: task.due_date },
          link: `/partnerships/${task.partnership_id}`,
        };
        written += (await this.notify(manager, recipients, notice)).notifications;
      }
      return written;
    });
  }

  /**
   * One mail per user batching the notifications they chose to get as a
   * daily (or weekly) digest and that were not mailed yet. Returns the
   * number of digests written; a second run on the same day writes none.
   */
  async sendDigests(frequency: 'daily' | 'weekly', today: string = new Date().toISOString().slice(0, 10)): Promise<number> {
    const users: Array<{ user_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT user_id FROM notifications WHERE email_due = $1 AND emailed_at IS NULL`,
      [frequency],
    );
    let written = 0;
    for (const { user_id: userId } of users) {
      written += await this.dataSource.transaction(async (manager) => {
        const items: NotificationEntity[] = await manager
          .createQueryBuilder(NotificationEntity, 'n')
          .where('n.userId = :userId AND n.emailDue = :frequency AND n.emailedAt IS NULL', { userId, frequency })
          .orderBy('n.createdAt', 'ASC')
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        const [recipient] = await this.recipients(manager, `u.id = $1`, [userId]);
        if (items.length === 0 || !recipient) return 0;
        const mail = this.mailer.writer.digest(recipient.language ?? DEFAULT_MAIL_LANGUAGE, recipient.name, frequency, items);
        const queued = await this.mailer.queue(manager, { userId, to: recipient.email, ...mail, dedupeKey: `digest:${frequency}:${userId}:${today}` });
        if (!queued) return 0; // Today's digest went out already: these wait for the next one.
        await manager.query(`UPDATE notifications SET emailed_at = now() WHERE id = ANY($1)`, [items.map((n) => n.id)]);
        return 1;
      });
    }
    return written;
  }

  /** Who an event concerns, and what they are told. */
  private async resolve(manager: EntityManager, event: NotificationEventEntity): Promise<{ notice: Notice | null; recipients: Recipient[] }> {
    const dedupeKey = `event:${event.id}`;
    const none = { notice: null, recipients: [] };
    if (event.kind === 'interestReceived') {
      const [interest]: Array<{ to_organisation_id: string; from_name: string; record_title: string }> = await manager.query(
        `SELECT i.to_organisation_id, f.name AS from_name,
                COALESCE(tn.title, tof.title, sn.title, sof.title) AS record_title
           FROM interests i
           JOIN organisations f ON f.id = i.from_organisation_id
           LEFT JOIN needs tn ON i.target_type = 'need' AND tn.id = i.target_id
           LEFT JOIN offerings tof ON i.target_type = 'offering' AND tof.id = i.target_id
           LEFT JOIN needs sn ON i.subject_type = 'need' AND sn.id = i.subject_id
           LEFT JOIN offerings sof ON i.subject_type = 'offering' AND sof.id = i.subject_id
          WHERE i.id = $1`,
        [event.payload['interestId']],
      );
      if (!interest) return none;
      return {
        notice: { kind: 'interestReceived', dedupeKey, params: { fromOrganisation: interest.from_name, recordTitle: interest.record_title }, link: '/partnerships' },
        recipients: await this.recipients(manager, `u.id IN (SELECT user_id FROM memberships WHERE organisation_id = $1)`, [interest.to_organisation_id]),
      };
    }
    const partnershipId = event.payload['partnershipId'] ?? '';
    const [partnership]: Array<{ title: string; introduced_by: string | null }> = await manager.query(
      `SELECT title, introduced_by FROM partnerships WHERE id = $1`,
      [partnershipId],
    );
    if (!partnership) return none;
    const params: NotificationParams = { partnershipTitle: partnership.title };
    if (event.kind === 'stageChanged') params.stage = event.payload['stage'] as PipelineStage;
    return {
      notice: { kind: event.kind, dedupeKey, params, link: `/partnerships/${partnershipId}` },
      recipients: await this.partnershipPeople(manager, partnershipId, [partnership.introduced_by]),
    };
  }

  /** The members of a partnership's organisations, and the others named (the cluster manager who introduced them, a task's author). */
  private partnershipPeople(manager: EntityManager, partnershipId: string, others: Array<string | null>): Promise<Recipient[]> {
    return this.recipients(
      manager,
      `u.id IN (SELECT m.user_id FROM partnership_parties p JOIN memberships m ON m.organisation_id = p.organisation_id WHERE p.partnership_id = $1)
       OR u.id = ANY($2)`,
      [partnershipId, others.filter((id) => id !== null)],
    );
  }

  private recipients(manager: EntityManager, where: string, parameters: unknown[]): Promise<Recipient[]> {
    return manager.query(`SELECT ${RECIPIENT_COLUMNS} FROM users u ${WITH_SETTINGS} WHERE u.disabled_at IS NULL AND (${where}) ORDER BY u.id`, parameters);
  }

  /**
   * Writes the notice for each recipient who wants it in the portal or by
   * mail; an immediate mail is written with it. A recipient who already has
   * it (same key) gets nothing new.
   */
  private async notify(manager: EntityManager, recipients: Recipient[], notice: Notice): Promise<{ notifications: number; mails: number }> {
    let notifications = 0;
    let mails = 0;
    for (const recipient of recipients) {
      const choice = recipient.preferences?.[notice.kind] ?? DEFAULT_NOTIFICATION_PREFERENCES[notice.kind];
      if (!choice.inApp && choice.email === 'off') continue;
      const emailDue = choice.email === 'off' ? null : choice.email;
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(NotificationEntity)
        .values({ userId: recipient.id, kind: notice.kind, dedupeKey: notice.dedupeKey, params: notice.params, link: notice.link, inApp: choice.inApp, emailDue })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id: string | undefined = inserted.raw[0]?.id;
      if (!id) continue;
      notifications++;
      if (emailDue === 'immediate') {
        const mail = this.mailer.writer.single(recipient.language ?? DEFAULT_MAIL_LANGUAGE, recipient.name, notice);
        if (await this.mailer.queue(manager, { userId: recipient.id, to: recipient.email, ...mail, dedupeKey: `notification:${id}` })) mails++;
        await manager.query(`UPDATE notifications SET emailed_at = now() WHERE id = $1`, [id]);
      }
    }
    return { notifications, mails };
  }
}
