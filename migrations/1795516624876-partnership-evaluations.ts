import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnershipEvaluations1795516624876 implements MigrationInterface {
  name = 'PartnershipEvaluations1795516624876';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "partnership_evaluations" ("partnership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "benefits" text array NOT NULL DEFAULT '{}', "implemented" boolean NOT NULL, "comment" text, "user_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_50537feb5187f37eddb266cf447" PRIMARY KEY ("partnership_id", "organisation_id"))`);
    await queryRunner.query(`ALTER TABLE "partnership_evaluations" ADD CONSTRAINT "fk_partnership_evaluations_partnership" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership_evaluations" ADD CONSTRAINT "fk_partnership_evaluations_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership_evaluations" ADD CONSTRAINT "fk_partnership_evaluations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partnership_evaluations" DROP CONSTRAINT "fk_partnership_evaluations_user"`);
    await queryRunner.query(`ALTER TABLE "partnership_evaluations" DROP CONSTRAINT "fk_partnership_evaluations_organisation"`);
    await queryRunner.query(`ALTER TABLE "partnership_evaluations" DROP CONSTRAINT "fk_partnership_evaluations_partnership"`);
    await queryRunner.query(`DROP TABLE "partnership_evaluations"`);
  }
}
