import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

import { PartnershipEntity } from '../partnerships/partnership.entities';

/**
 * What the dashboard filters partnerships by, one row per partnership, kept
 * in step by database triggers (migration DashboardPartnerships): the care
 * areas of its need and offering, the regions of its parties and the stages
 * its history entered. Reading these here spares each dashboard statement the
 * joins to needs, offerings, parties, organisations and the whole history.
 * Written only by the triggers; the API never inserts or updates it.
 */
@Entity({ name: 'dashboard_partnerships' })
// GIN indexes on the arrays are made by hand in the migration.
@Index('idx_dashboard_partnerships_care_areas', { synchronize: false })
@Index('idx_dashboard_partnerships_regions', { synchronize: false })
export class DashboardPartnership {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId!: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fk_dashboard_partnerships_partnership' })
  partnership!: Relation<PartnershipEntity>;

  /** The need's and the offering's care areas. */
  @Column({ name: 'care_areas', type: 'text', array: true, default: () => "'{}'" })
  careAreas!: string[];

  /** The regions of the parties' organisations. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  regions!: string[];

  /** Every stage a history event moved the partnership to. */
  @Column({ name: 'stages_entered', type: 'text', array: true, default: () => "'{}'" })
  stagesEntered!: string[];
}
