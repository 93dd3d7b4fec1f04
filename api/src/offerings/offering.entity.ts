import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

import {
  Organisation,
  type PublicationStatus,
} from '../organisations/organisation.entity';

/** A solution a company or knowledge institution offers. */
@Entity({ name: 'offerings' })
@Index('idx_offerings_created_at', ['createdAt'])
@Index('idx_offerings_organisation', ['organisationId'])
// GIN indexes on the tsvector and the tag arrays are made by hand in the migrations.
@Index('idx_offerings_search', { synchronize: false })
@Index('idx_offerings_care_areas', { synchronize: false })
@Index('idx_offerings_target_groups', { synchronize: false })
@Index('idx_offerings_settings', { synchronize: false })
export class Offering {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_offerings_ref', { unique: true })
  @Column({ type: 'text', nullable: true })
  ref!: string | null;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_offerings_organisation' })
  organisation!: Relation<Organisation>;

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

  @Column({ type: 'smallint', nullable: true })
  trl!: number | null;

  @Column({ name: 'seeking_test_site', type: 'boolean', default: false })
  seekingTestSite!: boolean;

  /** ISO 639-1 code of title and description; picks the text-search configuration. */
  @Column({ type: 'text', default: 'en' })
  language!: string;

  @Column({ type: 'text', default: 'published' })
  status!: PublicationStatus;

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

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
