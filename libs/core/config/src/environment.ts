import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
  ValidationError,
} from 'class-validator';

// TRUST_PROXY: a hop count (0-9), or a list of IPv4/IPv6 addresses, subnets and Express's names.
const TRUST_PROXY_ENTRY = String.raw`(?:loopback|linklocal|uniquelocal|\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2})?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*(?:/\d{1,3})?)`;
const TRUST_PROXY_FORM = new RegExp(String.raw`^(?:\d|${TRUST_PROXY_ENTRY}(?:\s*,\s*${TRUST_PROXY_ENTRY})*)$`);

// Names of variables whose values must never appear in a log line or an error message.
export const SENSITIVE_VARIABLES: ReadonlySet<string> = new Set([
  'DATABASE_URL',
  'DATABASE_APP_URL',
  'AUTH_TOKEN_SECRET',
  'SMTP_URL',
  'OIDC_CLIENT_SECRET',
]);

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;
const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number.parseInt(value, 10) : value;
const postgresUrl = { protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true };

// Every variable the service reads, validated once at boot. Code reads AppConfig, never process.env.
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @IsUrl(postgresUrl)
  DATABASE_URL?: string = undefined;

  // Optional separate login for the least-privileged application role. When unset, the
  // application pool logs in with DATABASE_URL and switches to the application role at
  // connection start (see docs/DATABASE.md).
  @IsOptional()
  @IsUrl(postgresUrl)
  DATABASE_APP_URL?: string = undefined;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  DATABASE_POOL_SIZE = 10;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  DATABASE_STATEMENT_TIMEOUT_MS = 15_000;

  // How long a transaction may sit idle (the app holds its connection between statements) before
  // PostgreSQL ends the session and frees its locks and its connection: a bug or a stalled
  // request can then not hold a pooled connection and row locks forever. Unset: twice
  // DATABASE_STATEMENT_TIMEOUT_MS.
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS?: number = undefined;

  // How long a request waits for a pooled connection (all busy) or for a new one to open before
  // it fails with SERVICE_TIMEOUT / SERVICE_UNAVAILABLE.
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  DATABASE_CONNECT_TIMEOUT_MS = 5000;

  @Matches(/^[a-z_][a-z0-9_]{0,40}$/)
  DATABASE_OWNER_ROLE = 'brygga_owner';

  @Matches(/^[a-z_][a-z0-9_]{0,40}$/)
  DATABASE_APP_ROLE = 'brygga_app';

  // Where the embedded PostgreSQL keeps its cluster when DATABASE_URL is unset.
  @IsString()
  EMBEDDED_DATABASE_DIR = '.data/postgres';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  // Load the demo municipality when the database is empty. Defaults to true outside production.
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  DEMO_DATA?: boolean = undefined;

  // HMAC key for access tokens. When unset, a random key is generated once and kept in the
  // database, so several api instances on one database agree without configuration.
  @IsOptional()
  @IsString()
  @MinLength(32)
  AUTH_TOKEN_SECRET?: string = undefined;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(300)
  @Max(60 * 60 * 24 * 30)
  REFRESH_TOKEN_TTL_SECONDS = 60 * 60 * 12;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_MAX_ATTEMPTS_PER_MINUTE = 5;

  // Security events (docs/OPERATIONS.md): failed or throttled logins against one account, and
  // failed logins or refused tokens from one address, within the window that raise an anomaly.
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(10_000)
  SECURITY_ANOMALY_ACCOUNT_FAILURES = 10;

  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(100_000)
  SECURITY_ANOMALY_ADDRESS_FAILURES = 50;

  // Refused school imports (absence days) naming pupils on another school's roll, from one
  // integration credential or user within the window, that raise an anomaly (docs/OPERATIONS.md).
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(10_000)
  SECURITY_ANOMALY_IMPORT_REFUSALS = 3;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(86_400)
  SECURITY_ANOMALY_WINDOW_SECONDS = 900;

  // External OpenID Connect provider of the municipality (all three or none; required when
  // OIDC_CLIENT_ID turns on sign-in through it).
  @ValidateIf((env: EnvironmentVariables) => env.OIDC_ISSUER !== undefined || env.OIDC_CLIENT_ID !== undefined)
  @IsUrl({ require_tld: false })
  OIDC_ISSUER?: string = undefined;

  @ValidateIf((env: EnvironmentVariables) => env.OIDC_ISSUER !== undefined)
  @IsString()
  @MinLength(1)
  OIDC_AUDIENCE?: string = undefined;

  @ValidateIf((env: EnvironmentVariables) => env.OIDC_ISSUER !== undefined)
  @IsUrl({ require_tld: false })
  OIDC_JWKS_URL?: string = undefined;

  @IsString()
  @Matches(/^[A-Za-z0-9_.:-]{1,64}$/)
  OIDC_USER_CLAIM = 'sub';

  // Sign-in through the provider in the browser (authorization code flow with PKCE; the api is
  // the client). Set the client id to turn it on; the endpoints are then required.
  @IsOptional()
  @IsString()
  @Matches(/^[\x21-\x7e]{1,200}$/)
  OIDC_CLIENT_ID?: string = undefined;

  // A confidential client's secret (sent with HTTP Basic to the token endpoint); unset for a
  // public client, which PKCE alone protects.
  @IsOptional()
  @IsString()
  @MinLength(1)
  OIDC_CLIENT_SECRET?: string = undefined;

  @ValidateIf((env: EnvironmentVariables) => env.OIDC_CLIENT_ID !== undefined)
  @IsUrl({ require_tld: false, require_protocol: true })
  OIDC_AUTHORIZATION_URL?: string = undefined;

  @ValidateIf((env: EnvironmentVariables) => env.OIDC_CLIENT_ID !== undefined)
  @IsUrl({ require_tld: false, require_protocol: true })
  OIDC_TOKEN_URL?: string = undefined;

  // Where the provider sends the browser back; registered at the provider. Default:
  // PUBLIC_BASE_URL + /auth/oidc/callback.
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  OIDC_REDIRECT_URL?: string = undefined;

  @IsString()
  @Matches(/^[A-Za-z0-9_:. -]{1,200}$/)
  OIDC_SCOPES = 'openid';

  // The provider's name on the sign-in button ("Logga in med …").
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  OIDC_DISPLAY_NAME = 'e-legitimation';

  // The ID token claim that carries the signed-in person's Swedish identity number, for the own
  // view of a young person or guardian (issue 19). Swedish e-ID brokers name it differently
  // (Freja and the eIDAS profile: `personal_identity_number`; BankID brokers often
  // `personalNumber` or `pnr`); docs/OPERATIONS.md lists it. A staff sign-in never reads it.
  @IsString()
  @Matches(/^[A-Za-z0-9_.:-]{1,64}$/)
  OIDC_IDENTITY_NUMBER_CLAIM = 'personal_identity_number';

  // How long a self-service session lasts from its sign-in (minutes); then the person signs in
  // again. Short: the own view is often opened on shared or borrowed devices.
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(240)
  SELF_SERVICE_SESSION_MINUTES = 30;

  // Which proxies in front of the api are trusted to name the client's address in
  // X-Forwarded-For (throttling and security events use it): a number of hops, or a
  // comma-separated list of addresses, subnets (CIDR) and Express's names `loopback`,
  // `linklocal`, `uniquelocal`. Default `loopback` (a proxy on the same host). `true` (trust
  // anyone) is refused: any client could then choose its own address and dodge the throttling.
  @IsOptional()
  @Matches(TRUST_PROXY_FORM, {
    message: 'TRUST_PROXY must be a hop count or a list of addresses, subnets, loopback, linklocal or uniquelocal',
  })
  TRUST_PROXY = 'loopback';

  // Comma-separated browser origins allowed for CORS and WebSocket handshakes. Empty: none
  // (non-browser clients send no Origin and are unaffected).
  @IsOptional()
  @IsString()
  ALLOWED_ORIGINS?: string = undefined;

  // Persisted operations (docs/OPERATIONS.md): `browsers` accepts from a browser only the web
  // app's own operations (its persisted-document ids with their stored text), `all` does so for
  // every client, `off` accepts any operation. Default: `browsers` in production, else `off`.
  @IsOptional()
  @IsIn(['off', 'browsers', 'all'])
  PERSISTED_OPERATIONS?: 'off' | 'browsers' | 'all' = undefined;

  // The manifest of known operations (id to text, as codegen writes it). Default: the one the
  // web app's build puts in dist/web/.vite/persisted-documents.json.
  @IsOptional()
  @IsString()
  @MinLength(1)
  PERSISTED_OPERATIONS_MANIFEST?: string = undefined;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(60_000)
  SHUTDOWN_TIMEOUT_MS = 10_000;

  // On SIGTERM, how long readiness is red while the api still serves before it stops accepting
  // connections: the load balancer stops sending traffic, and requests already sent are read
  // (Node closes a connection whose request it has not read yet as idle). Part of
  // SHUTDOWN_TIMEOUT_MS.
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(30_000)
  SHUTDOWN_DRAIN_MS = 1000;

  // How often the KAA jobs run (end at the 20th birthday, hand-over reminders); 0 turns the
  // timer off (tests run the jobs by hand). One instance runs them at a time.
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(86_400)
  KAA_JOBS_INTERVAL_SECONDS = 3600;

  // Tamper evidence (docs/OPERATIONS.md): how often the audit trail's and the access log's chain
  // heads are anchored outside the database (0: never by the api; `npm run audit:anchor` still
  // does on demand), and the file the anchors are appended to (besides the log stream).
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(86_400)
  AUDIT_ANCHOR_INTERVAL_SECONDS = 3600;

  @IsOptional()
  @IsString()
  @MinLength(1)
  AUDIT_ANCHOR_FILE?: string = undefined;

  // Retention (docs/RETENTION.md): how often the disposal job runs the municipalities' enabled
  // rules (0: never by the api; an admin still runs it on demand). One instance at a time.
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(604_800)
  RETENTION_INTERVAL_SECONDS = 86_400;

  // How long a consent lasts when no end date is given (days).
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  CONSENT_DEFAULT_VALID_DAYS = 365;

  // How long an emergency access (nödåtkomst) lasts before it ends by itself (minutes).
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(480)
  EMERGENCY_ACCESS_MINUTES = 60;

  // Log review: a user reading more distinct young people than this within one hour is flagged.
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(100_000)
  ACCESS_BULK_READ_THRESHOLD = 60;

  // Days before the 20th birthday that the coordinator is reminded to plan the hand-over.
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  TURNING_20_REMINDER_DAYS = 60;

  // Whether this process runs the background jobs: it works the job queue (imports, matching
  // runs) and runs the scheduled jobs (the *_INTERVAL_SECONDS timers). `off` on api instances
  // that leave them to one or more `npm run worker` processes; the worker always runs them.
  @IsIn(['on', 'off'])
  JOBS: 'on' | 'off' = 'on';

  // Whether a plain `POST /graphql` with a JSON body is answered by the api's GraphQL fast lane
  // (apps/api/src/http/graphql-fast-lane.ts: the same steps as the Express chain, without
  // Express's router) or walks the Express chain like every other request. `off` is the
  // operators' fallback.
  @IsIn(['on', 'off'])
  GRAPHQL_FAST_LANE: 'on' | 'off' = 'on';

  // The older spelling of JOBS=off (false), still read so that a deployment using it keeps
  // working.
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  JOB_WORKER?: boolean = undefined;

  // Jobs one process runs at the same time.
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(16)
  JOB_CONCURRENCY = 1;

  // The largest file one upload may be (bytes).
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(1024 * 1024 * 1024)
  UPLOAD_MAX_BYTES = 100 * 1024 * 1024;

  // E-mail (docs/OPERATIONS.md, notifications): the SMTP server as a URL
  // (smtp://user:password@host:587, smtps://… for implicit TLS). When unset, e-mails stay in the
  // outbox table, which the admin reads; nothing is sent.
  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  SMTP_URL?: string = undefined;

  // The sender of Brygga's e-mails, an address or `Name <address>`.
  @IsString()
  @Matches(/^([^<>@\r\n]{0,100} )?<?[^\s<>@]+@[^\s<>@]+>?$/)
  SMTP_FROM = 'Brygga <noreply@brygga.invalid>';

  // Where people open the web app: e-mails link to paths under it.
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  PUBLIC_BASE_URL = 'http://localhost:5173';

  // The hour (0–23, in each municipality's time zone) from which the day's digest e-mail is made.
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(23)
  DIGEST_HOUR = 7;

  // How often pending e-mails are sent and the digest is checked for; 0 turns the timer off.
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600)
  EMAIL_INTERVAL_SECONDS = 60;

  // Sending attempts before an e-mail is marked FAILED (with a growing wait between them).
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  EMAIL_MAX_ATTEMPTS = 6;

  // Adds `extensions.sqlStatements` to GraphQL responses, for tests and the benchmark.
  // Refused in production.
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  EXPOSE_SQL_STATEMENT_COUNT?: boolean = undefined;
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => {
    // The value itself is shown only for non-sensitive variables.
    const shown = SENSITIVE_VARIABLES.has(error.property) ? '' : ` (got ${JSON.stringify(error.value)})`;
    const reasons = Object.values(error.constraints ?? {}).join('; ');
    return [`${error.property}: ${reasons}${shown}`];
  });
}

// Validates the raw environment and returns typed settings, or throws listing every problem.
export function validateEnvironment(raw: NodeJS.ProcessEnv): EnvironmentVariables {
  const known = Object.keys(new EnvironmentVariables());
  const input: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value !== undefined && value !== '' && known.includes(key)) {
      input[key] = value;
    }
  }
  const env = plainToInstance(EnvironmentVariables, input);
  const problems = describe(validateSync(env, { skipMissingProperties: false, forbidUnknownValues: true }));
  if (env.NODE_ENV === 'production' && env.EXPOSE_SQL_STATEMENT_COUNT === true) {
    problems.push('EXPOSE_SQL_STATEMENT_COUNT: must not be enabled in production');
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return env;
}
