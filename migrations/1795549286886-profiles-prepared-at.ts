import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProfilesPreparedAt1795549286886 implements MigrationInterface {
  name = 'ProfilesPreparedAt1795549286886';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "need_profiles" ADD "prepared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "offering_profiles" ADD "prepared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`CREATE INDEX "IDX_0eb427ca98680744f6f9dd87c6" ON "need_profiles"  ("prepared_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_fc461d912dddc8ea154723d744" ON "offering_profiles"  ("prepared_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_fc461d912dddc8ea154723d744"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0eb427ca98680744f6f9dd87c6"`);
    await queryRunner.query(`ALTER TABLE "offering_profiles" DROP COLUMN "prepared_at"`);
    await queryRunner.query(`ALTER TABLE "need_profiles" DROP COLUMN "prepared_at"`);
  }
}
