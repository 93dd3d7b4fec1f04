import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NewestFirstIndex1795504282962 implements MigrationInterface {
  name = 'NewestFirstIndex1795504282962';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_needs_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_offerings_created_at"`);
    await queryRunner.query(`CREATE INDEX "idx_needs_created_at_id" ON "needs"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_offerings_created_at_id" ON "offerings"  ("created_at", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_offerings_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_needs_created_at_id"`);
    await queryRunner.query(`CREATE INDEX "idx_offerings_created_at" ON "offerings" USING btree ("created_at") `);
    await queryRunner.query(`CREATE INDEX "idx_needs_created_at" ON "needs" USING btree ("created_at") `);
  }
}
