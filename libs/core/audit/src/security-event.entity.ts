import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// What happened: a refusal someone may be probing with, or an anomaly raised from many of them.
export enum SecurityEventKind {
  // A login with a wrong e-mail or password (or a disabled user).
  LOGIN_FAILED = 'LOGIN_FAILED',
  // A login refused by the rate limit before its password was checked.
  LOGIN_THROTTLED = 'LOGIN_THROTTLED',
  // An access token that was presented and refused (bad signature, expired, unknown membership).
  TOKEN_REFUSED = 'TOKEN_REFUSED',
  // A refresh token that was refused (unknown, used, revoked or expired).
  REFRESH_TOKEN_REFUSED = 'REFRESH_TOKEN_REFUSED',
  // An operation refused to a signed-in caller (FORBIDDEN) or a request refused by a GraphQL
  // limit (depth, aliases, directives, cost).
  OPERATION_REFUSED = 'OPERATION_REFUSED',
  // A school's file (signals, absence days) refused for its rows, from the app or a school
  // system's integration credential: the counts and codes only, never a row's identity number.
  IMPORT_REFUSED = 'IMPORT_REFUSED',
  // Repeated failed or throttled logins against one account within the window.
  ANOMALY_ACCOUNT = 'ANOMALY_ACCOUNT',
  // Repeated failed logins or refused tokens from one client address within the window.
  ANOMALY_ADDRESS = 'ANOMALY_ADDRESS',
  // Repeated refused imports from one credential or user that named pupils on another school's
  // roll within the window: probing which school a personnummer attends.
  ANOMALY_IMPORT = 'ANOMALY_IMPORT',
}

export const SECURITY_EVENT_KINDS = Object.values(SecurityEventKind);

// One security event (issue 19). Never holds a password, a token or an e-mail address: the
// account is the SHA-256 of the lower-cased e-mail (as in login_attempt), and the user and
// municipality are filled in when the account exists. Append-only for the application role.
@Entity({ name: 'security_event', comment: 'Refused logins, tokens and operations, and anomalies raised from them.' })
@Index('ix_security_event_municipality_seq', ['municipalityId', 'seq'])
@Index('ix_security_event_account_time', ['accountKey', 'occurredAt'])
@Index('ix_security_event_address_time', ['clientAddress', 'occurredAt'])
@Index('ix_security_event_credential_time', ['credentialId', 'occurredAt'])
@Index('ix_security_event_user_time', ['userId', 'occurredAt'])
@Check(
  'ck_security_event_kind',
  `kind IN ('LOGIN_FAILED', 'LOGIN_THROTTLED', 'TOKEN_REFUSED', 'REFRESH_TOKEN_REFUSED', 'OPERATION_REFUSED', 'IMPORT_REFUSED', 'ANOMALY_ACCOUNT', 'ANOMALY_ADDRESS', 'ANOMALY_IMPORT')`,
)
export class SecurityEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_security_event' })
  id!: string;

  // Ascending in insertion order: the reviewer's page is keyed on it (newest first).
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'BY DEFAULT' })
  seq!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'varchar', length: 32 })
  kind!: SecurityEventKind;

  // Null when no municipality is known (an unknown account, a token that names nobody).
  @Column({ type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  accountKey!: string | null;

  // The integration credential a school system sent with (IMPORT_REFUSED, ANOMALY_IMPORT).
  @Column({ type: 'uuid', nullable: true })
  credentialId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientAddress!: string | null;

  // The error code the client got (e.g. AUTH_INVALID_CREDENTIALS, FORBIDDEN).
  @Column({ type: 'varchar', length: 64, nullable: true })
  code!: string | null;

  // `mutation createUser`: the operation's type and root fields, never its arguments.
  @Column({ type: 'varchar', length: 200, nullable: true })
  operation!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId!: string | null;

  // Anomalies: how many events in how long a window. A refused import: its counts (rows,
  // refused, otherSchool).
  @Column({ type: 'jsonb', nullable: true })
  details!: Record<string, number> | null;
}
