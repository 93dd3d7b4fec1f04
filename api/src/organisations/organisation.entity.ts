import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

import type { OrganisationDetails, OrganisationKind, TestSiteOffer } from '@opi/contracts';

export const PUBLICATION_STATUSES = ['draft', 'published', 'archived'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

@Entity({ name: 'organisations' })
@Index('idx_organisations_created_at', ['createdAt'])
// GIN indexes (search, tags, trigram names) are made by hand in the migrations.
@Index('idx_organisations_search', { synchronize: false })
@Index('idx_organisations_care_areas', { synchronize: false })
@Index('idx_organisations_name_trgm', { synchronize: false })
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** External key from an imported dataset; never shown to users. */
  @Index('uq_organisations_ref', { unique: true })
  @Column({ type: 'text', nullable: true })
  ref!: string | null;

  @Column({ type: 'text' })
  kind!: OrganisationKind;

  @Column({ type: 'text' })
  name!: string;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'care_areas', type: 'text', array: true, default: () => "'{}'" })
  careAreas!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise!: string[];

  @Column({ name: 'test_site', type: 'jsonb', nullable: true })
  testSite!: TestSiteOffer | null;

  /** The fields only some kinds have (website, population, beds, research groups, …). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: OrganisationDetails;

  @Column({ type: 'text', default: 'published' })
  status!: PublicationStatus;

  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression:
      "setweight(to_tsvector('simple', coalesce(name, '')), 'A') || " +
      "setweight(to_tsvector('simple', opi_tags_text(care_areas || expertise)), 'B') || " +
      "setweight(to_tsvector('simple', coalesce(description, '')), 'C')",
  })
  search?: string;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
