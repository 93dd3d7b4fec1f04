import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

import type { MatchFeedback as Verdict, MatchReason } from '@opi/contracts';
import type { StoredProfile } from '@opi/matching';

import { Need } from '../needs/need.entity';
import { Offering } from '../offerings/offering.entity';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';

/** What every stored proposal has: its place in the list, its score and why. */
abstract class StoredProposal {
  /** 1 for the best. */
  @Column({ type: 'smallint' })
  rank!: number;

  /** In [0, 1]. */
  @Column({ type: 'real' })
  score!: number;

  @Column({ type: 'jsonb' })
  reasons!: MatchReason[];
}

/** A stored proposal: an offering for a need, with its rank among the need's proposals. */
@Entity({ name: 'need_matches' })
@Index('idx_need_matches_rank', ['needId', 'rank'])
@Index('idx_need_matches_offering', ['offeringId'])
export class NeedMatch extends StoredProposal {
  @PrimaryColumn({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @PrimaryColumn({ name: 'offering_id', type: 'uuid' })
  offeringId!: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'need_id',
    foreignKeyConstraintName: 'fk_need_matches_need',
  })
  need!: Relation<Need>;

  @ManyToOne(() => Offering, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'offering_id',
    foreignKeyConstraintName: 'fk_need_matches_offering',
  })
  offering!: Relation<Offering>;
}

/** A stored proposal: a municipality or hospital that could host a test of an offering. */
@Entity({ name: 'test_site_matches' })
@Index('idx_test_site_matches_rank', ['offeringId', 'rank'])
@Index('idx_test_site_matches_organisation', ['organisationId'])
export class TestSiteMatch extends StoredProposal {
  @PrimaryColumn({ name: 'offering_id', type: 'uuid' })
  offeringId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Offering, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'offering_id',
    foreignKeyConstraintName: 'fk_test_site_matches_offering',
  })
  offering!: Relation<Offering>;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_test_site_matches_organisation',
  })
  organisation!: Relation<Organisation>;

  /** The organisation's need the offering fits best, if any. */
  @Column({ name: 'need_id', type: 'uuid', nullable: true })
  needId!: string | null;

  @ManyToOne(() => Need, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'need_id',
    foreignKeyConstraintName: 'fk_test_site_matches_need',
  })
  need!: Relation<Need> | null;
}

/**
 * What matching reads of a record (its stems, concepts and codes: see
 * @opi/matching's `storeProfile`), prepared when the record is written so
 * ranking does not prepare hundreds of candidates each time. `source_key`
 * is a hash of the fields it was prepared from: a profile whose key no longer
 * matches its record is out of date and is prepared again.
 */
abstract class StoredMatchProfile {
  @Column({ name: 'source_key', type: 'text' })
  sourceKey!: string;

  @Column({ type: 'jsonb' })
  profile!: StoredProfile;

  /** When it was last prepared: the matching index reads the profiles prepared since it last looked. */
  @Index()
  @Column({ name: 'prepared_at', type: 'timestamptz', default: () => 'now()' })
  preparedAt!: Date;
}

@Entity({ name: 'need_profiles' })
export class NeedProfile extends StoredMatchProfile {
  @PrimaryColumn({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_need_profiles_need' })
  need!: Relation<Need>;
}

@Entity({ name: 'offering_profiles' })
export class OfferingProfile extends StoredMatchProfile {
  @PrimaryColumn({ name: 'offering_id', type: 'uuid' })
  offeringId!: string;

  @ManyToOne(() => Offering, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offering_id', foreignKeyConstraintName: 'fk_offering_profiles_offering' })
  offering!: Relation<Offering>;
}

/** When the proposals of a need (or the test sites of an offering) were last computed, and how long it took. */
@Entity({ name: 'match_runs' })
export class MatchRun {
  /** 'need' (its offerings) or 'offering' (its test sites). */
  @PrimaryColumn({ name: 'subject_type', type: 'text' })
  subjectType!: 'need' | 'offering';

  @PrimaryColumn({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;

  @Column({ name: 'compute_ms', type: 'integer' })
  computeMs!: number;

  @Column({ type: 'integer' })
  candidates!: number;
}

/** A user's verdict on one proposal ("interesting", or "hidden": not relevant, left out of their lists). */
@Entity({ name: 'match_feedback' })
export class MatchFeedbackEntry {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** The need or offering the proposals are for. */
  @PrimaryColumn({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  /** The proposed offering or organisation. */
  @PrimaryColumn({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'user_id',
    foreignKeyConstraintName: 'fk_match_feedback_user',
  })
  user!: Relation<User>;

  @Column({ type: 'text' })
  verdict!: Verdict;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
