import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';

import {
  DEFAULT_MAIL_LANGUAGE,
  DEFAULT_NOTIFICATION_PREFERENCES,
  type Notification,
  NOTIFICATION_KINDS,
  type NotificationSettings,
  type OutboxMail,
  type Page,
  type UnreadCount,
} from '@opi/contracts';

import type { AuthUser } from '../common/auth/auth-user';
import { pageOf } from '../common/list-query';
import { type NotificationListQueryDto, type NotificationSettingsDto, type OutboxQueryDto, settingsProblems } from './dto/notification.dto';
import { MailEntity, NotificationEntity, NotificationSettingsEntity } from './notification.entities';

const toNotification = (row: NotificationEntity): Notification => ({
  id: row.id,
  kind: row.kind,
  params: row.params,
  link: row.link,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt?.toISOString() ?? null,
});

const toMail = (row: MailEntity): OutboxMail => ({
  id: row.id,
  to: row.to,
  subject: row.subject,
  text: row.text,
  createdAt: row.createdAt.toISOString(),
  sentAt: row.sentAt?.toISOString() ?? null,
  transport: row.transport,
  error: row.error,
});

/** The signed-in user's notifications, their settings, and the mails written to them. */
@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(user: AuthUser, query: NotificationListQueryDto): Promise<Page<Notification>> {
    const { page, pageSize, skip } = pageOf(query);
    const qb = this.dataSource.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .where('n.userId = :userId AND n.inApp', { userId: user.id })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'ASC')
      .skip(skip)
      .take(pageSize);
    if (query.unread) qb.andWhere('n.readAt IS NULL');
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toNotification), total, page, pageSize };
  }

  async unreadCount(user: AuthUser): Promise<UnreadCount> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND in_app AND read_at IS NULL`,
      [user.id],
    );
    return { count };
  }

  /** Marks one of the caller's notifications read (404 for anyone else's). */
  async markRead(user: AuthUser, id: string): Promise<void> {
    if (!isUUID(id)) throw new NotFoundException('No such notification');
    // (An UPDATE through TypeORM returns [rows, count].)
    const [rows] = await this.dataSource.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`,
      [id, user.id],
    );
    if (rows.length === 0) throw new NotFoundException('No such notification');
  }

  async markAllRead(user: AuthUser): Promise<void> {
    await this.dataSource.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [user.id]);
  }

  /** The caller's settings, with the defaults for every kind they have not chosen. */
  async settings(user: AuthUser): Promise<NotificationSettings> {
    const row = await this.dataSource.manager.findOneBy(NotificationSettingsEntity, { userId: user.id });
    return {
      language: row?.language ?? DEFAULT_MAIL_LANGUAGE,
      preferences: NOTIFICATION_KINDS.map((kind) => ({ kind, ...(row?.preferences[kind] ?? DEFAULT_NOTIFICATION_PREFERENCES[kind]) })),
    };
  }

  /** Saves the caller's choices; kinds not listed keep what they had. */
  async saveSettings(user: AuthUser, body: NotificationSettingsDto): Promise<NotificationSettings> {
    const problems = settingsProblems(body);
    if (problems.length > 0) throw new BadRequestException(problems);
    await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(NotificationSettingsEntity, { where: { userId: user.id }, lock: { mode: 'pessimistic_write' } });
      const preferences = { ...(current?.preferences ?? {}) };
      for (const { kind, inApp, email } of body.preferences) preferences[kind] = { inApp, email };
      await manager.upsert(NotificationSettingsEntity, { userId: user.id, language: body.language, preferences }, ['userId']);
    });
    return this.settings(user);
  }

  /** Mails written to the caller; an admin sees every mail (the demo outbox). */
  async outbox(user: AuthUser, query: OutboxQueryDto): Promise<Page<OutboxMail>> {
    const { page, pageSize, skip } = pageOf(query);
    const qb = this.dataSource.manager
      .createQueryBuilder(MailEntity, 'm')
      .orderBy('m.createdAt', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .skip(skip)
      .take(pageSize);
    if (user.role !== 'admin') qb.where('m.userId = :userId', { userId: user.id });
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toMail), total, page, pageSize };
  }
}
