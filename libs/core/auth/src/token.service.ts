import { createHash, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, JWTVerifyGetKey, SignJWT } from 'jose';

import { Clock } from '@app/core/clock';
import { AppConfig } from '@app/core/config';
import { DomainError, ErrorCode } from '@app/core/errors';

import { SigningKeyProvider } from './signing-key.provider';

const ISSUER = 'brygga';
const AUDIENCE = 'brygga-api';

export type VerifiedToken =
  | { kind: 'own'; userId: string; membershipId: string; expiresAt: number }
  | { kind: 'external'; subject: string; expiresAt: number }
  // The own view of a young person or guardian (issue 19): a self-service session, never a user.
  | { kind: 'self'; sessionId: string; expiresAt: number };

export interface AccessToken {
  token: string;
  expiresAt: Date;
}

// Verified tokens kept per api process (each a few hundred bytes).
const MAX_VERIFIED_TOKENS = 10_000;

// Issues and verifies Brygga's own short-lived access tokens (HS256), and verifies tokens of
// the municipality's OpenID Connect provider when one is configured.
@Injectable()
export class TokenService {
  private readonly jwks: JWTVerifyGetKey | undefined;
  // Tokens whose signature and claims verified, by their SHA-256 (no bearer token is kept),
  // until they expire. A client sends the same token with every request for its lifetime, and
  // verifying it through WebCrypto cost about 6% of a single-record read. Only the signature is
  // remembered: who the token belongs to (user, membership) is still read from the database on
  // every request, so a disabled user or an ended membership is refused at once.
  private readonly verified = new Map<string, VerifiedToken>();

  constructor(
    private readonly config: AppConfig,
    private readonly keys: SigningKeyProvider,
    private readonly clock: Clock,
  ) {
    const oidc = config.oidc;
    this.jwks = oidc ? createRemoteJWKSet(new URL(oidc.jwksUrl), { timeoutDuration: 5000 }) : undefined;
  }

  async issueAccessToken(userId: string, membershipId: string): Promise<AccessToken> {
    const now = this.clock.now().getTime();
    const expiresAt = new Date(now + this.config.env.ACCESS_TOKEN_TTL_SECONDS * 1000);
    const token = await new SignJWT({ mid: membershipId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(Math.floor(now / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .setJti(randomBytes(12).toString('base64url'))
      .sign(this.keys.key());
    return { token, expiresAt };
  }

  // An access token of a self-service session (the own view). It carries `ssn` and no `mid`, so
  // it can never be taken for a staff membership's token, nor the other way round.
  async issueSelfServiceToken(sessionId: string, notAfter: Date): Promise<AccessToken> {
    const now = this.clock.now().getTime();
    const expiresAt = new Date(Math.min(now + this.config.env.ACCESS_TOKEN_TTL_SECONDS * 1000, notAfter.getTime()));
    const token = await new SignJWT({ ssn: sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(sessionId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(Math.floor(now / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .setJti(randomBytes(12).toString('base64url'))
      .sign(this.keys.key());
    return { token, expiresAt };
  }

  // Verifies a bearer token: Brygga's own, or the configured identity provider's. Who the
  // token belongs to (membership, user) is resolved by the caller on every request.
  async verify(token: string): Promise<VerifiedToken> {
    const key = sha256(token);
    const known = this.verified.get(key);
    if (known && known.expiresAt * 1000 > this.clock.now().getTime()) return known;
    // Expired (or never seen): verified in full, which refuses an expired token with its own code.
    this.verified.delete(key);
    const verified = await this.verifyUncached(token);
    if (this.verified.size >= MAX_VERIFIED_TOKENS) {
      // The oldest entry goes first (a Map iterates in insertion order).
      const oldest = this.verified.keys().next();
      if (!oldest.done) this.verified.delete(oldest.value);
    }
    this.verified.set(key, verified);
    return verified;
  }

  private async verifyUncached(token: string): Promise<VerifiedToken> {
    const issuer = this.peekIssuer(token);
    if (issuer === ISSUER) {
      const { payload } = await jwtVerify(token, this.keys.key(), {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: this.clock.now(),
      }).catch(mapJoseError);
      if (
        typeof payload.ssn === 'string' &&
        payload.mid === undefined &&
        payload.sub === payload.ssn &&
        typeof payload.exp === 'number'
      ) {
        return { kind: 'self', sessionId: payload.ssn, expiresAt: payload.exp };
      }
      if (typeof payload.sub !== 'string' || typeof payload.mid !== 'string' || typeof payload.exp !== 'number') {
        throw unauthenticated();
      }
      return { kind: 'own', userId: payload.sub, membershipId: payload.mid, expiresAt: payload.exp };
    }
    const oidc = this.config.oidc;
    if (!oidc || !this.jwks || issuer !== oidc.issuer) throw unauthenticated();
    const { payload } = await jwtVerify(token, this.jwks, {
      issuer: oidc.issuer,
      audience: oidc.audience,
      algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
      currentDate: this.clock.now(),
    }).catch(mapJoseError);
    const subject = payload[oidc.userClaim];
    if (typeof subject !== 'string' || subject.length === 0 || typeof payload.exp !== 'number') throw unauthenticated();
    return { kind: 'external', subject, expiresAt: payload.exp };
  }

  // The ID token of a sign-in through the provider (authorization code flow): signed with the
  // provider's keys, issued by it, for our client id, not expired, and carrying the nonce this
  // sign-in sent, so a token minted for another sign-in or another client is refused.
  // The subject (the configured user claim) and the identity number claim, when present.
  async verifyIdToken(
    idToken: string,
    expected: { audience: string; nonce: string },
  ): Promise<{ subject: string; identityNumber: string | undefined }> {
    const oidc = this.config.oidc;
    if (!oidc || !this.jwks) throw unauthenticated();
    const { payload } = await jwtVerify(idToken, this.jwks, {
      issuer: oidc.issuer,
      audience: expected.audience,
      algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
      currentDate: this.clock.now(),
      requiredClaims: ['exp', 'iat', 'nonce'],
    }).catch(mapJoseError);
    const subject = payload[oidc.userClaim];
    if (payload.nonce !== expected.nonce || typeof subject !== 'string' || subject.length === 0) {
      throw unauthenticated();
    }
    const identityNumber = payload[this.config.env.OIDC_IDENTITY_NUMBER_CLAIM];
    return { subject, identityNumber: typeof identityNumber === 'string' ? identityNumber : undefined };
  }

  private peekIssuer(token: string): string | undefined {
    const payload = token.split('.')[1];
    if (!payload) return undefined;
    try {
      const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      return typeof parsed === 'object' && parsed !== null && 'iss' in parsed && typeof parsed.iss === 'string'
        ? parsed.iss
        : undefined;
    } catch {
      return undefined;
    }
  }
}

export function unauthenticated(): DomainError {
  return new DomainError(ErrorCode.AUTH_UNAUTHENTICATED, 'Not signed in or the token is not valid');
}

function mapJoseError(error: unknown): never {
  if (error instanceof joseErrors.JWTExpired) {
    throw new DomainError(ErrorCode.AUTH_TOKEN_EXPIRED, 'The access token has expired');
  }
  throw unauthenticated();
}

export function newOpaqueToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: sha256(token) };
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
