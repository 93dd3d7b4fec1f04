import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard's filters, read without joins: `dashboard_partnerships` holds
 * each partnership's care areas (its need's and offering's), regions (its
 * parties' organisations') and the stages its history entered, kept in step
 * by triggers in the same transaction as every write that changes them —
 * whichever service, import or seed writes it. Before, each dashboard
 * statement joined partnerships to needs, offerings, parties and
 * organisations per row, and the funnel scanned the whole history.
 *
 * Triggers on bulk-written tables are per statement (transition tables), so an
 * import or a seed recomputes each touched partnership once.
 *
 * Also: a covering index for the dashboard's needs and offerings per month.
 */

export class DashboardPartnerships1795533435665 implements MigrationInterface {
  name = 'DashboardPartnerships1795533435665';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "dashboard_partnerships" ("partnership_id" uuid NOT NULL, "care_areas" text array NOT NULL DEFAULT '{}', "regions" text array NOT NULL DEFAULT '{}', "stages_entered" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_65795e796c890036a1d4eb5db8a" PRIMARY KEY ("partnership_id"))`);
    await queryRunner.query(`ALTER TABLE "dashboard_partnerships" ADD CONSTRAINT "fk_dashboard_partnerships_partnership" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE INDEX "idx_dashboard_partnerships_care_areas" ON "dashboard_partnerships" USING gin ("care_areas")`);
    await queryRunner.query(`CREATE INDEX "idx_dashboard_partnerships_regions" ON "dashboard_partnerships" USING gin ("regions")`);

    // What each column is derived from.
    await queryRunner.query(`
      CREATE FUNCTION opi_dashboard_care_areas(need uuid, offering uuid) RETURNS text[] LANGUAGE sql STABLE AS $$
        SELECT ARRAY(SELECT unnest(care_areas) FROM needs WHERE id = need
                     UNION SELECT unnest(care_areas) FROM offerings WHERE id = offering ORDER BY 1)
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION opi_dashboard_regions(partnership uuid) RETURNS text[] LANGUAGE sql STABLE AS $$
        SELECT ARRAY(SELECT DISTINCT o.region FROM partnership_parties pp JOIN organisations o ON o.id = pp.organisation_id
                      WHERE pp.partnership_id = partnership AND o.region IS NOT NULL ORDER BY 1)
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION opi_dashboard_stages_entered(partnership uuid) RETURNS text[] LANGUAGE sql STABLE AS $$
        SELECT ARRAY(SELECT DISTINCT to_stage FROM partnership_events
                      WHERE partnership_id = partnership AND to_stage IS NOT NULL ORDER BY 1)
      $$`);

    // A new partnership gets its row; a changed need or offering, its care areas.
    await queryRunner.query(`
      CREATE FUNCTION opi_dashboard_partnerships_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO dashboard_partnerships (partnership_id, care_areas, regions, stages_entered)
        SELECT n.id, opi_dashboard_care_areas(n.need_id, n.offering_id), opi_dashboard_regions(n.id), opi_dashboard_stages_entered(n.id)
          FROM new_rows n;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER trg_partnerships_dashboard_insert AFTER INSERT ON partnerships
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opi_dashboard_partnerships_inserted()`);
    await queryRunner.query(`
      CREATE FUNCTION opi_dashboard_partnership_subjects() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE dashboard_partnerships SET care_areas = opi_dashboard_care_areas(NEW.need_id, NEW.offering_id)
         WHERE partnership_id = NEW.id;
        RETURN NULL;
      END $$`);
    // Also fires when a deleted need or offering sets need_id / offering_id to null.
    await queryRunner.query(`
      CREATE TRIGGER trg_partnerships_dashboard_subjects AFTER UPDATE OF need_id, offering_id ON partnerships
      FOR EACH ROW WHEN (OLD.need_id IS DISTINCT FROM NEW.need_id OR OLD.offering_id IS DISTINCT FROM NEW.offering_id)
      EXECUTE FUNCTION opi_dashboard_partnership_subjects()`);

    // A need's or offering's care areas edited: every partnership about it follows.
    await queryRunner.query(`
      CREATE FUNCTION opi_dashboard_care_areas_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE dashboard_partnerships d SET care_areas = opi_dashboard_care_areas(p.need_id, p.offering_id)
          FROM partnerships p
         WHERE p.id = d.partnership_id
           AND (CASE TG_TABLE_NAME WHEN 'needs' THEN p.need_id ELSE p.offering_id END) IN (
                 SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.care_areas IS DISTINCT FROM o.care_areas);
        RETURN NULL;
      END $$`);
    for (const table of ['needs', 'offerings']) {
      await queryRunner.query(`
        CREATE TRIGGER trg_${table}_dashboard_care_areas AFTER UPDATE ON ${table}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION opi_dashboard_care_areas_changed()`);
    }

    // Parties added, removed or moved: their partnerships' regions.
    await queryRunner.query(`
      CREATE FUNCTION opi_dashboard_parties_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE dashboard_partnerships SET regions = opi_dashboard_regions(partnership_id)
           WHERE partnership_id IN (SELECT partnership_id FROM new_rows);
        ELSIF TG_OP = 'DELETE' THEN
          UPDATE dashboard_partnerships SET regions = opi_dashboard_regions(partnership_id)
           WHERE partnership_id IN (SELECT partnership_id FROM old_rows);
        ELSE -- a consent is an update too: only parties that changed organisation or partnership count
          UPDATE dashboard_partnerships SET regions = opi_dashboard_regions(partnership_id)
           WHERE partnership_id IN (
                   SELECT partnership_id FROM ((SELECT partnership_id, organisation_id FROM new_rows EXCEPT SELECT partnership_id, organisation_id FROM old_rows)
                                               UNION ALL
                                               (SELECT partnership_id, organisation_id FROM old_rows EXCEPT SELECT partnership_id, organisation_id FROM new_rows)) moved);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER trg_partnership_parties_dashboard_insert AFTER INSERT ON partnership_parties
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opi_dashboard_parties_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER trg_partnership_parties_dashboard_update AFTER UPDATE ON partnership_parties
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opi_dashboard_parties_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER trg_partnership_parties_dashboard_delete AFTER DELETE ON partnership_parties
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION opi_dashboard_parties_changed()`);

    // An organisation moved to another region: the partnerships it is a party to.
    await queryRunner.query(`
      CREATE FUNCTION opi_dashboard_organisation_regions() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE dashboard_partnerships SET regions = opi_dashboard_regions(partnership_id)
         WHERE partnership_id IN (
                 SELECT pp.partnership_id FROM partnership_parties pp
                  WHERE pp.organisation_id IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.region IS DISTINCT FROM o.region));
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER trg_organisations_dashboard_regions AFTER UPDATE ON organisations
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opi_dashboard_organisation_regions()`);

    // History written: the stages entered (closing a stay only sets left_at, which changes nothing here).
    await queryRunner.query(`
      CREATE FUNCTION opi_dashboard_events_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE dashboard_partnerships SET stages_entered = opi_dashboard_stages_entered(partnership_id)
           WHERE partnership_id IN (SELECT partnership_id FROM new_rows WHERE to_stage IS NOT NULL);
        ELSIF TG_OP = 'DELETE' THEN
          UPDATE dashboard_partnerships SET stages_entered = opi_dashboard_stages_entered(partnership_id)
           WHERE partnership_id IN (SELECT partnership_id FROM old_rows WHERE to_stage IS NOT NULL);
        ELSE
          UPDATE dashboard_partnerships SET stages_entered = opi_dashboard_stages_entered(partnership_id)
           WHERE partnership_id IN (
                   SELECT partnership_id FROM ((SELECT partnership_id, to_stage FROM new_rows EXCEPT SELECT partnership_id, to_stage FROM old_rows)
                                               UNION ALL
                                               (SELECT partnership_id, to_stage FROM old_rows EXCEPT SELECT partnership_id, to_stage FROM new_rows)) moved);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER trg_partnership_events_dashboard_insert AFTER INSERT ON partnership_events
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opi_dashboard_events_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER trg_partnership_events_dashboard_update AFTER UPDATE ON partnership_events
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opi_dashboard_events_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER trg_partnership_events_dashboard_delete AFTER DELETE ON partnership_events
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION opi_dashboard_events_changed()`);

    await queryRunner.query(`
      INSERT INTO dashboard_partnerships (partnership_id, care_areas, regions, stages_entered)
      SELECT p.id, opi_dashboard_care_areas(p.need_id, p.offering_id), opi_dashboard_regions(p.id), opi_dashboard_stages_entered(p.id)
        FROM partnerships p`);

    // Records per month: the published ones of a period, with what the filters read, without the wide rows.
    for (const table of ['needs', 'offerings']) {
      await queryRunner.query(
        `CREATE INDEX "idx_${table}_dashboard" ON "${table}" ("created_at") INCLUDE ("care_areas", "org_region") WHERE status <> 'draft'`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_offerings_dashboard"`);
    await queryRunner.query(`DROP INDEX "idx_needs_dashboard"`);
    for (const [trigger, table] of [
      ['trg_partnership_events_dashboard_delete', 'partnership_events'],
      ['trg_partnership_events_dashboard_update', 'partnership_events'],
      ['trg_partnership_events_dashboard_insert', 'partnership_events'],
      ['trg_organisations_dashboard_regions', 'organisations'],
      ['trg_partnership_parties_dashboard_delete', 'partnership_parties'],
      ['trg_partnership_parties_dashboard_update', 'partnership_parties'],
      ['trg_partnership_parties_dashboard_insert', 'partnership_parties'],
      ['trg_offerings_dashboard_care_areas', 'offerings'],
      ['trg_needs_dashboard_care_areas', 'needs'],
      ['trg_partnerships_dashboard_subjects', 'partnerships'],
      ['trg_partnerships_dashboard_insert', 'partnerships'],
    ]) {
      await queryRunner.query(`DROP TRIGGER ${trigger} ON ${table}`);
    }
    for (const fn of [
      'opi_dashboard_events_changed()',
      'opi_dashboard_organisation_regions()',
      'opi_dashboard_parties_changed()',
      'opi_dashboard_care_areas_changed()',
      'opi_dashboard_partnership_subjects()',
      'opi_dashboard_partnerships_inserted()',
      'opi_dashboard_stages_entered(uuid)',
      'opi_dashboard_regions(uuid)',
      'opi_dashboard_care_areas(uuid, uuid)',
    ]) {
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    }
    await queryRunner.query(`DROP TABLE "dashboard_partnerships"`);
  }
}
