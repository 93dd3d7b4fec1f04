import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';

import type { EmailFrequency, MailLanguage, NotificationKind, NotificationParams } from '@opi/contracts';

import { User } from '../users/user.entity';

/**
 * Something that happened, written in the same transaction as the change
 * it reports (a transactional outbox). A job turns it into notifications
 * for the people concerned; `processed_at` is set once that is done.
 */
@Entity({ name: 'notification_events' })
@Index('idx_notification_events_pending', ['createdAt'], { where: 'processed_at IS NULL' })
export class NotificationEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  /** Ids the job needs to find the recipients and write the sentence (see NotificationEvent). */
  @Column({ type: 'jsonb' })
  payload!: Record<string, string | null>;

  /** Who caused it: not notified of their own action. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;
}

/** One user's notification. `dedupe_key` makes every job that writes one safe to run twice. */
@Entity({ name: 'notifications' })
@Index('uq_notifications_dedupe', ['userId', 'dedupeKey'], { unique: true })
@Index('idx_notifications_user', ['userId', 'createdAt'])
@Index('idx_notifications_email_due', ['emailDue', 'userId'], { where: 'emailed_at IS NULL AND email_due IS NOT NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notifications_user' })
  user!: Relation<User>;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey!: string;

  @Column({ type: 'jsonb' })
  params!: NotificationParams;

  @Column({ type: 'text' })
  link!: string;

  /** Shown in the portal (the user's choice when it was written). */
  @Column({ name: 'in_app', type: 'boolean' })
  inApp!: boolean;

  /** How it is to be e-mailed (the user's choice when it was written); null: not at all. */
  @Column({ name: 'email_due', type: 'text', nullable: true })
  emailDue!: Exclude<EmailFrequency, 'off'> | null;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A user's notification settings; without a row the defaults apply. */
@Entity({ name: 'notification_settings' })
export class NotificationSettingsEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_notification_settings' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_settings_user' })
  user!: Relation<User>;

  @Column({ type: 'text', default: 'en' })
  language!: MailLanguage;

  /** Per kind: `{ inApp, email }`; kinds not listed take the defaults. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  preferences!: Partial<Record<NotificationKind, { inApp: boolean; email: EmailFrequency }>>;
}

/** Strong matches already reported to a user, so each is reported once. */
@Entity({ name: 'match_notices' })
export class MatchNoticeEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_match_notices' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_match_notices_user' })
  user!: Relation<User>;

  @PrimaryColumn({ name: 'need_id', type: 'uuid', primaryKeyConstraintName: 'pk_match_notices' })
  needId!: string;

  @PrimaryColumn({ name: 'offering_id', type: 'uuid', primaryKeyConstraintName: 'pk_match_notices' })
  offeringId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * Every e-mail the portal writes. With SMTP configured it is sent and
 * `sent_at` set; in demo mode it stays here and the portal shows it.
 */
@Entity({ name: 'mail_outbox' })
@Index('uq_mail_outbox_dedupe', ['dedupeKey'], { unique: true })
@Index('idx_mail_outbox_user', ['userId', 'createdAt'])
@Index('idx_mail_outbox_unsent', ['createdAt'], { where: "sent_at IS NULL AND transport = 'smtp'" })
export class MailEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_mail_outbox_user' })
  user!: Relation<User> | null;

  @Column({ name: 'to_address', type: 'text' })
  to!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  /** What the mail reports (a notification, a digest): the same mail is never written twice. */
  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey!: string;

  @Column({ type: 'text' })
  transport!: 'outbox' | 'smtp';

  @Column({ type: 'smallint', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const NOTIFICATION_ENTITIES = [
  NotificationEventEntity,
  NotificationEntity,
  NotificationSettingsEntity,
  MatchNoticeEntity,
  MailEntity,
];
