import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';

import { MarketplaceRecord } from '../common/marketplace-record.entity';
import { Organisation } from '../organisations/organisation.entity';

/** A care need a municipality or hospital wants solved. */
@Entity({ name: 'needs' })
@Index('uq_needs_ref', ['ref'], { unique: true })
@Index('idx_needs_created_at_id', ['createdAt', 'id'])
@Index('idx_needs_organisation', ['organisationId'])
@Index('idx_needs_status_updated_at', ['status', 'updatedAt'])
// GIN indexes on the tsvector and the tag arrays are made by hand in the migrations.
@Index('idx_needs_search', { synchronize: false })
@Index('idx_needs_care_areas', { synchronize: false })
@Index('idx_needs_target_groups', { synchronize: false })
@Index('idx_needs_settings', { synchronize: false })
// The dashboard's records per month: an index-only scan of the published ones (migration DashboardPartnerships).
@Index('idx_needs_dashboard', { synchronize: false })
// The facet counts without words: an index-only scan of the published ones' facet columns (migration MarketplaceFacetsIndex).
@Index('idx_needs_facets', { synchronize: false })
// Matching's candidates by shared tags, newest first (migration MatchCandidatesIndex).
@Index('idx_needs_newest_tags', { synchronize: false })
export class Need extends MarketplaceRecord {
  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_needs_organisation' })
  organisation!: Relation<Organisation>;

  /** Lowest Technology Readiness Level the organisation can test (1-9). */
  @Column({ name: 'min_trl', type: 'smallint', nullable: true })
  minTrl!: number | null;

  @Column({ name: 'test_site_offered', type: 'boolean', default: false })
  testSiteOffered!: boolean;
}
