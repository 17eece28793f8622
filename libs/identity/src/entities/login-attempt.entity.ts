import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// Failed and successful password logins, kept for rate limiting per account and address.
// Not a tenant table: an attempt happens before anyone knows which tenant it concerns.
@Entity({ name: 'login_attempt', comment: 'Login attempts for rate limiting; the account is a hash.' })
@Index('ix_login_attempt_account_time', ['accountKey', 'attemptedAt'])
@Index('ix_login_attempt_address_time', ['clientAddress', 'attemptedAt'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // SHA-256 of the lower-cased e-mail, so the table holds no personal data in clear.
  @Column({ type: 'char', length: 64 })
  accountKey!: string;

  @Column({ type: 'varchar', length: 64 })
  clientAddress!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  attemptedAt!: Date;
}
