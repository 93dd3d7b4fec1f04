import i18next, { type TFunction } from 'i18next';

import { MAIL_LANGUAGES, type MailLanguage, type NotificationKind, type NotificationParams } from '@opi/contracts';

import { MAIL_MESSAGES } from './mail-messages';

/** What a mail is written from: a notification's kind, values and portal link. */
export interface MailItem {
  kind: NotificationKind;
  params: NotificationParams;
  link: string;
}

export interface WrittenMail {
  subject: string;
  text: string;
}

/**
 * Writes the portal's e-mails (plain text) in the recipient's language,
 * from the translations in `mail-messages.ts`.
 */
export class MailWriter {
  private readonly translators: Record<MailLanguage, TFunction>;

  constructor(private readonly publicUrl: string) {
    const i18n = i18next.createInstance();
    void i18n.init({
      resources: Object.fromEntries(MAIL_LANGUAGES.map((lng) => [lng, { translation: MAIL_MESSAGES[lng] }])),
      lng: 'en',
      fallbackLng: 'en',
      // Keys are flat ('subject.taskDue'), and mails are plain text: nothing to escape.
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    this.translators = Object.fromEntries(MAIL_LANGUAGES.map((lng) => [lng, i18n.getFixedT(lng)])) as Record<MailLanguage, TFunction>;
  }

  /** One notification, one mail. */
  single(language: MailLanguage, name: string, item: MailItem): WrittenMail {
    const t = this.translators[language];
    const values = this.values(t, item.params);
    return {
      subject: t(`subject.${item.kind}`, values),
      text: [t('greeting', { name }), '', ...this.lines(t, item), '', t('open', { url: this.url(item.link) }), '', this.footer(t)].join('\n'),
    };
  }

  /** Several notifications batched into one daily or weekly mail. */
  digest(language: MailLanguage, name: string, frequency: 'daily' | 'weekly', items: MailItem[]): WrittenMail {
    const t = this.translators[language];
    const sections = items.flatMap((item) => ['', ...this.lines(t, item).map((line, i) => (i === 0 ? `• ${line}` : `  ${line}`)), `  ${this.url(item.link)}`]);
    return {
      subject: t(`subject.digest.${frequency}`, { count: items.length }),
      text: [t('greeting', { name }), '', t('digest.intro'), ...sections, '', this.footer(t)].join('\n'),
    };
  }

  private lines(t: TFunction, item: MailItem): string[] {
    const values = this.values(t, item.params);
    const first = t(`line.${item.kind}`, values);
    const matches = (item.params.matches ?? []).map((m) =>
      t('matchLine', { subject: m.subjectTitle, candidate: m.candidateTitle, score: Math.round(m.score * 100), url: this.url(m.link) }),
    );
    return [first, ...matches.map((line) => `– ${line}`)];
  }

  private values(t: TFunction, params: NotificationParams): Record<string, unknown> {
    return { ...params, stage: params.stage ? t(`stage.${params.stage}`) : undefined };
  }

  private footer(t: TFunction): string {
    return t('footer', { url: this.url('/notifications') });
  }

  private url(path: string): string {
    return `${this.publicUrl}${path}`;
  }
}
