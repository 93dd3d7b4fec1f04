import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MarketplaceDetails1795501869854 implements MigrationInterface {
  name = 'MarketplaceDetails1795501869854';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "needs" ADD "wanted_start" date`);
    await queryRunner.query(`ALTER TABLE "needs" ADD "test_period_months" smallint`);
    await queryRunner.query(`ALTER TABLE "needs" ADD "budget_note" text`);
    await queryRunner.query(`ALTER TABLE "needs" ADD "contact" jsonb`);
    await queryRunner.query(`ALTER TABLE "needs" ADD "attachments" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "needs" ADD "stale_reminder_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD "wanted_start" date`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD "test_period_months" smallint`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD "budget_note" text`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD "contact" jsonb`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD "attachments" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD "stale_reminder_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD "ce_class" text`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD "evidence" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`CREATE INDEX "idx_needs_status_updated_at" ON "needs"  ("status", "updated_at") `);
    await queryRunner.query(`CREATE INDEX "idx_offerings_status_updated_at" ON "offerings"  ("status", "updated_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_offerings_status_updated_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_needs_status_updated_at"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "evidence"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "ce_class"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "stale_reminder_at"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "attachments"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "contact"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "budget_note"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "test_period_months"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "wanted_start"`);
    await queryRunner.query(`ALTER TABLE "needs" DROP COLUMN "stale_reminder_at"`);
    await queryRunner.query(`ALTER TABLE "needs" DROP COLUMN "attachments"`);
    await queryRunner.query(`ALTER TABLE "needs" DROP COLUMN "contact"`);
    await queryRunner.query(`ALTER TABLE "needs" DROP COLUMN "budget_note"`);
    await queryRunner.query(`ALTER TABLE "needs" DROP COLUMN "test_period_months"`);
    await queryRunner.query(`ALTER TABLE "needs" DROP COLUMN "wanted_start"`);
  }
}
