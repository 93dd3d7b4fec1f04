import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';

import type { CeClass, Evidence } from '@opi/contracts';

import { MarketplaceRecord } from '../common/marketplace-record.entity';
import { Organisation } from '../organisations/organisation.entity';

/** A solution a company or knowledge institution offers. */
@Entity({ name: 'offerings' })
@Index('uq_offerings_ref', ['ref'], { unique: true })
@Index('idx_offerings_created_at_id', ['createdAt', 'id'])
@Index('idx_offerings_organisation', ['organisationId'])
@Index('idx_offerings_status_updated_at', ['status', 'updatedAt'])
// GIN indexes on the tsvector and the tag arrays are made by hand in the migrations.
@Index('idx_offerings_search', { synchronize: false })
@Index('idx_offerings_care_areas', { synchronize: false })
@Index('idx_offerings_target_groups', { synchronize: false })
@Index('idx_offerings_settings', { synchronize: false })
// The dashboard's records per month: an index-only scan of the published ones (migration DashboardPartnerships).
@Index('idx_offerings_dashboard', { synchronize: false })
// The facet counts without words: an index-only scan of the published ones' facet columns (migration MarketplaceFacetsIndex).
@Index('idx_offerings_facets', { synchronize: false })
// Matching's candidates by shared tags, newest first (migration MatchCandidatesIndex).
@Index('idx_offerings_newest_tags', { synchronize: false })
export class Offering extends MarketplaceRecord {
  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_offerings_organisation' })
  organisation!: Relation<Organisation>;

  /** Technology Readiness Level (1-9). */
  @Column({ type: 'smallint', nullable: true })
  trl!: number | null;

  @Column({ name: 'seeking_test_site', type: 'boolean', default: false })
  seekingTestSite!: boolean;

  @Column({ name: 'ce_class', type: 'text', nullable: true })
  ceClass!: CeClass | null;

  /** Studies, certifications, pilots that back the offering up. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  evidence!: Evidence[];
}
