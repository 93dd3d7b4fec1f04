import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  VersionColumn,
} from 'typeorm';

import type {
  InterestStatus,
  PartnershipBenefit,
  InterestSubjectType,
  InterestTargetType,
  PartnershipEventKind,
  PartnershipOutcome,
  PipelineStage,
} from '@opi/contracts';

import { Need } from '../needs/need.entity';
import { Offering } from '../offerings/offering.entity';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';

/** A partnership between organisations, about a need and/or an offering, moving through the pipeline. */
@Entity({ name: 'partnerships' })
@Index('idx_partnerships_stage', ['stage', 'lastActivityAt'])
export class PartnershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: 'proposed' })
  stage!: PipelineStage;

  @Column({ type: 'text', nullable: true })
  outcome!: PartnershipOutcome | null;

  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason!: string | null;

  @Column({ name: 'need_id', type: 'uuid', nullable: true })
  needId!: string | null;

  @ManyToOne(() => Need, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_partnerships_need' })
  need!: Relation<Need> | null;

  @Column({ name: 'offering_id', type: 'uuid', nullable: true })
  offeringId!: string | null;

  @ManyToOne(() => Offering, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'offering_id', foreignKeyConstraintName: 'fk_partnerships_offering' })
  offering!: Relation<Offering> | null;

  /** The cluster manager who introduced the parties (null: an accepted interest). */
  @Column({ name: 'introduced_by', type: 'uuid', nullable: true })
  introducedBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'introduced_by', foreignKeyConstraintName: 'fk_partnerships_introduced_by' })
  introducer!: Relation<User> | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt!: Date;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** An organisation taking part in a partnership, and its consent to be introduced. */
@Entity({ name: 'partnership_parties' })
@Index('idx_partnership_parties_organisation', ['organisationId'])
export class PartnershipPartyEntity {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fk_partnership_parties_partnership' })
  partnership!: Relation<PartnershipEntity>;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_partnership_parties_organisation' })
  organisation!: Relation<Organisation>;

  /** When and by whom the organisation agreed to be introduced. */
  @Column({ name: 'consent_at', type: 'timestamptz', nullable: true })
  consentAt!: Date | null;

  @Column({ name: 'consent_by', type: 'uuid', nullable: true })
  consentBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'consent_by', foreignKeyConstraintName: 'fk_partnership_parties_consent_by' })
  consenter!: Relation<User> | null;
}

/** The history of a partnership: stage changes (with overrides' reasons), consents, notes, tasks. */
@Entity({ name: 'partnership_events' })
@Index('idx_partnership_events_partnership', ['partnershipId', 'at'])
// The dashboard's median days per stage: stays ended, by stage and end, with their start and
// partnership, read by an index-only scan per stage (partial, with INCLUDE: made in the migration).
@Index('idx_partnership_events_stays', { synchronize: false })
export class PartnershipEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId!: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fk_partnership_events_partnership' })
  partnership!: Relation<PartnershipEntity>;

  @Column({ type: 'text' })
  kind!: PartnershipEventKind;

  /** The moment of the insert itself (not of its transaction), so events written together keep their order. */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at!: Date;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_partnership_events_user' })
  user!: Relation<User> | null;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ name: 'from_stage', type: 'text', nullable: true })
  fromStage!: PipelineStage | null;

  @Column({ name: 'to_stage', type: 'text', nullable: true })
  toStage!: PipelineStage | null;

  /** For an event that entered a stage: when the partnership left it (the next stage event), null while it stays. */
  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt!: Date | null;
}

@Entity({ name: 'partnership_tasks' })
@Index('idx_partnership_tasks_partnership', ['partnershipId'])
export class PartnershipTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId!: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fk_partnership_tasks_partnership' })
  partnership!: Relation<PartnershipEntity>;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_partnership_tasks_created_by' })
  creator!: Relation<User> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** An expression of interest from one organisation's record to another organisation (or its record). */
@Entity({ name: 'interests' })
@Index('idx_interests_to', ['toOrganisationId', 'createdAt'])
@Index('idx_interests_from', ['fromOrganisationId', 'createdAt'])
export class InterestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'from_organisation_id', type: 'uuid' })
  fromOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_organisation_id', foreignKeyConstraintName: 'fk_interests_from_organisation' })
  fromOrganisation!: Relation<Organisation>;

  @Column({ name: 'to_organisation_id', type: 'uuid' })
  toOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_organisation_id', foreignKeyConstraintName: 'fk_interests_to_organisation' })
  toOrganisation!: Relation<Organisation>;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType!: InterestSubjectType;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Column({ name: 'target_type', type: 'text' })
  targetType!: InterestTargetType;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId!: string;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'text', default: 'pending' })
  status!: InterestStatus;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_interests_created_by' })
  creator!: Relation<User> | null;

  @Column({ name: 'responded_by', type: 'uuid', nullable: true })
  respondedBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'responded_by', foreignKeyConstraintName: 'fk_interests_responded_by' })
  responder!: Relation<User> | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ name: 'partnership_id', type: 'uuid', nullable: true })
  partnershipId!: string | null;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fk_interests_partnership' })
  partnership!: Relation<PartnershipEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One party's evaluation of a closed partnership: the benefits seen and whether the solution was implemented. */
@Entity({ name: 'partnership_evaluations' })
export class PartnershipEvaluationEntity {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fk_partnership_evaluations_partnership' })
  partnership!: Relation<PartnershipEntity>;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_partnership_evaluations_organisation' })
  organisation!: Relation<Organisation>;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  benefits!: PartnershipBenefit[];

  @Column({ type: 'boolean' })
  implemented!: boolean;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_partnership_evaluations_user' })
  user!: Relation<User> | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}

/** An organisation invited from a partnership to take up its solution (scale-up), once per organisation. */
@Entity({ name: 'scale_up_invitations' })
export class ScaleUpInvitationEntity {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid', primaryKeyConstraintName: 'pk_scale_up_invitations' })
  partnershipId!: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fk_scale_up_invitations_partnership' })
  partnership!: Relation<PartnershipEntity>;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid', primaryKeyConstraintName: 'pk_scale_up_invitations' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_scale_up_invitations_organisation' })
  organisation!: Relation<Organisation>;

  @Column({ name: 'need_id', type: 'uuid', nullable: true })
  needId!: string | null;

  @ManyToOne(() => Need, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_scale_up_invitations_need' })
  need!: Relation<Need> | null;

  /** The interest a company member sent… */
  @Column({ name: 'interest_id', type: 'uuid', nullable: true })
  interestId!: string | null;

  @ManyToOne(() => InterestEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'interest_id', foreignKeyConstraintName: 'fk_scale_up_invitations_interest' })
  interest!: Relation<InterestEntity> | null;

  /** …or the partnership a cluster manager proposed. */
  @Column({ name: 'proposed_partnership_id', type: 'uuid', nullable: true })
  proposedPartnershipId!: string | null;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'proposed_partnership_id', foreignKeyConstraintName: 'fk_scale_up_invitations_proposed' })
  proposedPartnership!: Relation<PartnershipEntity> | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_scale_up_invitations_created_by' })
  creator!: Relation<User> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const PARTNERSHIP_ENTITIES = [
  PartnershipEvaluationEntity,
  PartnershipEntity,
  PartnershipPartyEntity,
  PartnershipEventEntity,
  PartnershipTaskEntity,
  InterestEntity,
  ScaleUpInvitationEntity,
];
