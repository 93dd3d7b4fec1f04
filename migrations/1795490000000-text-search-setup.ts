import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the schema's text search stands on: trigram matching for fuzzy
 * organisation names, and `opi_ts_config(language)`, which maps a record's
 * ISO 639-1 language to its PostgreSQL text-search configuration (stemming),
 * and `opi_tags_text(text[])` for the tag document. Both IMMUTABLE, so stored
 * generated tsvector columns can call them.
 */
export class TextSearchSetup1795490000000 implements MigrationInterface {
  name = 'TextSearchSetup1795490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION opi_ts_config(lang text) RETURNS regconfig
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE lang
          WHEN 'en' THEN 'english'::regconfig
          WHEN 'da' THEN 'danish'::regconfig
          WHEN 'nl' THEN 'dutch'::regconfig
          WHEN 'fr' THEN 'french'::regconfig
          WHEN 'sv' THEN 'swedish'::regconfig
          WHEN 'de' THEN 'german'::regconfig
          WHEN 'no' THEN 'norwegian'::regconfig
          WHEN 'fi' THEN 'finnish'::regconfig
          ELSE 'simple'::regconfig
        END
      $$`);
    // array_to_string is only STABLE (it is polymorphic); on text[] it is immutable.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION opi_tags_text(tags text[]) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string(tags, ' ') $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS opi_tags_text(text[])`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS opi_ts_config(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
