import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

import type { WorkshopHorizon, WorkshopResponsible, WorkshopSide, WorkshopStep } from '@opi/contracts';

import { User } from '../users/user.entity';

/** A series of co-creation workshops (e.g. eight regional sessions building on each other). */
@Entity({ name: 'workshop_series' })
export class WorkshopSeriesEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_workshop_series_created_by' })
  creator!: Relation<User> | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** Who runs a series: may edit it, its sessions, participants, topics and recommendations. */
@Entity({ name: 'workshop_facilitators' })
export class WorkshopFacilitator {
  @PrimaryColumn({ name: 'series_id', type: 'uuid' })
  seriesId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => WorkshopSeriesEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'series_id', foreignKeyConstraintName: 'fk_workshop_facilitators_series' })
  series!: Relation<WorkshopSeriesEntity>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_workshop_facilitators_user' })
  user!: Relation<User>;
}

@Entity({ name: 'workshop_sessions' })
@Unique('uq_workshop_sessions_number', ['seriesId', 'number'])
export class WorkshopSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'series_id', type: 'uuid' })
  seriesId!: string;

  @ManyToOne(() => WorkshopSeriesEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'series_id', foreignKeyConstraintName: 'fk_workshop_sessions_series' })
  series!: Relation<WorkshopSeriesEntity>;

  @Column({ type: 'smallint' })
  number!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  @Column({ type: 'boolean', default: false })
  online!: boolean;

  @Column({ name: 'facilitator_name', type: 'text', nullable: true })
  facilitatorName!: string | null;

  @Column({ type: 'text', default: 'empathy' })
  step!: WorkshopStep;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Someone taking part in one session: a portal user, or a guest who joins by an invitation token. */
@Entity({ name: 'workshop_participants' })
@Unique('uq_workshop_participants_email', ['sessionId', 'email'])
@Index('idx_workshop_participants_user', ['userId'])
export class WorkshopParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => WorkshopSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_workshop_participants_session' })
  session!: Relation<WorkshopSessionEntity>;

  /** Null for a guest. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_workshop_participants_user' })
  user!: Relation<User> | null;

  /** Lower-cased. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  side!: WorkshopSide;

  @Column({ name: 'organisation_name', type: 'text', nullable: true })
  organisationName!: string | null;

  /** SHA-256 of a guest's invitation token; the token itself is shown once. */
  @Index('uq_workshop_participants_token', { unique: true })
  @Column({ name: 'token_hash', type: 'text', nullable: true })
  tokenHash!: string | null;

  @Column({ type: 'text', nullable: true })
  motivation!: string | null;

  @Column({ type: 'text', nullable: true })
  expectations!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A key element of a good collaboration, named by one side in the empathy round. */
@Entity({ name: 'workshop_elements' })
@Index('idx_workshop_elements_session', ['sessionId'])
export class WorkshopElementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => WorkshopSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_workshop_elements_session' })
  session!: Relation<WorkshopSessionEntity>;

  @Column({ type: 'text' })
  side!: WorkshopSide;

  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Dots one participant placed on one element. */
@Entity({ name: 'workshop_dots' })
@Check('ck_workshop_dots_positive', 'dots > 0')
export class WorkshopDot {
  @PrimaryColumn({ name: 'element_id', type: 'uuid' })
  elementId!: string;

  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @ManyToOne(() => WorkshopElementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'element_id', foreignKeyConstraintName: 'fk_workshop_dots_element' })
  element!: Relation<WorkshopElementEntity>;

  @ManyToOne(() => WorkshopParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'fk_workshop_dots_participant' })
  participant!: Relation<WorkshopParticipantEntity>;

  @Column({ type: 'smallint' })
  dots!: number;
}

@Entity({ name: 'workshop_topics' })
@Index('idx_workshop_topics_series', ['seriesId'])
export class WorkshopTopicEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'series_id', type: 'uuid' })
  seriesId!: string;

  @ManyToOne(() => WorkshopSeriesEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'series_id', foreignKeyConstraintName: 'fk_workshop_topics_series' })
  series!: Relation<WorkshopSeriesEntity>;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'integer', default: 0 })
  position!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'workshop_recommendations' })
@Index('idx_workshop_recommendations_topic', ['topicId'])
export class WorkshopRecommendationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'topic_id', type: 'uuid' })
  topicId!: string;

  @ManyToOne(() => WorkshopTopicEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'topic_id', foreignKeyConstraintName: 'fk_workshop_recommendations_topic' })
  topic!: Relation<WorkshopTopicEntity>;

  @Column({ type: 'text' })
  authority!: string;

  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The text fields of a proposal, kept on the proposal and on each revision. */
abstract class ProposalText {
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  problem!: string;

  @Column({ type: 'text' })
  proposal!: string;

