import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The OPI guide's search index (rebuilt from Markdown at start-up) and readers' checklist ticks. */
export class GuideSearchAndTicks1795496951191 implements MigrationInterface {
  name = 'GuideSearchAndTicks1795496951191';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)`, [queryRunner.connection.driver.database, "public", "guide_pages", "GENERATED_COLUMN", "search", "setweight(to_tsvector(opi_ts_config(lang), coalesce(title, '')), 'A') || setweight(to_tsvector(opi_ts_config(lang), coalesce(summary, '')), 'B') || setweight(to_tsvector(opi_ts_config(lang), coalesce(body, '')), 'C')"]);
    await queryRunner.query(`CREATE TABLE "guide_pages" ("slug" text NOT NULL, "lang" text NOT NULL, "title" text NOT NULL, "summary" text NOT NULL, "kind" text NOT NULL, "phase" smallint, "body" text NOT NULL, "search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector(opi_ts_config(lang), coalesce(title, '')), 'A') || setweight(to_tsvector(opi_ts_config(lang), coalesce(summary, '')), 'B') || setweight(to_tsvector(opi_ts_config(lang), coalesce(body, '')), 'C')) STORED NOT NULL, CONSTRAINT "pk_guide_pages" PRIMARY KEY ("slug", "lang"))`);
    await queryRunner.query(`CREATE TABLE "guide_ticks" ("user_id" uuid NOT NULL, "project" text NOT NULL, "item_id" text NOT NULL, "ticked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_guide_ticks" PRIMARY KEY ("user_id", "project", "item_id"))`);
    await queryRunner.query(`ALTER TABLE "guide_ticks" ADD CONSTRAINT "fk_guide_ticks_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE INDEX "idx_guide_pages_search" ON "guide_pages" USING gin ("search")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "guide_ticks" DROP CONSTRAINT "fk_guide_ticks_user"`);
    await queryRunner.query(`DROP TABLE "guide_ticks"`);
    await queryRunner.query(`DROP TABLE "guide_pages"`);
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5`, ["GENERATED_COLUMN", "search", queryRunner.connection.driver.database, "public", "guide_pages"]);
  }
}
