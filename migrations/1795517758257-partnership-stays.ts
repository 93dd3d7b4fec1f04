import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a partnership left each stage, kept on the event that entered it: the dashboard's time per stage reads it by index. */

export class PartnershipStays1795517758257 implements MigrationInterface {
  name = 'PartnershipStays1795517758257';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partnership_events" ADD "left_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "idx_partnership_events_left" ON "partnership_events"  ("left_at") `);
    // Stays that ended before: the next stage event of the same partnership.
    await queryRunner.query(`
      UPDATE partnership_events e SET left_at = x.next
        FROM (SELECT id, lead(at) OVER (PARTITION BY partnership_id ORDER BY at) AS next
                FROM partnership_events WHERE to_stage IS NOT NULL) x
       WHERE x.id = e.id AND x.next IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_partnership_events_left"`);
    await queryRunner.query(`ALTER TABLE "partnership_events" DROP COLUMN "left_at"`);
  }
}
