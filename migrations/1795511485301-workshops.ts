import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Workshops1795511485301 implements MigrationInterface {
  name = 'Workshops1795511485301';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "workshop_series" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "created_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3fb527a43822c2e026927554a8e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "workshop_facilitators" ("series_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_eeae803f55899037a8a819023db" PRIMARY KEY ("series_id", "user_id"))`);
    await queryRunner.query(`CREATE TABLE "workshop_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "series_id" uuid NOT NULL, "number" smallint NOT NULL, "title" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" text, "online" boolean NOT NULL DEFAULT false, "facilitator_name" text, "step" text NOT NULL DEFAULT 'empathy', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_workshop_sessions_number" UNIQUE ("series_id", "number"), CONSTRAINT "PK_ffa377158994e3ed040f112129d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "workshop_participants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "user_id" uuid, "email" text NOT NULL, "name" text NOT NULL, "side" text NOT NULL, "organisation_name" text, "token_hash" text, "motivation" text, "expectations" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_workshop_participants_email" UNIQUE ("session_id", "email"), CONSTRAINT "PK_62cebe64adc1eb830364219f205" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_workshop_participants_token" ON "workshop_participants"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "idx_workshop_participants_user" ON "workshop_participants"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "workshop_elements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "side" text NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b0f9d1c7102ed1f15c50b728f46" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_workshop_elements_session" ON "workshop_elements"  ("session_id") `);
    await queryRunner.query(`CREATE TABLE "workshop_dots" ("element_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "dots" smallint NOT NULL, CONSTRAINT "ck_workshop_dots_positive" CHECK (dots > 0), CONSTRAINT "PK_6fd96e46bfe7767e1b026238511" PRIMARY KEY ("element_id", "participant_id"))`);
    await queryRunner.query(`CREATE TABLE "workshop_topics" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "series_id" uuid NOT NULL, "name" text NOT NULL, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dc5c53fbafede49bb10121da95c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_workshop_topics_series" ON "workshop_topics"  ("series_id") `);
    await queryRunner.query(`CREATE TABLE "workshop_recommendations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "topic_id" uuid NOT NULL, "authority" text NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_35c9370e82fb7a076d80ac72a44" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_workshop_recommendations_topic" ON "workshop_recommendations"  ("topic_id") `);
    await queryRunner.query(`CREATE TABLE "workshop_proposals" ("title" text NOT NULL, "problem" text NOT NULL, "proposal" text NOT NULL, "needed" text NOT NULL, "beneficiaries" text NOT NULL, "pains" text NOT NULL, "gains" text NOT NULL, "group_name" text, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "series_id" uuid NOT NULL, "session_id" uuid NOT NULL, "author_participant_id" uuid, "author_user_id" uuid, "author_name" text NOT NULL, "horizon" text, "responsible" text, "topic_id" uuid, "edited_by" text NOT NULL, "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL, "edited_in_session" smallint NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cf1f88f0204cdb12a425296265e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_workshop_proposals_series" ON "workshop_proposals"  ("series_id") `);
    await queryRunner.query(`CREATE TABLE "workshop_proposal_revisions" ("title" text NOT NULL, "problem" text NOT NULL, "proposal" text NOT NULL, "needed" text NOT NULL, "beneficiaries" text NOT NULL, "pains" text NOT NULL, "gains" text NOT NULL, "group_name" text, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "version" integer NOT NULL, "session_number" smallint NOT NULL, "edited_by" text NOT NULL, "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5d277fe235b140ae2ac4f58e9ca" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_workshop_proposal_revisions_proposal" ON "workshop_proposal_revisions"  ("proposal_id") `);
    await queryRunner.query(`CREATE TABLE "workshop_scores" ("proposal_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "session_id" uuid NOT NULL, "opportunity" smallint NOT NULL, "difficulty" smallint NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_workshop_scores_range" CHECK (opportunity BETWEEN 1 AND 5 AND difficulty BETWEEN 1 AND 5), CONSTRAINT "PK_2bbbf59ccb7c52598a2f12db5bd" PRIMARY KEY ("proposal_id", "participant_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_workshop_scores_session" ON "workshop_scores"  ("session_id") `);
    await queryRunner.query(`ALTER TABLE "workshop_series" ADD CONSTRAINT "fk_workshop_series_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_facilitators" ADD CONSTRAINT "fk_workshop_facilitators_series" FOREIGN KEY ("series_id") REFERENCES "workshop_series"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_facilitators" ADD CONSTRAINT "fk_workshop_facilitators_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_sessions" ADD CONSTRAINT "fk_workshop_sessions_series" FOREIGN KEY ("series_id") REFERENCES "workshop_series"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_participants" ADD CONSTRAINT "fk_workshop_participants_session" FOREIGN KEY ("session_id") REFERENCES "workshop_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_participants" ADD CONSTRAINT "fk_workshop_participants_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_elements" ADD CONSTRAINT "fk_workshop_elements_session" FOREIGN KEY ("session_id") REFERENCES "workshop_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_dots" ADD CONSTRAINT "fk_workshop_dots_element" FOREIGN KEY ("element_id") REFERENCES "workshop_elements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_dots" ADD CONSTRAINT "fk_workshop_dots_participant" FOREIGN KEY ("participant_id") REFERENCES "workshop_participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_topics" ADD CONSTRAINT "fk_workshop_topics_series" FOREIGN KEY ("series_id") REFERENCES "workshop_series"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_recommendations" ADD CONSTRAINT "fk_workshop_recommendations_topic" FOREIGN KEY ("topic_id") REFERENCES "workshop_topics"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_proposals" ADD CONSTRAINT "fk_workshop_proposals_series" FOREIGN KEY ("series_id") REFERENCES "workshop_series"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_proposals" ADD CONSTRAINT "fk_workshop_proposals_session" FOREIGN KEY ("session_id") REFERENCES "workshop_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_proposals" ADD CONSTRAINT "fk_workshop_proposals_author_participant" FOREIGN KEY ("author_participant_id") REFERENCES "workshop_participants"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_proposals" ADD CONSTRAINT "fk_workshop_proposals_author_user" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_proposals" ADD CONSTRAINT "fk_workshop_proposals_topic" FOREIGN KEY ("topic_id") REFERENCES "workshop_topics"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_proposal_revisions" ADD CONSTRAINT "fk_workshop_proposal_revisions_proposal" FOREIGN KEY ("proposal_id") REFERENCES "workshop_proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_scores" ADD CONSTRAINT "fk_workshop_scores_proposal" FOREIGN KEY ("proposal_id") REFERENCES "workshop_proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_scores" ADD CONSTRAINT "fk_workshop_scores_participant" FOREIGN KEY ("participant_id") REFERENCES "workshop_participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_scores" ADD CONSTRAINT "fk_workshop_scores_session" FOREIGN KEY ("session_id") REFERENCES "workshop_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "workshop_scores" DROP CONSTRAINT "fk_workshop_scores_session"`);
    await queryRunner.query(`ALTER TABLE "workshop_scores" DROP CONSTRAINT "fk_workshop_scores_participant"`);
    await queryRunner.query(`ALTER TABLE "workshop_scores" DROP CONSTRAINT "fk_workshop_scores_proposal"`);
    await queryRunner.query(`ALTER TABLE "workshop_proposal_revisions" DROP CONSTRAINT "fk_workshop_proposal_revisions_proposal"`);
    await queryRunner.query(`ALTER TABLE "workshop_proposals" DROP CONSTRAINT "fk_workshop_proposals_topic"`);
    await queryRunner.query(`ALTER TABLE "workshop_proposals" DROP CONSTRAINT "fk_workshop_proposals_author_user"`);
    await queryRunner.query(`ALTER TABLE "workshop_proposals" DROP CONSTRAINT "fk_workshop_proposals_author_participant"`);
    await queryRunner.query(`ALTER TABLE "workshop_proposals" DROP CONSTRAINT "fk_workshop_proposals_session"`);
    await queryRunner.query(`ALTER TABLE "workshop_proposals" DROP CONSTRAINT "fk_workshop_proposals_series"`);
    await queryRunner.query(`ALTER TABLE "workshop_recommendations" DROP CONSTRAINT "fk_workshop_recommendations_topic"`);
    await queryRunner.query(`ALTER TABLE "workshop_topics" DROP CONSTRAINT "fk_workshop_topics_series"`);
    await queryRunner.query(`ALTER TABLE "workshop_dots" DROP CONSTRAINT "fk_workshop_dots_participant"`);
    await queryRunner.query(`ALTER TABLE "workshop_dots" DROP CONSTRAINT "fk_workshop_dots_element"`);
    await queryRunner.query(`ALTER TABLE "workshop_elements" DROP CONSTRAINT "fk_workshop_elements_session"`);
    await queryRunner.query(`ALTER TABLE "workshop_participants" DROP CONSTRAINT "fk_workshop_participants_user"`);
    await queryRunner.query(`ALTER TABLE "workshop_participants" DROP CONSTRAINT "fk_workshop_participants_session"`);
    await queryRunner.query(`ALTER TABLE "workshop_sessions" DROP CONSTRAINT "fk_workshop_sessions_series"`);
    await queryRunner.query(`ALTER TABLE "workshop_facilitators" DROP CONSTRAINT "fk_workshop_facilitators_user"`);
    await queryRunner.query(`ALTER TABLE "workshop_facilitators" DROP CONSTRAINT "fk_workshop_facilitators_series"`);
    await queryRunner.query(`ALTER TABLE "workshop_series" DROP CONSTRAINT "fk_workshop_series_created_by"`);
    await queryRunner.query(`DROP INDEX "public"."idx_workshop_scores_session"`);
    await queryRunner.query(`DROP TABLE "workshop_scores"`);
    await queryRunner.query(`DROP INDEX "public"."idx_workshop_proposal_revisions_proposal"`);
    await queryRunner.query(`DROP TABLE "workshop_proposal_revisions"`);
    await queryRunner.query(`DROP INDEX "public"."idx_workshop_proposals_series"`);
    await queryRunner.query(`DROP TABLE "workshop_proposals"`);
    await queryRunner.query(`DROP INDEX "public"."idx_workshop_recommendations_topic"`);
    await queryRunner.query(`DROP TABLE "workshop_recommendations"`);
    await queryRunner.query(`DROP INDEX "public"."idx_workshop_topics_series"`);
    await queryRunner.query(`DROP TABLE "workshop_topics"`);
    await queryRunner.query(`DROP TABLE "workshop_dots"`);
    await queryRunner.query(`DROP INDEX "public"."idx_workshop_elements_session"`);
    await queryRunner.query(`DROP TABLE "workshop_elements"`);
    await queryRunner.query(`DROP INDEX "public"."idx_workshop_participants_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_workshop_participants_token"`);
    await queryRunner.query(`DROP TABLE "workshop_participants"`);
    await queryRunner.query(`DROP TABLE "workshop_sessions"`);
    await queryRunner.query(`DROP TABLE "workshop_facilitators"`);
    await queryRunner.query(`DROP TABLE "workshop_series"`);
  }
}
