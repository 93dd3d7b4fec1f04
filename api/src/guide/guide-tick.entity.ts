import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

import { User } from '../users/user.entity';

/** A checklist item a signed-in reader ticked, per project of theirs. */
@Entity({ name: 'guide_ticks' })
export class GuideTick {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_guide_ticks' })
  userId!: string;

  /** The reader's name for the project ("default" when they keep one list). */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_guide_ticks' })
  project!: string;

  /** A checklist item id, `<slug>:<role>:<n>`. */
  @PrimaryColumn({ name: 'item_id', type: 'text', primaryKeyConstraintName: 'pk_guide_ticks' })
  itemId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_guide_ticks_user' })
  user!: Relation<User>;

  @CreateDateColumn({ name: 'ticked_at', type: 'timestamptz' })
  tickedAt!: Date;
}
