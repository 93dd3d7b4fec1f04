import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';

import { APP_CONFIG } from '../app-config.token';
import type { AppConfig } from '../config/app-config';
import { MailWriter } from './mail-writer';
import { MailEntity } from './notification.entities';

/** Sending is retried this many times (once a minute) before the mail is left with its error. */
const MAX_ATTEMPTS = 5;

export interface MailToWrite {
  userId: string;
  to: string;
  subject: string;
  text: string;
  /** What the mail reports: a second mail with the same key is not written. */
  dedupeKey: string;
}

/**
 * E-mail through a transactional outbox: mails are written to `mail_outbox`
 * in the transaction that decides to send them, and sent after commit by
 * SMTP (nodemailer). Without SMTP_URL (demo mode) they stay in the outbox,
 * where the portal shows each user the mails addressed to them.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger(Mailer.name);
  private readonly transporter: Transporter | null;
  readonly writer: MailWriter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {
    this.transporter = config.smtpUrl ? createTransport(config.smtpUrl) : null;
    this.writer = new MailWriter(config.publicUrl);
  }

  get transport(): 'smtp' | 'outbox' {
    return this.transporter ? 'smtp' : 'outbox';
  }

  /** Writes a mail in the caller's transaction; false when one with the same key exists. */
  async queue(manager: EntityManager, mail: MailToWrite): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(MailEntity)
      .values({ ...mail, transport: this.transport })
      .orIgnore()
      .returning(['id'])
      .execute();
    return result.raw.length > 0;
  }

  /** Sends what waits for SMTP (after commit, and once a minute for retries). Returns how many went out. */
  async sendPending(): Promise<number> {
    const transporter = this.transporter;
    if (!transporter) return 0;
    let sent = 0;
    for (;;) {
      const mails = await this.dataSource.manager
        .createQueryBuilder(MailEntity, 'm')
        .where("m.sentAt IS NULL AND m.transport = 'smtp' AND m.attempts < :max", { max: MAX_ATTEMPTS })
        .orderBy('m.createdAt', 'ASC')
        .take(50)
        .getMany();
      const tried = await Promise.all(mails.map((mail) => this.sendOne(transporter, mail)));
      sent += tried.filter(Boolean).length;
      if (mails.length < 50) return sent;
    }
  }

  private async sendOne(transporter: Transporter, mail: MailEntity): Promise<boolean> {
    // Claim it first, so two API instances never send the same mail.
    // (An UPDATE through TypeORM returns [rows, count].)
    const [claimed] = await this.dataSource.query(
      `UPDATE mail_outbox SET attempts = attempts + 1 WHERE id = $1 AND attempts = $2 AND sent_at IS NULL RETURNING id`,
      [mail.id, mail.attempts],
    );
    if (claimed.length === 0) return false;
    try {
      await transporter.sendMail({ from: this.config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
      await this.dataSource.query(`UPDATE mail_outbox SET sent_at = now(), error = NULL WHERE id = $1`, [mail.id]);
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Mail to ${mail.to} not sent (attempt ${mail.attempts + 1}): ${message}`);
      await this.dataSource.query(`UPDATE mail_outbox SET error = $2 WHERE id = $1`, [mail.id, message.slice(0, 500)]);
      return false;
    }
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }
}
