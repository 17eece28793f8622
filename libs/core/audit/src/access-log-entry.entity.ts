import { Column, Entity, PrimaryColumn } from 'typeorm';

import { AccessLogColumns } from './access-log.entity';

// The access log as its readers see it: one entry per young person of each access_log row (the
// access_log_entry view, created by its migration; TypeORM only reads it). Reviewers, the young
// person's extract and the anomaly rules all count and filter reads per young person. Filters on
// one young person also test the row's youngPersonIds, so that PostgreSQL can use the GIN index
// (a condition on the unnested column cannot).
@Entity({ name: 'access_log_entry', synchronize: false })
export class AccessLogEntryEntity extends AccessLogColumns {
  // The row's id for a row of one young person; otherwise derived from the row and the young
  // person, so every entry has its own stable id.
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  logId!: string;

  @Column({ type: 'uuid' })
  youngPersonId!: string;
}
