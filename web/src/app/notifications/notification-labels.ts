import type { UrlTree } from '@angular/router';
import {
  DIGEST_ONLY_KINDS,
  EMAIL_FREQUENCIES,
  type EmailFrequency,
  type MailLanguage,
  type Notification,
  type NotificationKind,
} from '@opi/contracts';
import { labelOf } from '@opi/taxonomy';
import type { AppLanguage } from '../i18n/languages';
import { pluralKey } from '../shared/plural-key';

/** A translation key and the values for its placeholders. */
export interface Sentence {
  key: string;
  params: Record<string, unknown>;
}

/** What a list shows of a notification. */
export interface NotificationView {
  notification: Notification;
  unread: boolean;
  sentence: Sentence;
  /** Where it leads, in the portal. */
  link: UrlTree;
  /** strongMatches: the best few, each with its own page. */
  matches: {
    subject: string;
    candidate: string;
    score: number;
    link: UrlTree;
  }[];
}

/** The label and the one-line description of each kind, in the settings. */
export const KIND_KEYS: Readonly<
  Record<NotificationKind, { label: string; description: string }>
> = {
  strongMatches: {
    label: 'notifications.kinds.strongMatches.label',
    description: 'notifications.kinds.strongMatches.description',
  },
  interestReceived: {
    label: 'notifications.kinds.interestReceived.label',
    description: 'notifications.kinds.interestReceived.description',
  },
  introductionMade: {
    label: 'notifications.kinds.introductionMade.label',
    description: 'notifications.kinds.introductionMade.description',
  },
  stageChanged: {
    label: 'notifications.kinds.stageChanged.label',
    description: 'notifications.kinds.stageChanged.description',
  },
  taskDue: {
    label: 'notifications.kinds.taskDue.label',
    description: 'notifications.kinds.taskDue.description',
  },
};

/** How often a kind is e-mailed, as the select names it. */
export const EMAIL_FREQUENCY_KEYS: Readonly<Record<EmailFrequency, string>> = {
  off: 'notifications.email.off',
  immediate: 'notifications.email.immediate',
  daily: 'notifications.email.daily',
  weekly: 'notifications.email.weekly',
};

/** Each e-mail language named in itself. */
export const MAIL_LANGUAGE_KEYS: Readonly<Record<MailLanguage, string>> = {
  en: 'language.names.en',
  da: 'language.names.da',
  nl: 'language.names.nl',
  fr: 'language.names.fr',
};

/** The e-mail frequencies a kind offers: digest-only kinds are never mailed one by one. */
export function emailFrequenciesOf(
  kind: NotificationKind,
): readonly EmailFrequency[] {
  return DIGEST_ONLY_KINDS.includes(kind)
    ? EMAIL_FREQUENCIES.filter((f) => f !== 'immediate')
    : EMAIL_FREQUENCIES;
}

const SENTENCE_KEYS: Readonly<
  Record<Exclude<NotificationKind, 'strongMatches'>, string>
> = {
  interestReceived: 'notifications.sentence.interestReceived',
  introductionMade: 'notifications.sentence.introductionMade',
  stageChanged: 'notifications.sentence.stageChanged',
  taskDue: 'notifications.sentence.taskDue',
};

/** The sentence of a notification in `lang`, from its kind and its values. */
export function sentenceOf(
  notification: Notification,
  lang: AppLanguage,
): Sentence {
  const p = notification.params;
  switch (notification.kind) {
    case 'strongMatches': {
      const count = p.count ?? p.matches?.length ?? 0;
      return {
        key: pluralKey(
          {
            one: 'notifications.sentence.strongMatchesOne',
            other: 'notifications.sentence.strongMatchesOther',
          },
          count,
          lang,
        ),
        params: { count },
      };
    }
    case 'interestReceived':
      return {
        key: SENTENCE_KEYS.interestReceived,
        params: {
          fromOrganisation: p.fromOrganisation ?? '',
          recordTitle: p.recordTitle ?? '',
        },
      };
    case 'introductionMade':
      return {
        key: SENTENCE_KEYS.introductionMade,
        params: { partnershipTitle: p.partnershipTitle ?? '' },
      };
    case 'stageChanged':
      return {
        key: SENTENCE_KEYS.stageChanged,
        params: {
          partnershipTitle: p.partnershipTitle ?? '',
          stage: p.stage ? labelOf('partnershipStage', p.stage, lang) : '',
        },
      };
    case 'taskDue':
      return {
        key: SENTENCE_KEYS.taskDue,
        params: {
          taskTitle: p.taskTitle ?? '',
          partnershipTitle: p.partnershipTitle ?? '',
          dueDate: p.dueDate ? dayOf(p.dueDate, lang) : '',
        },
      };
  }
}

/**
 * A portal path as a router link (`/partnerships/p1?tab=tasks` keeps its query). Anything that
 * is not a path of the portal leads to the notifications page instead of out of it.
 */
export function portalLink(
  link: string,
  parseUrl: (url: string) => UrlTree,
): UrlTree {
  return parseUrl(
    link.startsWith('/') && !link.startsWith('//') ? link : '/notifications',
  );
}

/** Everything a list shows of `notification`. */
export function viewOf(
  notification: Notification,
  lang: AppLanguage,
  parseUrl: (url: string) => UrlTree,
): NotificationView {
  return {
    notification,
    unread: notification.readAt === null,
    sentence: sentenceOf(notification, lang),
    link: portalLink(notification.link, parseUrl),
    matches:
      notification.kind === 'strongMatches'
        ? (notification.params.matches ?? []).map((m) => ({
            subject: m.subjectTitle,
            candidate: m.candidateTitle,
            score: m.score,
            link: portalLink(m.link, parseUrl),
          }))
        : [],
  };
}

/**
 * "Mar 14, 2026" in `lang`. A bare day (`2026-03-14`, as task due dates are written) is that
 * day wherever the reader is, not the evening before west of Greenwich.
 */
export function dayOf(iso: string, lang: string): string {
  const bareDay = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(bareDay ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(lang, {
        dateStyle: 'medium',
        ...(bareDay ? { timeZone: 'UTC' } : {}),
      }).format(date);
}
