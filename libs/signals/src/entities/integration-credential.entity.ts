import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// A bearer credential of one school's system (issue 16): it can post the school's signal files
// to `POST /signals/import` and do nothing else. Only the SHA-256 of the secret is kept; the
// secret is shown once, when the municipality's admin creates it.
@Entity({ name: 'integration_credential', comment: 'A school system’s credential for POST /signals/import.' })
@Index('uq_integration_credential_hash', ['secretHash'], { unique: true })
@Index('ix_integration_credential_municipality', ['municipalityId', 'createdAt'])
export class IntegrationCredentialEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_integration_credential' })
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  // The school (organisation in the school secrecy domain) whose signals it sends.
  @Column({ type: 'uuid' })
  organizationId!: string;

  // What the admin calls it (e.g. the school system's name).
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'char', length: 64 })
  secretHash!: string;

  @Column({ type: 'uuid' })
  createdById!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
