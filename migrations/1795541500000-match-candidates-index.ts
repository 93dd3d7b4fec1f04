import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching's candidates by shared tags (the newest published records sharing
 * a care area, and a target group and a setting when the subject has them)
 * are read newest first from a narrow index that carries the tags, stopping
 * at the hundredth: an index-only scan instead of intersecting three GIN
 * bitmaps and visiting a heap page of the wide records per match.
 */
export class MatchCandidatesIndex1795541500000 implements MigrationInterface {
  name = 'MatchCandidatesIndex1795541500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['needs', 'offerings']) {
      await queryRunner.query(
        `CREATE INDEX "idx_${table}_newest_tags" ON "${table}" ("created_at" DESC, "id" DESC) INCLUDE ("care_areas", "target_groups", "settings") WHERE status = 'published' AND org_published`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_offerings_newest_tags"`);
    await queryRunner.query(`DROP INDEX "public"."idx_needs_newest_tags"`);
  }
}
