import { Column, Entity, Index } from 'typeorm';

import { BaseEntityColumns } from '@app/core/database';

// The tenant. Every other tenant table carries municipality_id.
@Entity({ name: 'municipality', comment: 'Tenant: one Swedish municipality (kommun).' })
export class MunicipalityEntity extends BaseEntityColumns {
  // SCB's four-digit municipality code (kommunkod), e.g. 1480 for Göteborg.
  @Index('uq_municipality_code', { unique: true })
  @Column({ type: 'varchar', length: 4 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;
}
