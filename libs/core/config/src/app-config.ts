import { EnvironmentVariables } from './environment';

export type ScheduleSetting =
  | 'KAA_JOBS_INTERVAL_SECONDS'
  | 'AUDIT_ANCHOR_INTERVAL_SECONDS'
  | 'RETENTION_INTERVAL_SECONDS'
  | 'EMAIL_INTERVAL_SECONDS';

export interface GraphqlLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  defaultListSize: number;
  maxListSize: number;
}

// Typed, read-only view of the validated environment that the rest of the code injects.
export class AppConfig {
  readonly production: boolean;
  readonly graphqlLimits: GraphqlLimits = {
    maxDepth: 8,
    maxAliases: 10,
    maxDirectives: 10,
    maxTokens: 2000,
    maxCost: 5000,
    defaultListSize: 20,
    maxListSize: 100,
  };

  constructor(readonly env: EnvironmentVariables) {
    this.production = env.NODE_ENV === 'production';
  }

  get port(): number {
    return this.env.PORT;
  }

  get demoData(): boolean {
    return this.env.DEMO_DATA ?? !this.production;
  }

  // Express's `trust proxy` setting: a hop count, or the list of trusted proxies.
  get trustProxy(): number | string[] {
    const value = this.env.TRUST_PROXY.trim();
    return /^\d$/.test(value) ? Number(value) : value.split(',').map((entry) => entry.trim());
  }

  get allowedOrigins(): string[] {
    return (this.env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter((o) => o.length > 0);
  }

  get oidc(): { issuer: string; audience: string; jwksUrl: string; userClaim: string } | undefined {
    const { OIDC_ISSUER, OIDC_AUDIENCE, OIDC_JWKS_URL, OIDC_USER_CLAIM } = this.env;
    if (!OIDC_ISSUER || !OIDC_AUDIENCE || !OIDC_JWKS_URL) return undefined;
    return { issuer: OIDC_ISSUER, audience: OIDC_AUDIENCE, jwksUrl: OIDC_JWKS_URL, userClaim: OIDC_USER_CLAIM };
  }

  // Sign-in through the provider in the browser (docs/OPERATIONS.md), when a client id is set.
  get oidcSignIn(): OidcSignInConfig | undefined {
    const oidc = this.oidc;
    const env = this.env;
    if (!oidc || !env.OIDC_CLIENT_ID || !env.OIDC_AUTHORIZATION_URL || !env.OIDC_TOKEN_URL) return undefined;
    return {
      ...oidc,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorizationUrl: env.OIDC_AUTHORIZATION_URL,
      tokenUrl: env.OIDC_TOKEN_URL,
      redirectUrl: env.OIDC_REDIRECT_URL ?? `${env.PUBLIC_BASE_URL.replace(/\/+$/, '')}/auth/oidc/callback`,
      scopes: env.OIDC_SCOPES,
      displayName: env.OIDC_DISPLAY_NAME,
    };
  }

  // Which callers must send one of the known persisted operations (docs/OPERATIONS.md).
  get persistedOperations(): 'off' | 'browsers' | 'all' {
    return this.env.PERSISTED_OPERATIONS ?? (this.production ? 'browsers' : 'off');
  }

  // Whether this process runs the background jobs (the queue and the schedules): off on api
  // instances beside `npm run worker` (JOBS=off, or the older JOB_WORKER=false).
  get jobs(): boolean {
    return this.env.JOBS === 'on' && this.env.JOB_WORKER !== false;
  }

  // A schedule's interval in seconds, or 0 (no timer) in a process that leaves the jobs to a
  // worker. Every scheduled job reads its interval through this, so JOBS=off stops them all.
  scheduleSeconds(setting: ScheduleSetting): number {
    return this.jobs ? this.env[setting] : 0;
  }

  get graphqlFastLane(): boolean {
    return this.env.GRAPHQL_FAST_LANE === 'on';
  }

  get exposeSqlStatementCount(): boolean {
    return this.env.EXPOSE_SQL_STATEMENT_COUNT === true && !this.production;
  }
}

export interface OidcSignInConfig {
  issuer: string;
  audience: string;
  jwksUrl: string;
  userClaim: string;
  clientId: string;
  clientSecret: string | undefined;
  authorizationUrl: string;
  tokenUrl: string;
  redirectUrl: string;
  scopes: string;
  displayName: string;
}
