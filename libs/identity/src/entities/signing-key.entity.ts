import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// HMAC key for access tokens when AUTH_TOKEN_SECRET is not configured. Kept in the database
// so every api instance on it signs and verifies with the same key.
@Entity({ name: 'auth_signing_key', comment: 'Generated access-token key when AUTH_TOKEN_SECRET is unset.' })
export class SigningKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 128 })
  secret!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
