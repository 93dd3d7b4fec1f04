import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Partnerships1795514428303 implements MigrationInterface {
  name = 'Partnerships1795514428303';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "partnerships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "stage" text NOT NULL DEFAULT 'proposed', "outcome" text, "close_reason" text, "need_id" uuid, "offering_id" uuid, "introduced_by" uuid, "note" text, "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_55de3c169ff0d5d88e9a7cb0cd6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_partnerships_stage" ON "partnerships"  ("stage", "last_activity_at") `);
    await queryRunner.query(`CREATE TABLE "partnership_parties" ("partnership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "consent_at" TIMESTAMP WITH TIME ZONE, "consent_by" uuid, CONSTRAINT "PK_f2b6fe8b943304723f8cbd95bf2" PRIMARY KEY ("partnership_id", "organisation_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_partnership_parties_organisation" ON "partnership_parties"  ("organisation_id") `);
    await queryRunner.query(`CREATE TABLE "partnership_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "kind" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "user_id" uuid, "text" text, "from_stage" text, "to_stage" text, CONSTRAINT "PK_2e04875b139a21614877d4136e3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_partnership_events_partnership" ON "partnership_events"  ("partnership_id", "at") `);
    await queryRunner.query(`CREATE TABLE "partnership_tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "title" text NOT NULL, "due_date" date, "done_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ab63d85f5d1a104d1fc1f167dd0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_partnership_tasks_partnership" ON "partnership_tasks"  ("partnership_id") `);
    await queryRunner.query(`CREATE TABLE "interests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "from_organisation_id" uuid NOT NULL, "to_organisation_id" uuid NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "target_type" text NOT NULL, "target_id" uuid NOT NULL, "message" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "decline_reason" text, "created_by" uuid, "responded_by" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, "partnership_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a2dc7b6f9a8bcf9e3f9312a879d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_interests_from" ON "interests"  ("from_organisation_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "idx_interests_to" ON "interests"  ("to_organisation_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "partnerships" ADD CONSTRAINT "fk_partnerships_need" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnerships" ADD CONSTRAINT "fk_partnerships_offering" FOREIGN KEY ("offering_id") REFERENCES "offerings"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnerships" ADD CONSTRAINT "fk_partnerships_introduced_by" FOREIGN KEY ("introduced_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership_parties" ADD CONSTRAINT "fk_partnership_parties_partnership" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership_parties" ADD CONSTRAINT "fk_partnership_parties_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership_parties" ADD CONSTRAINT "fk_partnership_parties_consent_by" FOREIGN KEY ("consent_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership_events" ADD CONSTRAINT "fk_partnership_events_partnership" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership_events" ADD CONSTRAINT "fk_partnership_events_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership_tasks" ADD CONSTRAINT "fk_partnership_tasks_partnership" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership_tasks" ADD CONSTRAINT "fk_partnership_tasks_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "interests" ADD CONSTRAINT "fk_interests_from_organisation" FOREIGN KEY ("from_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "interests" ADD CONSTRAINT "fk_interests_to_organisation" FOREIGN KEY ("to_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "interests" ADD CONSTRAINT "fk_interests_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "interests" ADD CONSTRAINT "fk_interests_responded_by" FOREIGN KEY ("responded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "interests" ADD CONSTRAINT "fk_interests_partnership" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "interests" DROP CONSTRAINT "fk_interests_partnership"`);
    await queryRunner.query(`ALTER TABLE "interests" DROP CONSTRAINT "fk_interests_responded_by"`);
    await queryRunner.query(`ALTER TABLE "interests" DROP CONSTRAINT "fk_interests_created_by"`);
    await queryRunner.query(`ALTER TABLE "interests" DROP CONSTRAINT "fk_interests_to_organisation"`);
    await queryRunner.query(`ALTER TABLE "interests" DROP CONSTRAINT "fk_interests_from_organisation"`);
    await queryRunner.query(`ALTER TABLE "partnership_tasks" DROP CONSTRAINT "fk_partnership_tasks_created_by"`);
    await queryRunner.query(`ALTER TABLE "partnership_tasks" DROP CONSTRAINT "fk_partnership_tasks_partnership"`);
    await queryRunner.query(`ALTER TABLE "partnership_events" DROP CONSTRAINT "fk_partnership_events_user"`);
    await queryRunner.query(`ALTER TABLE "partnership_events" DROP CONSTRAINT "fk_partnership_events_partnership"`);
    await queryRunner.query(`ALTER TABLE "partnership_parties" DROP CONSTRAINT "fk_partnership_parties_consent_by"`);
    await queryRunner.query(`ALTER TABLE "partnership_parties" DROP CONSTRAINT "fk_partnership_parties_organisation"`);
    await queryRunner.query(`ALTER TABLE "partnership_parties" DROP CONSTRAINT "fk_partnership_parties_partnership"`);
    await queryRunner.query(`ALTER TABLE "partnerships" DROP CONSTRAINT "fk_partnerships_introduced_by"`);
    await queryRunner.query(`ALTER TABLE "partnerships" DROP CONSTRAINT "fk_partnerships_offering"`);
    await queryRunner.query(`ALTER TABLE "partnerships" DROP CONSTRAINT "fk_partnerships_need"`);
    await queryRunner.query(`DROP INDEX "public"."idx_interests_to"`);
    await queryRunner.query(`DROP INDEX "public"."idx_interests_from"`);
    await queryRunner.query(`DROP TABLE "interests"`);
    await queryRunner.query(`DROP INDEX "public"."idx_partnership_tasks_partnership"`);
    await queryRunner.query(`DROP TABLE "partnership_tasks"`);
    await queryRunner.query(`DROP INDEX "public"."idx_partnership_events_partnership"`);
    await queryRunner.query(`DROP TABLE "partnership_events"`);
    await queryRunner.query(`DROP INDEX "public"."idx_partnership_parties_organisation"`);
    await queryRunner.query(`DROP TABLE "partnership_parties"`);
    await queryRunner.query(`DROP INDEX "public"."idx_partnerships_stage"`);
    await queryRunner.query(`DROP TABLE "partnerships"`);
  }
}
