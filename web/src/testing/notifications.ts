import type {
  Notification,
  NotificationSettings,
  OutboxMail,
  Page,
} from '@opi/contracts';

let sequence = 0;
const next = () => ++sequence;

/** An unread notification that someone is interested in one of the reader's records. */
export function aNotification(
  overrides: Partial<Notification> = {},
): Notification {
  const n = next();
  return {
    id: `notification-${n}`,
    kind: 'interestReceived',
    params: { fromOrganisation: `Organisation ${n}`, recordTitle: `Need ${n}` },
    link: '/partnerships',
    createdAt: '2026-03-10T09:00:00.000Z',
    readAt: null,
    ...overrides,
  };
}

/** Settings as a new user has them: everything in the portal, nothing e-mailed but a weekly digest of matches. */
export function someNotificationSettings(
  overrides: Partial<NotificationSettings> = {},
): NotificationSettings {
  return {
    language: 'en',
    preferences: [
      { kind: 'strongMatches', inApp: true, email: 'weekly' },
      { kind: 'interestReceived', inApp: true, email: 'off' },
      { kind: 'introductionMade', inApp: true, email: 'off' },
      { kind: 'stageChanged', inApp: true, email: 'off' },
      { kind: 'taskDue', inApp: true, email: 'off' },
    ],
    ...overrides,
  };
}

/** A mail kept in the outbox (demo mode). */
export function anOutboxMail(overrides: Partial<OutboxMail> = {}): OutboxMail {
  const n = next();
  return {
    id: `mail-${n}`,
    to: 'mette@aarhus.dk',
    subject: `Subject ${n}`,
    text: `Hello,\n\nmail ${n}.`,
    createdAt: '2026-03-10T09:00:00.000Z',
    sentAt: null,
    transport: 'outbox',
    error: null,
    ...overrides,
  };
}

/** A list's first page holding `items`. */
export function pageOf<T>(
  items: T[],
  overrides: Partial<Page<T>> = {},
): Page<T> {
  return { items, total: items.length, page: 1, pageSize: 20, ...overrides };
}
