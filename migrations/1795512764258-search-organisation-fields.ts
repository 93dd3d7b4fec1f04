import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search filters and facets on needs and offerings read the organisation's
 * kind, country, region and publication from the record itself, kept in step
 * by triggers: a record takes its organisation's values when written, and an
 * organisation's change is copied to its records. (The join to organisations
 * cost a hash of every organisation on each search.)
 */

export class SearchOrganisationFields1795512764258 implements MigrationInterface {
  name = 'SearchOrganisationFields1795512764258';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "needs" ADD "org_kind" text`);
    await queryRunner.query(`ALTER TABLE "needs" ADD "org_country" text`);
    await queryRunner.query(`ALTER TABLE "needs" ADD "org_region" text`);
    await queryRunner.query(`ALTER TABLE "needs" ADD "org_published" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD "org_kind" text`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD "org_country" text`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD "org_region" text`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD "org_published" boolean NOT NULL DEFAULT false`);

    await queryRunner.query(`
      CREATE FUNCTION opi_record_organisation_fields() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT o.kind, o.country, o.region, o.status = 'published'
          INTO NEW.org_kind, NEW.org_country, NEW.org_region, NEW.org_published
          FROM organisations o WHERE o.id = NEW.organisation_id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION opi_organisation_fields_to_records() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE needs SET org_kind = NEW.kind, org_country = NEW.country, org_region = NEW.region,
                         org_published = NEW.status = 'published'
         WHERE organisation_id = NEW.id;
        UPDATE offerings SET org_kind = NEW.kind, org_country = NEW.country, org_region = NEW.region,
                             org_published = NEW.status = 'published'
         WHERE organisation_id = NEW.id;
        RETURN NULL;
      END $$`);
    for (const table of ['needs', 'offerings']) {
      await queryRunner.query(`
        CREATE TRIGGER trg_${table}_organisation_fields
        BEFORE INSERT OR UPDATE OF organisation_id ON ${table}
        FOR EACH ROW EXECUTE FUNCTION opi_record_organisation_fields()`);
      await queryRunner.query(`
        UPDATE ${table} r SET org_kind = o.kind, org_country = o.country, org_region = o.region,
                              org_published = o.status = 'published'
          FROM organisations o WHERE o.id = r.organisation_id`);
    }
    await queryRunner.query(`
      CREATE TRIGGER trg_organisations_fields_to_records
      AFTER UPDATE OF kind, country, region, status ON organisations
      FOR EACH ROW
      WHEN (OLD.kind IS DISTINCT FROM NEW.kind OR OLD.country IS DISTINCT FROM NEW.country
            OR OLD.region IS DISTINCT FROM NEW.region OR OLD.status IS DISTINCT FROM NEW.status)
      EXECUTE FUNCTION opi_organisation_fields_to_records()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER trg_organisations_fields_to_records ON organisations`);
    await queryRunner.query(`DROP TRIGGER trg_offerings_organisation_fields ON offerings`);
    await queryRunner.query(`DROP TRIGGER trg_needs_organisation_fields ON needs`);
    await queryRunner.query(`DROP FUNCTION opi_organisation_fields_to_records()`);
    await queryRunner.query(`DROP FUNCTION opi_record_organisation_fields()`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "org_published"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "org_region"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "org_country"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "org_kind"`);
    await queryRunner.query(`ALTER TABLE "needs" DROP COLUMN "org_published"`);
    await queryRunner.query(`ALTER TABLE "needs" DROP COLUMN "org_region"`);
    await queryRunner.query(`ALTER TABLE "needs" DROP COLUMN "org_country"`);
    await queryRunner.query(`ALTER TABLE "needs" DROP COLUMN "org_kind"`);
  }
}
