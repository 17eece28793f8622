import { Check, Column, Entity, Index } from 'typeorm';

import { BaseEntityColumns } from '@app/core/database';

// The tenant. Every other tenant table carries municipality_id.
@Entity({ name: 'municipality', comment: 'Tenant: one Swedish municipality (kommun).' })
@Check('ck_municipality_consent_days', 'consent_default_valid_days BETWEEN 1 AND 3650')
@Check('ck_municipality_report_min_cell', 'report_min_cell BETWEEN 3 AND 100')
export class MunicipalityEntity extends BaseEntityColumns {
  // SCB's four-digit municipality code (kommunkod), e.g. 1480 for Göteborg.
  @Index('uq_municipality_code', { unique: true })
  @Column({ type: 'varchar', length: 4 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  // How long a consent lasts when recorded without an end date (days); null: the service's
  // CONSENT_DEFAULT_VALID_DAYS. Set by the municipality's admin.
  @Column({ type: 'smallint', nullable: true })
  consentDefaultValidDays!: number | null;

  // IANA time zone whose calendar days the municipality's date rules use (consents are valid
  // "through 31 December" in Swedish days).
  @Column({ type: 'varchar', length: 64, default: 'Europe/Stockholm' })
  timeZone!: string;

  // The smallest number of young people a report cell may show (k); null: 5. Never below 3.
  @Column({ type: 'smallint', nullable: true })
  reportMinCell!: number | null;
}
