import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795530855303 implements MigrationInterface {
  name = 'Notifications1795530855303';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "payload" jsonb NOT NULL, "actor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5b828caf9bd52c7e580f5768b14" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_notification_events_pending" ON "notification_events"  ("created_at") WHERE processed_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "dedupe_key" text NOT NULL, "params" jsonb NOT NULL, "link" text NOT NULL, "in_app" boolean NOT NULL, "email_due" text, "emailed_at" TIMESTAMP WITH TIME ZONE, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_notifications_email_due" ON "notifications"  ("email_due", "user_id") WHERE emailed_at IS NULL AND email_due IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "idx_notifications_user" ON "notifications"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_notifications_dedupe" ON "notifications"  ("user_id", "dedupe_key") `);
    await queryRunner.query(`CREATE TABLE "notification_settings" ("user_id" uuid NOT NULL, "language" text NOT NULL DEFAULT 'en', "preferences" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "pk_notification_settings" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE TABLE "match_notices" ("user_id" uuid NOT NULL, "need_id" uuid NOT NULL, "offering_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_match_notices" PRIMARY KEY ("user_id", "need_id", "offering_id"))`);
    await queryRunner.query(`CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "to_address" text NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "dedupe_key" text NOT NULL, "transport" text NOT NULL, "attempts" smallint NOT NULL DEFAULT '0', "error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_mail_outbox_unsent" ON "mail_outbox"  ("created_at") WHERE sent_at IS NULL AND transport = 'smtp'`);
    await queryRunner.query(`CREATE INDEX "idx_mail_outbox_user" ON "mail_outbox"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mail_outbox_dedupe" ON "mail_outbox"  ("dedupe_key") `);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_settings" ADD CONSTRAINT "fk_notification_settings_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_notices" ADD CONSTRAINT "fk_match_notices_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mail_outbox" ADD CONSTRAINT "fk_mail_outbox_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP CONSTRAINT "fk_mail_outbox_user"`);
    await queryRunner.query(`ALTER TABLE "match_notices" DROP CONSTRAINT "fk_match_notices_user"`);
    await queryRunner.query(`ALTER TABLE "notification_settings" DROP CONSTRAINT "fk_notification_settings_user"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mail_outbox_dedupe"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mail_outbox_user"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mail_outbox_unsent"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
    await queryRunner.query(`DROP TABLE "match_notices"`);
    await queryRunner.query(`DROP TABLE "notification_settings"`);
    await queryRunner.query(`DROP INDEX "public"."uq_notifications_dedupe"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_user"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_email_due"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notification_events_pending"`);
    await queryRunner.query(`DROP TABLE "notification_events"`);
  }
}
