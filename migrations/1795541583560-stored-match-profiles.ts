import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching profiles stored next to the needs and offerings they were prepared
 * from (see ProfileStore): ranking restores them instead of preparing every
 * candidate again. Deleted with their record; `source_key` tells an
 * out-of-date one.
 */
export class StoredMatchProfiles1795541583560 implements MigrationInterface {
  name = 'StoredMatchProfiles1795541583560';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "need_profiles" ("source_key" text NOT NULL, "profile" jsonb NOT NULL, "need_id" uuid NOT NULL, CONSTRAINT "PK_2c1c6071b347eef0e6ea06598d5" PRIMARY KEY ("need_id"))`);
    await queryRunner.query(`CREATE TABLE "offering_profiles" ("source_key" text NOT NULL, "profile" jsonb NOT NULL, "offering_id" uuid NOT NULL, CONSTRAINT "PK_f22acce71bce768d77a7e692481" PRIMARY KEY ("offering_id"))`);
    await queryRunner.query(`ALTER TABLE "need_profiles" ADD CONSTRAINT "fk_need_profiles_need" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "offering_profiles" ADD CONSTRAINT "fk_offering_profiles_offering" FOREIGN KEY ("offering_id") REFERENCES "offerings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "offering_profiles" DROP CONSTRAINT "fk_offering_profiles_offering"`);
    await queryRunner.query(`ALTER TABLE "need_profiles" DROP CONSTRAINT "fk_need_profiles_need"`);
    await queryRunner.query(`DROP TABLE "offering_profiles"`);
    await queryRunner.query(`DROP TABLE "need_profiles"`);
  }
}
