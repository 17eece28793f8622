import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { UserEntity } from '@app/identity';

// One thing to tell one person in the app, as a kind, a count and a link: never a young
// person's name or identity number (the link leads to screens that check access themselves).
@Entity({ name: 'notification', comment: 'In-app notification of one person: a kind, a count and a link.' })
@Index('ix_notification_user', ['userId', 'createdAt'])
@Index('ix_notification_unread', ['userId'], { where: 'read_at IS NULL' })
@Check('ck_notification_count', 'count > 0')
@Check('ck_notification_link', "link LIKE '/%'")
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ type: 'int' })
  count!: number;

  // A path of the web app, starting with a slash.
  @Column({ type: 'varchar', length: 200 })
  link!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
