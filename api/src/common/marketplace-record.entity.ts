import {
  Column,
  CreateDateColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

import type { Attachment, Contact, RecordStatus } from '@opi/contracts';

/**
 * What needs and offerings share: a titled, tagged, searchable record of one
 * organisation. Each subclass adds its table, indexes, relation and own fields.
 */
export abstract class MarketplaceRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** External key from an imported dataset; never shown to users. */
  @Column({ type: 'text', nullable: true })
  ref!: string | null;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'care_areas', type: 'text', array: true, default: () => "'{}'" })
  careAreas!: string[];

  @Column({ name: 'target_groups', type: 'text', array: true, default: () => "'{}'" })
  targetGroups!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  settings!: string[];

  /** ISO 639-1 code of title and description; picks the text-search configuration. */
  @Column({ type: 'text', default: 'en' })
  language!: string;

  @Column({ type: 'text', default: 'published' })
  status!: RecordStatus;

  @Column({ name: 'wanted_start', type: 'date', nullable: true })
  wantedStart!: string | null;

  @Column({ name: 'test_period_months', type: 'smallint', nullable: true })
  testPeriodMonths!: number | null;

  @Column({ name: 'budget_note', type: 'text', nullable: true })
  budgetNote!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  contact!: Contact | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments!: Attachment[];

  /** When the owners were reminded that the record went stale (see StaleRecordsService). */
  @Column({ name: 'stale_reminder_at', type: 'timestamptz', nullable: true })
  staleReminderAt!: Date | null;

  /** Title (A), tags (B) and description (C), stemmed in the record's language. */
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression:
      "setweight(to_tsvector(opi_ts_config(language), coalesce(title, '')), 'A') || " +
      "setweight(to_tsvector('simple', opi_tags_text(care_areas || target_groups || settings)), 'B') || " +
      "setweight(to_tsvector(opi_ts_config(language), coalesce(description, '')), 'C')",
  })
  search?: string;

  /*
   * The owning organisation's kind, country, region and publication, copied
   * onto the record by database triggers (migration SearchOrganisationFields)
   * so that search filters and facets read one table. Never written by the API.
   */
  @Column({ name: 'org_kind', type: 'text', nullable: true, select: false, insert: false, update: false })
  orgKind?: string | null;

  @Column({ name: 'org_country', type: 'text', nullable: true, select: false, insert: false, update: false })
  orgCountry?: string | null;

  @Column({ name: 'org_region', type: 'text', nullable: true, select: false, insert: false, update: false })
  orgRegion?: string | null;

  @Column({ name: 'org_published', type: 'boolean', default: false, select: false, insert: false, update: false })
  orgPublished?: boolean;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
