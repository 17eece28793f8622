import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

import { RetentionClass } from '../retention.enums';

// A municipality's retention rule for one class of record: disposed when older than keepYears,
// and only while enabled. A class without a row has no rule (nothing is disposed).
@Entity({ name: 'retention_rule', comment: 'A municipality’s retention (gallring) rule for one class of record.' })
@Check('ck_retention_rule_years', 'keep_years BETWEEN 1 AND 100')
@Check(
  'ck_retention_rule_class',
  `record_class IN ('SIGNAL', 'TARGET_GROUP_CHECK', 'NOTIFICATION', 'ACCESS_LOG', 'AUDIT_EVENT')`,
)
export class RetentionRuleEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_retention_rule' })
  municipalityId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32, primaryKeyConstraintName: 'PK_retention_rule' })
  recordClass!: RetentionClass;

  @Column({ type: 'boolean' })
  enabled!: boolean;

  @Column({ type: 'smallint' })
  keepYears!: number;

  @Column({ type: 'uuid' })
  updatedById!: string;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
