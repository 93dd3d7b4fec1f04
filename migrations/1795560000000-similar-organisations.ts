import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organisations whose name is like a search's words (a similarity of at
 * least 0.5: "Odense Komune" finds "Odense Kommune"), for the marketplace
 * search. Written inline as `name % q AND similarity(name, q) >= 0.5`, the
 * planner estimated `%` at its default threshold (0.3), expected hundreds of
 * names for words like "Kommune" and scanned every organisation, computing
 * each similarity (14 ms for 4,000). With the threshold at 0.5 inside the
 * function, `%` itself is the whole condition and the trigram index finds the
 * few names in about 1 ms. The function's own setting leaves the session's
 * threshold (0.3, the organisation directory's) alone.
 */
export class SimilarOrganisations1795560000000 implements MigrationInterface {
  name = 'SimilarOrganisations1795560000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION opi_similar_organisations(words text) RETURNS SETOF uuid
         LANGUAGE sql STABLE PARALLEL SAFE
         SET pg_trgm.similarity_threshold = 0.5
         AS $$ SELECT id FROM organisations WHERE name % words $$`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION opi_similar_organisations(text)`);
  }
}
