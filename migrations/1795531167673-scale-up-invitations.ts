import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ScaleUpInvitations1795531167673 implements MigrationInterface {
  name = 'ScaleUpInvitations1795531167673';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "scale_up_invitations" ("partnership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "need_id" uuid, "interest_id" uuid, "proposed_partnership_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_scale_up_invitations" PRIMARY KEY ("partnership_id", "organisation_id"))`);
    await queryRunner.query(`ALTER TABLE "scale_up_invitations" ADD CONSTRAINT "fk_scale_up_invitations_partnership" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "scale_up_invitations" ADD CONSTRAINT "fk_scale_up_invitations_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "scale_up_invitations" ADD CONSTRAINT "fk_scale_up_invitations_need" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "scale_up_invitations" ADD CONSTRAINT "fk_scale_up_invitations_interest" FOREIGN KEY ("interest_id") REFERENCES "interests"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "scale_up_invitations" ADD CONSTRAINT "fk_scale_up_invitations_proposed" FOREIGN KEY ("proposed_partnership_id") REFERENCES "partnerships"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "scale_up_invitations" ADD CONSTRAINT "fk_scale_up_invitations_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scale_up_invitations" DROP CONSTRAINT "fk_scale_up_invitations_created_by"`);
    await queryRunner.query(`ALTER TABLE "scale_up_invitations" DROP CONSTRAINT "fk_scale_up_invitations_proposed"`);
    await queryRunner.query(`ALTER TABLE "scale_up_invitations" DROP CONSTRAINT "fk_scale_up_invitations_interest"`);
    await queryRunner.query(`ALTER TABLE "scale_up_invitations" DROP CONSTRAINT "fk_scale_up_invitations_need"`);
    await queryRunner.query(`ALTER TABLE "scale_up_invitations" DROP CONSTRAINT "fk_scale_up_invitations_organisation"`);
    await queryRunner.query(`ALTER TABLE "scale_up_invitations" DROP CONSTRAINT "fk_scale_up_invitations_partnership"`);
    await queryRunner.query(`DROP TABLE "scale_up_invitations"`);
  }
}
