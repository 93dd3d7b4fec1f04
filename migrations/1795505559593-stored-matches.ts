import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StoredMatches1795505559593 implements MigrationInterface {
  name = 'StoredMatches1795505559593';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "need_matches" ("need_id" uuid NOT NULL, "offering_id" uuid NOT NULL, "rank" smallint NOT NULL, "score" real NOT NULL, "reasons" jsonb NOT NULL, CONSTRAINT "PK_c02821feb1b3f750870922bada8" PRIMARY KEY ("need_id", "offering_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_need_matches_offering" ON "need_matches"  ("offering_id") `);
    await queryRunner.query(`CREATE INDEX "idx_need_matches_rank" ON "need_matches"  ("need_id", "rank") `);
    await queryRunner.query(`CREATE TABLE "test_site_matches" ("offering_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "need_id" uuid, "rank" smallint NOT NULL, "score" real NOT NULL, "reasons" jsonb NOT NULL, CONSTRAINT "PK_66358800b4982c4b7c663d37c5e" PRIMARY KEY ("offering_id", "organisation_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_test_site_matches_organisation" ON "test_site_matches"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "idx_test_site_matches_rank" ON "test_site_matches"  ("offering_id", "rank") `);
    await queryRunner.query(`CREATE TABLE "match_runs" ("subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "compute_ms" integer NOT NULL, "candidates" integer NOT NULL, CONSTRAINT "PK_9d8cfebe9f65a0cb70a1f5bd306" PRIMARY KEY ("subject_type", "subject_id"))`);
    await queryRunner.query(`CREATE TABLE "match_feedback" ("user_id" uuid NOT NULL, "subject_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "verdict" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e92dd67b51b83c2997a558aed72" PRIMARY KEY ("user_id", "subject_id", "candidate_id"))`);
    await queryRunner.query(`ALTER TABLE "need_matches" ADD CONSTRAINT "fk_need_matches_need" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "need_matches" ADD CONSTRAINT "fk_need_matches_offering" FOREIGN KEY ("offering_id") REFERENCES "offerings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "test_site_matches" ADD CONSTRAINT "fk_test_site_matches_offering" FOREIGN KEY ("offering_id") REFERENCES "offerings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "test_site_matches" ADD CONSTRAINT "fk_test_site_matches_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "test_site_matches" ADD CONSTRAINT "fk_test_site_matches_need" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_feedback" ADD CONSTRAINT "fk_match_feedback_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_feedback" DROP CONSTRAINT "fk_match_feedback_user"`);
    await queryRunner.query(`ALTER TABLE "test_site_matches" DROP CONSTRAINT "fk_test_site_matches_need"`);
    await queryRunner.query(`ALTER TABLE "test_site_matches" DROP CONSTRAINT "fk_test_site_matches_organisation"`);
    await queryRunner.query(`ALTER TABLE "test_site_matches" DROP CONSTRAINT "fk_test_site_matches_offering"`);
    await queryRunner.query(`ALTER TABLE "need_matches" DROP CONSTRAINT "fk_need_matches_offering"`);
    await queryRunner.query(`ALTER TABLE "need_matches" DROP CONSTRAINT "fk_need_matches_need"`);
    await queryRunner.query(`DROP TABLE "match_feedback"`);
    await queryRunner.query(`DROP TABLE "match_runs"`);
    await queryRunner.query(`DROP INDEX "public"."idx_test_site_matches_rank"`);
    await queryRunner.query(`DROP INDEX "public"."idx_test_site_matches_organisation"`);
    await queryRunner.query(`DROP TABLE "test_site_matches"`);
    await queryRunner.query(`DROP INDEX "public"."idx_need_matches_rank"`);
    await queryRunner.query(`DROP INDEX "public"."idx_need_matches_offering"`);
    await queryRunner.query(`DROP TABLE "need_matches"`);
  }
}
