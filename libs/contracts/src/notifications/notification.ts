import type { PipelineStage } from '../partnerships/partnership';

/**
 * Notifications: what happened that a user should know about, in the
 * portal (the bell) and by e-mail. Each user chooses, per kind, whether it
 * shows in the portal and how often it is e-mailed.
 */

export const NOTIFICATION_KINDS = [
  /** New strong matches on the user's organisations' needs and offerings (only ever as a digest). */
  'strongMatches',
  /** Someone expressed interest in one of the organisation's records. */
  'interestReceived',
  /** A cluster manager introduced the organisation to another. */
  'introductionMade',
  /** A partnership of the organisation moved to another stage. */
  'stageChanged',
  /** A task of one of the user's partnerships is due today. */
  'taskDue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How often a kind is e-mailed: never, one mail per notification, or batched into a daily or weekly digest. */
export const EMAIL_FREQUENCIES = ['off', 'immediate', 'daily', 'weekly'] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];

/** Strong matches are only ever e-mailed as a digest, never one mail per match. */
export const DIGEST_ONLY_KINDS: readonly NotificationKind[] = ['strongMatches'];

/** What a user gets before choosing: everything in the portal; e-mail at once for what needs an answer, digests for the rest. */
export const DEFAULT_NOTIFICATION_PREFERENCES: Readonly<Record<NotificationKind, { inApp: boolean; email: EmailFrequency }>> = {
  strongMatches: { inApp: true, email: 'daily' },
  interestReceived: { inApp: true, email: 'immediate' },
  introductionMade: { inApp: true, email: 'immediate' },
  stageChanged: { inApp: true, email: 'daily' },
  taskDue: { inApp: true, email: 'immediate' },
};

/** Score from which a stored proposal counts as a strong match. */
export const STRONG_MATCH_SCORE = 0.6;

/** The languages e-mails are written in (the portal's languages). */
export const MAIL_LANGUAGES = ['en', 'da', 'nl', 'fr'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];
/** Until a user picks one. */
export const DEFAULT_MAIL_LANGUAGE: MailLanguage = 'en';

/**
 * What a notification is about, by kind; the portal writes the sentence
 * from its translations with these values.
 */
export interface NotificationParams {
  /** interestReceived: the sender's organisation and what it is about. */
  fromOrganisation?: string;
  recordTitle?: string;
  /** introductionMade / stageChanged / taskDue: the partnership. */
  partnershipTitle?: string;
  /** stageChanged */
  stage?: PipelineStage;
  /** taskDue */
  taskTitle?: string;
  dueDate?: string;
  /** strongMatches: how many, and the best few. */
  count?: number;
  matches?: Array<{ subjectTitle: string; candidateTitle: string; score: number; link: string }>;
}

/** GET /api/notifications (the signed-in user's, newest first). */
export interface Notification {
  id: string;
  kind: NotificationKind;
  params: NotificationParams;
  /** Portal path to open, e.g. /partnerships/<id>. */
  link: string;
  createdAt: string;
  readAt: string | null;
}

/** GET /api/notifications/unread-count */
export interface UnreadCount {
  count: number;
}

export interface NotificationPreference {
  kind: NotificationKind;
  inApp: boolean;
  email: EmailFrequency;
}

/** GET / PUT /api/me/notification-settings */
export interface NotificationSettings {
  /** The language of the user's e-mails. */
  language: MailLanguage;
  preferences: NotificationPreference[];
}

/** GET /api/mail-outbox: e-mails the portal wrote (in demo mode they stay here instead of going out by SMTP). */
export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  /** When SMTP accepted it; null in demo mode or while waiting. */
  sentAt: string | null;
  /** 'outbox' in demo mode (no SMTP_URL), 'smtp' otherwise. */
  transport: 'outbox' | 'smtp';
  error: string | null;
}
