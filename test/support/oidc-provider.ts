import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

// A municipality's OpenID Connect provider on loopback, for the sign-in tests: the parts of
// the authorization code flow a client relies on, checked as a real provider checks them
// (registered client and redirect URI, PKCE S256, codes used once and for a minute, client
// authentication), with the person who "signs in" at the provider chosen by the test. Nothing
// of the api is mocked: the api redeems codes and verifies ID tokens over HTTP as in production.
export interface TestOidcProvider {
  issuer: string;
  authorizationUrl: string;
  tokenUrl: string;
  jwksUrl: string;
  clientId: string;
  clientSecret: string;
  // Who signs in at the next /authorize (with any further ID token claims, such as the identity
  // number), or the error the provider answers instead.
  signInAs(subject: string, claims?: Record<string, unknown>): void;
  refuseNext(error: string): void;
  // Changes the next ID token (a wrong nonce, another audience, …) to test the client's checks.
  tamperNext(claims: Record<string, unknown>): void;
  // The code redemptions the provider saw, and how it answered them.
  redemptions: Array<{ ok: boolean; reason?: string }>;
  close(): Promise<void>;
}

interface Grant {
  subject: string;
  claims: Record<string, unknown>;
  nonce: string;
  challenge: string;
  redirectUri: string;
  expiresAt: number;
  used: boolean;
}

async function formOf(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startTestOidcProvider(options: {
  redirectUri: string;
  userClaim?: string;
}): Promise<TestOidcProvider> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' };
  const clientId = 'brygga-web';
  const clientSecret = 'test-secret-' + randomBytes(8).toString('hex');
  const grants = new Map<string, Grant>();
  const redemptions: TestOidcProvider['redemptions'] = [];
  let subject = 'unknown';
  let extraClaims: Record<string, unknown> = {};
  let refusal: string | undefined;
  let tamper: Record<string, unknown> = {};
  let issuer = '';

  const idToken = (grant: Grant, key: CryptoKey): Promise<string> => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { ...grant.claims, [options.userClaim ?? 'sub']: grant.subject, nonce: grant.nonce, ...tamper };
    tamper = {};
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'idp-1' })
      .setIssuer(issuer)
      .setSubject(grant.subject)
      .setAudience((claims.aud as string | undefined) ?? clientId)
      .setIssuedAt(now)
      .setExpirationTime(now + 300)
      .sign(key);
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && url.pathname === '/jwks') return json(200, { keys: [jwk] });
    if (req.method === 'GET' && url.pathname === '/authorize') {
      const q = url.searchParams;
      if (q.get('client_id') !== clientId || q.get('redirect_uri') !== options.redirectUri) {
        return json(400, { error: 'invalid_request' });
      }
      const back = new URL(options.redirectUri);
      back.searchParams.set('state', q.get('state') ?? '');
      if (refusal) {
        back.searchParams.set('error', refusal);
        refusal = undefined;
      } else if (
        q.get('response_type') !== 'code' ||
        q.get('code_challenge_method') !== 'S256' ||
        !q.get('code_challenge') ||
        !(q.get('scope') ?? '').split(' ').includes('openid')
      ) {
        back.searchParams.set('error', 'invalid_request');
      } else {
        const code = randomBytes(24).toString('base64url');
        grants.set(code, {
          subject,
          claims: extraClaims,
          nonce: q.get('nonce') ?? '',
          challenge: q.get('code_challenge') ?? '',
          redirectUri: options.redirectUri,
          expiresAt: Date.now() + 60_000,
          used: false,
        });
        back.searchParams.set('code', code);
      }
      res.writeHead(302, { location: back.toString() });
      return res.end();
    }
    if (req.method === 'POST' && url.pathname === '/token') {
      void formOf(req).then(async (form) => {
        const refuse = (reason: string) => {
          redemptions.push({ ok: false, reason });
          json(400, { error: 'invalid_grant' });
        };
        const basic = Buffer.from(`${clientId}:${clientSecret}`).toString('base64');
        if (req.headers.authorization !== `Basic ${basic}`) return refuse('client authentication');
        const grant = grants.get(form.get('code') ?? '');
        if (form.get('grant_type') !== 'authorization_code' || !grant) return refuse('unknown code');
        if (grant.used || grant.expiresAt < Date.now()) return refuse('code used or expired');
        grant.used = true;
        if (form.get('redirect_uri') !== grant.redirectUri) return refuse('redirect_uri');
        const verifier = form.get('code_verifier') ?? '';
        if (createHash('sha256').update(verifier).digest('base64url') !== grant.challenge) return refuse('PKCE');
        redemptions.push({ ok: true });
        json(200, {
          access_token: randomBytes(16).toString('hex'),
          token_type: 'Bearer',
          expires_in: 300,
          id_token: await idToken(grant, privateKey),
        });
      });
      return;
    }
    json(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    authorizationUrl: `${issuer}/authorize`,
    tokenUrl: `${issuer}/token`,
    jwksUrl: `${issuer}/jwks`,
    clientId,
    clientSecret,
    signInAs: (next, claims = {}) => {
      subject = next;
      extraClaims = claims;
    },
    refuseNext: (error) => {
      refusal = error;
    },
    tamperNext: (claims) => {
      tamper = claims;
    },
    redemptions,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// A free loopback port for an api that must know its own address before it starts (the
// redirect URI registered at the provider).
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// The api's environment for sign-in through `provider`, as an operator would set it.
export function oidcSignInEnv(provider: TestOidcProvider, port: number): Record<string, string> {
  return {
    PORT: String(port),
    OIDC_ISSUER: provider.issuer,
    OIDC_AUDIENCE: 'brygga-api',
    OIDC_JWKS_URL: provider.jwksUrl,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_AUTHORIZATION_URL: provider.authorizationUrl,
    OIDC_TOKEN_URL: provider.tokenUrl,
    OIDC_REDIRECT_URL: `http://127.0.0.1:${port}/auth/oidc/callback`,
    OIDC_DISPLAY_NAME: 'Kommunens e-legitimation',
  };
}