  @Column({ type: 'text' })
  needed!: string;

  @Column({ type: 'text' })
  beneficiaries!: string;

  @Column({ type: 'text' })
  pains!: string;

  @Column({ type: 'text' })
  gains!: string;

  @Column({ name: 'group_name', type: 'text', nullable: true })
  groupName!: string | null;
}

/** A collaboration proposal; belongs to the series, so it carries over from session to session. */
@Entity({ name: 'workshop_proposals' })
@Index('idx_workshop_proposals_series', ['seriesId'])
export class WorkshopProposalEntity extends ProposalText {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'series_id', type: 'uuid' })
  seriesId!: string;

  @ManyToOne(() => WorkshopSeriesEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'series_id', foreignKeyConstraintName: 'fk_workshop_proposals_series' })
  series!: Relation<WorkshopSeriesEntity>;

  /** The session it was written in. */
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => WorkshopSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_workshop_proposals_session' })
  session!: Relation<WorkshopSessionEntity>;

  @Column({ name: 'author_participant_id', type: 'uuid', nullable: true })
  authorParticipantId!: string | null;

  @ManyToOne(() => WorkshopParticipantEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_participant_id', foreignKeyConstraintName: 'fk_workshop_proposals_author_participant' })
  authorParticipant!: Relation<WorkshopParticipantEntity> | null;

  /** The author's account, when signed in: they may refine it in later sessions too. */
  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_user_id', foreignKeyConstraintName: 'fk_workshop_proposals_author_user' })
  authorUser!: Relation<User> | null;

  @Column({ name: 'author_name', type: 'text' })
  authorName!: string;

  @Column({ type: 'text', nullable: true })
  horizon!: WorkshopHorizon | null;

  @Column({ type: 'text', nullable: true })
  responsible!: WorkshopResponsible | null;

  @Column({ name: 'topic_id', type: 'uuid', nullable: true })
  topicId!: string | null;

  @ManyToOne(() => WorkshopTopicEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'topic_id', foreignKeyConstraintName: 'fk_workshop_proposals_topic' })
  topic!: Relation<WorkshopTopicEntity> | null;

  /** How many times it was refined, when loaded with the count (not a column). */
  revisionCount?: number;

  /** Who wrote the current text, when, and in which session (copied into a revision when it is refined). */
  @Column({ name: 'edited_by', type: 'text' })
  editedBy!: string;

  @Column({ name: 'edited_at', type: 'timestamptz' })
  editedAt!: Date;

  @Column({ name: 'edited_in_session', type: 'smallint' })
  editedInSession!: number;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A proposal's text before one of its refinements (the history). */
@Entity({ name: 'workshop_proposal_revisions' })
@Index('idx_workshop_proposal_revisions_proposal', ['proposalId'])
export class WorkshopProposalRevisionEntity extends ProposalText {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @ManyToOne(() => WorkshopProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_workshop_proposal_revisions_proposal' })
  proposalEntity!: Relation<WorkshopProposalEntity>;

  /** The proposal's version this text had. */
  @Column({ type: 'integer' })
  version!: number;

  /** The session the text was written or last refined in. */
  @Column({ name: 'session_number', type: 'smallint' })
  sessionNumber!: number;

  @Column({ name: 'edited_by', type: 'text' })
  editedBy!: string;

  @Column({ name: 'edited_at', type: 'timestamptz' })
  editedAt!: Date;
}

/** One participant's scores for one proposal in their session. */
@Entity({ name: 'workshop_scores' })
@Index('idx_workshop_scores_session', ['sessionId'])
@Check('ck_workshop_scores_range', 'opportunity BETWEEN 1 AND 5 AND difficulty BETWEEN 1 AND 5')
export class WorkshopScore {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @ManyToOne(() => WorkshopProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_workshop_scores_proposal' })
  proposal!: Relation<WorkshopProposalEntity>;

  @ManyToOne(() => WorkshopParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'fk_workshop_scores_participant' })
  participant!: Relation<WorkshopParticipantEntity>;

  /** The participant's session (kept here to aggregate a session's matrix by index). */
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => WorkshopSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_workshop_scores_session' })
  session!: Relation<WorkshopSessionEntity>;

  @Column({ type: 'smallint' })
  opportunity!: number;

  @Column({ type: 'smallint' })
  difficulty!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

export const WORKSHOP_ENTITIES = [
  WorkshopSeriesEntity,
  WorkshopFacilitator,
  WorkshopSessionEntity,
  WorkshopParticipantEntity,
  WorkshopElementEntity,
  WorkshopDot,
  WorkshopTopicEntity,
  WorkshopRecommendationEntity,
  WorkshopProposalEntity,
  WorkshopProposalRevisionEntity,
  WorkshopScore,
];
