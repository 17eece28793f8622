import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

import type { OidcSignInConfig } from '@app/core/config';

// The browser's part of one sign-in through the provider (authorization code flow with PKCE,
// RFC 7636, and the OpenID nonce), kept in a short httpOnly cookie of the api's own origin
// between `/auth/oidc/start` and `/auth/oidc/callback`: nothing is stored server-side, and a
// callback without the cookie that started it (another browser, a forged link) is refused.
export const FLOW_COOKIE = 'brygga_oidc';
export const FLOW_COOKIE_PATH = '/auth/oidc';
export const FLOW_MAX_AGE_MS = 10 * 60_000;

// Who is signing in: staff (a user with a membership), or a young person or guardian to the own
// view (issue 19). Chosen at /auth/oidc/start and carried in the flow cookie, so the callback
// (one redirect URI registered at the provider) knows which match to make; a staff sign-in
// never yields the own view, nor the other way round.
export type SignInIntent = 'staff' | 'self' | 'guardian';

const INTENTS: readonly SignInIntent[] = ['staff', 'self', 'guardian'];

export function intentOf(value: unknown): SignInIntent | undefined {
  if (value === undefined) return 'staff';
  return INTENTS.find((intent) => intent === value);
}

export interface SignInFlow {
  state: string;
  nonce: string;
  verifier: string;
  startedAt: number;
  intent: SignInIntent;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newFlow(now: number, intent: SignInIntent = 'staff'): SignInFlow {
  const random = () => randomBytes(32).toString('base64url');
  return { state: random(), nonce: random(), verifier: random(), startedAt: now, intent };
}

export function codeChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export function encodeFlow(flow: SignInFlow): string {
  return Buffer.from(JSON.stringify([flow.state, flow.nonce, flow.verifier, flow.startedAt, flow.intent])).toString(
    'base64url',
  );
}

// The flow in the cookie, or undefined when it is missing, malformed or older than
// FLOW_MAX_AGE_MS (also when the clock says it was started in the future).
export function decodeFlow(value: string | undefined, now: number): SignInFlow | undefined {
  if (!value || value.length > 400) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  // Four parts: a flow started before the intent existed (a staff sign-in).
  if (!Array.isArray(parsed) || (parsed.length !== 4 && parsed.length !== 5)) return undefined;
  const [state, nonce, verifier, startedAt, rawIntent] = parsed as unknown[];
  const intent = intentOf(rawIntent);
  if (!intent) return undefined;
  if (typeof state !== 'string' || typeof nonce !== 'string' || typeof verifier !== 'string') return undefined;
  if (![state, nonce, verifier].every((part) => TOKEN.test(part))) return undefined;
  if (typeof startedAt !== 'number' || startedAt > now || now - startedAt > FLOW_MAX_AGE_MS) return undefined;
  return { state, nonce, verifier, startedAt, intent };
}

export function sameState(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(given));
}

// Where the browser goes to sign in at the provider.
export function authorizationUrl(config: OidcSignInConfig, flow: SignInFlow): string {
  const url = new URL(config.authorizationUrl);
  const params: Record<string, string> = {
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: config.redirectUrl,
    scope: config.scopes.split(/\s+/).includes('openid') ? config.scopes : `openid ${config.scopes}`,
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: codeChallenge(flow.verifier),
    code_challenge_method: 'S256',
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}

// The token endpoint's request for the code (RFC 6749 4.1.3): the client authenticates with
// HTTP Basic when it has a secret (form-encoded id and secret, 2.3.1), else sends its id.
export function tokenRequest(config: OidcSignInConfig, code: string, verifier: string): RequestInit {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: config.redirectUrl,
    code_verifier: verifier,
  });
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  if (config.clientSecret) {
    const basic = `${encodeURIComponent(config.clientId)}:${encodeURIComponent(config.clientSecret)}`;
    headers.authorization = `Basic ${Buffer.from(basic).toString('base64')}`;
  } else {
    body.set('client_id', config.clientId);
  }
  return { method: 'POST', headers, body: body.toString(), redirect: 'error' };
}
