import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The guide's pages as PostgreSQL sees them, for full-text search in the
 * page's language. Rebuilt from the Markdown content at every start.
 */
@Entity({ name: 'guide_pages' })
@Index('idx_guide_pages_search', { synchronize: false })
export class GuidePageIndex {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_guide_pages' })
  slug!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_guide_pages' })
  lang!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'smallint', nullable: true })
  phase!: number | null;

  /** The page as plain text (no Markdown syntax). */
  @Column({ type: 'text' })
  body!: string;

  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression:
      "setweight(to_tsvector(opi_ts_config(lang), coalesce(title, '')), 'A') || " +
      "setweight(to_tsvector(opi_ts_config(lang), coalesce(summary, '')), 'B') || " +
      "setweight(to_tsvector(opi_ts_config(lang), coalesce(body, '')), 'C')",
  })
  search?: string;
}
