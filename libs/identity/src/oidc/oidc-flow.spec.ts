import type { OidcSignInConfig } from '@app/core/config';

import {
  authorizationUrl,
  codeChallenge,
  decodeFlow,
  encodeFlow,
  FLOW_MAX_AGE_MS,
  intentOf,
  newFlow,
  sameState,
  tokenRequest,
} from './oidc-flow';

const settings: OidcSignInConfig = {
  issuer: 'https://idp.kommun.test',
  audience: 'brygga-api',
  jwksUrl: 'https://idp.kommun.test/jwks',
  userClaim: 'sub',
  clientId: 'brygga web',
  clientSecret: 'a:b&c',
  authorizationUrl: 'https://idp.kommun.test/authorize?tenant=demo',
  tokenUrl: 'https://idp.kommun.test/token',
  redirectUrl: 'https://brygga.kommun.test/auth/oidc/callback',
  scopes: 'profile',
  displayName: 'e-legitimation',
};

describe('the sign-in flow cookie', () => {
  const now = Date.UTC(2026, 11, 6, 12);

  it('comes back as it went, until it is ten minutes old', () => {
    const flow = newFlow(now);
    const cookie = encodeFlow(flow);
    expect(decodeFlow(cookie, now + FLOW_MAX_AGE_MS)).toEqual(flow);
    expect(decodeFlow(cookie, now + FLOW_MAX_AGE_MS + 1)).toBeUndefined();
    // Started "in the future" (a forged or clock-skewed cookie) is refused too.
    expect(decodeFlow(cookie, now - 1)).toBeUndefined();
  });

  it('refuses anything that is not one of ours', () => {
    const flow = newFlow(now);
    for (const value of [
      undefined,
      '',
      'not base64 json',
      Buffer.from(JSON.stringify({ state: flow.state })).toString('base64url'),
      Buffer.from(JSON.stringify(['short', flow.nonce, flow.verifier, now])).toString('base64url'),
      Buffer.from(JSON.stringify([flow.state, flow.nonce, flow.verifier, String(now)])).toString('base64url'),
      'x'.repeat(401),
    ]) {
      expect(decodeFlow(value, now)).toBeUndefined();
    }
  });

  it('carries who is signing in (staff, a young person, a guardian), and only those', () => {
    for (const intent of ['staff', 'self', 'guardian'] as const) {
      expect(decodeFlow(encodeFlow(newFlow(now, intent)), now)?.intent).toBe(intent);
    }
    const flow = newFlow(now);
    // A cookie from before the intent existed is a staff sign-in.
    const old = Buffer.from(JSON.stringify([flow.state, flow.nonce, flow.verifier, now])).toString('base64url');
    expect(decodeFlow(old, now)?.intent).toBe('staff');
    const forged = Buffer.from(JSON.stringify([flow.state, flow.nonce, flow.verifier, now, 'admin'])).toString(
      'base64url',
    );
    expect(decodeFlow(forged, now)).toBeUndefined();
    expect(intentOf(undefined)).toBe('staff');
    expect(intentOf('self')).toBe('self');
    expect(intentOf(['self'])).toBeUndefined();
    expect(intentOf('SELF')).toBeUndefined();
  });

  it('compares states exactly, whatever the type given', () => {
    const { state } = newFlow(now);
    expect(sameState(state, state)).toBe(true);
    const last = state.endsWith('A') ? 'B' : 'A';
    expect(sameState(state, `${state.slice(0, -1)}${last}`)).toBe(false);
    expect(sameState(state, state.slice(1))).toBe(false);
    expect(sameState(state, [state])).toBe(false);
    expect(sameState(state, undefined)).toBe(false);
  });
});

describe('the requests to the provider', () => {
  it('sends the browser with the S256 challenge of the verifier, keeping the endpoint’s own parameters', () => {
    const flow = newFlow(Date.now());
    const url = new URL(authorizationUrl(settings, flow));
    expect(url.searchParams.get('tenant')).toBe('demo');
    expect(url.searchParams.get('scope')).toBe('openid profile');
    expect(url.searchParams.get('code_challenge')).toBe(codeChallenge(flow.verifier));
    expect(url.searchParams.get('code_challenge')).not.toBe(flow.verifier);
    expect(url.searchParams.get('redirect_uri')).toBe(settings.redirectUrl);
    expect(url.toString()).not.toContain(flow.verifier);
  });

  it('pins the RFC 7636 example: the challenge of its verifier', () => {
    expect(codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('authenticates a confidential client with form-encoded Basic credentials, a public one by its id', () => {
    const confidential = tokenRequest(settings, 'the-code', 'the-verifier');
    const headers = confidential.headers as Record<string, string>;
    expect(Buffer.from(headers.authorization.replace('Basic ', ''), 'base64').toString()).toBe(
      'brygga%20web:a%3Ab%26c',
    );
    const body = new URLSearchParams(confidential.body as string);
    expect(body.get('client_id')).toBeNull();
    expect(body.get('code_verifier')).toBe('the-verifier');
    expect(body.get('grant_type')).toBe('authorization_code');
    const open = tokenRequest({ ...settings, clientSecret: undefined }, 'the-code', 'v');
    expect((open.headers as Record<string, string>).authorization).toBeUndefined();
    expect(new URLSearchParams(open.body as string).get('client_id')).toBe('brygga web');
  });
});
