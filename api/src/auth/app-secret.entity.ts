import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Secrets the API makes itself on first start (the JWT signing key), shared by every replica. */
@Entity({ name: 'app_secrets' })
export class AppSecret {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  value!: string;
}
