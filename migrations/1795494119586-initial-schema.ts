import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations, their needs and offerings (fields of DATASET.md). `ref` is the
 * dataset's external key; `search` a stored weighted tsvector in the record's
 * language; taxonomy codes are text[] columns; all of them GIN-indexed.
 */
export class InitialSchema1795494119586 implements MigrationInterface {
  name = 'InitialSchema1795494119586';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)`, [queryRunner.connection.driver.database, "public", "organisations", "GENERATED_COLUMN", "search", "setweight(to_tsvector('simple', coalesce(name, '')), 'A') || setweight(to_tsvector('simple', opi_tags_text(care_areas || expertise)), 'B') || setweight(to_tsvector('simple', coalesce(description, '')), 'C')"]);
    await queryRunner.query(`CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ref" text, "kind" text NOT NULL, "name" text NOT NULL, "country" character(2) NOT NULL, "region" text, "city" text, "description" text NOT NULL DEFAULT '', "care_areas" text array NOT NULL DEFAULT '{}', "expertise" text array NOT NULL DEFAULT '{}', "test_site" jsonb, "status" text NOT NULL DEFAULT 'published', "search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(name, '')), 'A') || setweight(to_tsvector('simple', opi_tags_text(care_areas || expertise)), 'B') || setweight(to_tsvector('simple', coalesce(description, '')), 'C')) STORED NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_organisations_ref" ON "organisations"  ("ref") `);
    await queryRunner.query(`CREATE INDEX "idx_organisations_created_at" ON "organisations"  ("created_at") `);
    await queryRunner.query(`INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)`, [queryRunner.connection.driver.database, "public", "needs", "GENERATED_COLUMN", "search", "setweight(to_tsvector(opi_ts_config(language), coalesce(title, '')), 'A') || setweight(to_tsvector('simple', opi_tags_text(care_areas || target_groups || settings)), 'B') || setweight(to_tsvector(opi_ts_config(language), coalesce(description, '')), 'C')"]);
    await queryRunner.query(`CREATE TABLE "needs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ref" text, "organisation_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "care_areas" text array NOT NULL DEFAULT '{}', "target_groups" text array NOT NULL DEFAULT '{}', "settings" text array NOT NULL DEFAULT '{}', "min_trl" smallint, "test_site_offered" boolean NOT NULL DEFAULT false, "language" text NOT NULL DEFAULT 'en', "status" text NOT NULL DEFAULT 'published', "search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector(opi_ts_config(language), coalesce(title, '')), 'A') || setweight(to_tsvector('simple', opi_tags_text(care_areas || target_groups || settings)), 'B') || setweight(to_tsvector(opi_ts_config(language), coalesce(description, '')), 'C')) STORED NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fdb71d393bc390a1a09ac047dd1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_needs_ref" ON "needs"  ("ref") `);
    await queryRunner.query(`CREATE INDEX "idx_needs_organisation" ON "needs"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "idx_needs_created_at" ON "needs"  ("created_at") `);
    await queryRunner.query(`INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)`, [queryRunner.connection.driver.database, "public", "offerings", "GENERATED_COLUMN", "search", "setweight(to_tsvector(opi_ts_config(language), coalesce(title, '')), 'A') || setweight(to_tsvector('simple', opi_tags_text(care_areas || target_groups || settings)), 'B') || setweight(to_tsvector(opi_ts_config(language), coalesce(description, '')), 'C')"]);
    await queryRunner.query(`CREATE TABLE "offerings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ref" text, "organisation_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "care_areas" text array NOT NULL DEFAULT '{}', "target_groups" text array NOT NULL DEFAULT '{}', "settings" text array NOT NULL DEFAULT '{}', "trl" smallint, "seeking_test_site" boolean NOT NULL DEFAULT false, "language" text NOT NULL DEFAULT 'en', "status" text NOT NULL DEFAULT 'published', "search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector(opi_ts_config(language), coalesce(title, '')), 'A') || setweight(to_tsvector('simple', opi_tags_text(care_areas || target_groups || settings)), 'B') || setweight(to_tsvector(opi_ts_config(language), coalesce(description, '')), 'C')) STORED NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6d6a2d4bc88776139fc71a60ca6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_offerings_ref" ON "offerings"  ("ref") `);
    await queryRunner.query(`CREATE INDEX "idx_offerings_organisation" ON "offerings"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "idx_offerings_created_at" ON "offerings"  ("created_at") `);
    await queryRunner.query(`ALTER TABLE "needs" ADD CONSTRAINT "fk_needs_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD CONSTRAINT "fk_offerings_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // GIN indexes TypeORM cannot express (the entities mark them synchronize: false).
    await queryRunner.query(`CREATE INDEX "idx_organisations_search" ON "organisations" USING gin ("search")`);
    await queryRunner.query(`CREATE INDEX "idx_organisations_care_areas" ON "organisations" USING gin ("care_areas")`);
    await queryRunner.query(`CREATE INDEX "idx_organisations_name_trgm" ON "organisations" USING gin ("name" gin_trgm_ops)`);
    for (const table of ['needs', 'offerings']) {
      await queryRunner.query(`CREATE INDEX "idx_${table}_search" ON "${table}" USING gin ("search")`);
      await queryRunner.query(`CREATE INDEX "idx_${table}_care_areas" ON "${table}" USING gin ("care_areas")`);
      await queryRunner.query(`CREATE INDEX "idx_${table}_target_groups" ON "${table}" USING gin ("target_groups")`);
      await queryRunner.query(`CREATE INDEX "idx_${table}_settings" ON "${table}" USING gin ("settings")`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "offerings" DROP CONSTRAINT "fk_offerings_organisation"`);
    await queryRunner.query(`ALTER TABLE "needs" DROP CONSTRAINT "fk_needs_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."idx_offerings_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_offerings_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_offerings_ref"`);
    await queryRunner.query(`DROP TABLE "offerings"`);
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5`, ["GENERATED_COLUMN", "search", queryRunner.connection.driver.database, "public", "offerings"]);
    await queryRunner.query(`DROP INDEX "public"."idx_needs_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_needs_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_needs_ref"`);
    await queryRunner.query(`DROP TABLE "needs"`);
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5`, ["GENERATED_COLUMN", "search", queryRunner.connection.driver.database, "public", "needs"]);
    await queryRunner.query(`DROP INDEX "public"."idx_organisations_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."uq_organisations_ref"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5`, ["GENERATED_COLUMN", "search", queryRunner.connection.driver.database, "public", "organisations"]);
  }
}
