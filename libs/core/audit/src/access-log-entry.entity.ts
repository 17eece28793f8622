import { Column, Entity, PrimaryColumn } from 'typeorm';

import { AccessGround } from './access-log.entity';

// The access log as its readers see it: one entry per young person of each access_log row (the
// access_log_entry view, created by its migration; TypeORM only reads it). Reviewers, the young
// person's extract and the anomaly rules all count and filter reads per young person.
@Entity({ name: 'access_log_entry', synchronize: false })
export class AccessLogEntryEntity {
  // The row's id for a row of one young person; otherwise derived from the row and the young
  // person, so every entry has its own stable id.
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  logId!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'bigint' })
  seq!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar' })
  role!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'uuid' })
  youngPersonId!: string;

  // The row's whole list: filters on one young person also test it, so that PostgreSQL can use
  // the GIN index (a condition on the unnested column cannot).
  @Column({ type: 'uuid', array: true })
  youngPersonIds!: string[];

  @Column({ type: 'varchar', array: true })
  categories!: string[];

  @Column({ type: 'enum', enum: AccessGround, enumName: 'access_ground' })
  ground!: AccessGround;

  @Column({ type: 'uuid', array: true })
  consentIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  emergencyAccessId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  disclosureId!: string | null;

  @Column({ type: 'varchar' })
  operation!: string;

  @Column({ type: 'varchar', nullable: true })
  requestId!: string | null;
}
