import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { RegistrationReason } from '@app/young-people';

// Which column of a municipality's register file holds what: the file's header text for each
// field (matched loosely: case, spaces and punctuation do not matter). Only `identityNumber` is
// required; names come from `givenName`/`familyName` or from `fullName`.
export interface RegisterImportColumns {
  identityNumber: string;
  givenName?: string | null;
  familyName?: string | null;
  fullName?: string | null;
  coordinatorEmail?: string | null;
  registeredOn?: string | null;
  status?: string | null;
  registrationReason?: string | null;
  phone?: string | null;
  email?: string | null;
}

// One per municipality: its register is exported the same way every time, so the mapping is
// saved once and reused by every dry run (each dry run keeps a copy of the mapping it used).
@Entity({
  name: 'register_import_mapping',
  comment: "A municipality's column mapping for importing its existing KAA register.",
})
export class RegisterImportMappingEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_register_import_mapping' })
  municipalityId!: string;

  @Column({ type: 'jsonb' })
  columns!: RegisterImportColumns;

  // The reason recorded for a new registration when the file has no reason column or cell.
  @Column({ type: 'varchar', length: 40 })
  defaultRegistrationReason!: RegistrationReason;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'uuid' })
  updatedById!: string;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
