import { Inject, Injectable, Optional } from '@nestjs/common';

import { SecurityEventKind, SecurityEventService } from '@app/core/audit';
import { SELF_SERVICE_SIGN_IN, TokenService, type SelfServiceSignIn } from '@app/core/auth';
import { Clock } from '@app/core/clock';
import { AppConfig, type OidcSignInConfig } from '@app/core/config';
import { ErrorCode } from '@app/core/errors';

import { AuthService, type IssuedTokens } from '../auth.service';
import {
  authorizationUrl,
  decodeFlow,
  encodeFlow,
  newFlow,
  sameState,
  tokenRequest,
  type SignInIntent,
} from './oidc-flow';

export type OidcFailure =
  | typeof ErrorCode.OIDC_SIGN_IN_EXPIRED
  | typeof ErrorCode.OIDC_SIGN_IN_CANCELLED
  | typeof ErrorCode.OIDC_SIGN_IN_FAILED
  | typeof ErrorCode.OIDC_USER_UNKNOWN
  | typeof ErrorCode.SELF_SERVICE_IDENTITY_MISSING
  | typeof ErrorCode.SELF_SERVICE_NO_RECORD
  | typeof ErrorCode.SELF_SERVICE_NO_WARD;

// A staff sign-in ends in a Brygga session (the refresh cookie); a sign-in to the own view in a
// self-service session (its own cookie), never the other.
export type OidcOutcome =
  | { ok: true; issued: IssuedTokens }
  | { ok: true; selfService: { token: string; expiresAt: Date } }
  // `ownView`: the sign-in was to the own view, whose page shows the refusal.
  | { ok: false; code: OidcFailure; ownView?: boolean };

// What the provider's redirect back carries (query parameters, untrusted).
export interface CallbackParams {
  code?: unknown;
  state?: unknown;
  error?: unknown;
}

const TOKEN_TIMEOUT_MS = 10_000;

// Sign-in through the municipality's OpenID Connect provider, with the api as the client: the
// browser never holds the provider's tokens (the page's CSP allows no call to the provider, and
// a Brygga session is the same refresh cookie a password sign-in gets). Every way the return
// can be wrong ends in one of four codes for the app; the suspicious ones (a state that does
// not match, a bad ID token, an unknown person) are security events.
@Injectable()
export class OidcSignInService {
  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly tokens: TokenService,
    private readonly auth: AuthService,
    private readonly securityEvents: SecurityEventService,
    // Provided by the self-service library when it is part of the app.
    @Optional() @Inject(SELF_SERVICE_SIGN_IN) private readonly selfService?: SelfServiceSignIn,
  ) {}

  get settings(): OidcSignInConfig | undefined {
    return this.config.oidcSignIn;
  }

  // The provider's address to send the browser to, and the cookie that binds the return to it.
  start(settings: OidcSignInConfig, intent: SignInIntent = 'staff'): { redirectTo: string; cookie: string } {
    const flow = newFlow(this.clock.now().getTime(), intent);
    return { redirectTo: authorizationUrl(settings, flow), cookie: encodeFlow(flow) };
  }

  async complete(
    settings: OidcSignInConfig,
    params: CallbackParams,
    cookie: string | undefined,
    clientAddress: string,
  ): Promise<OidcOutcome> {
    const flow = decodeFlow(cookie, this.clock.now().getTime());
    if (!flow) return { ok: false, code: ErrorCode.OIDC_SIGN_IN_EXPIRED };
    if (params.error !== undefined) {
      if (params.error === 'access_denied') return { ok: false, code: ErrorCode.OIDC_SIGN_IN_CANCELLED };
      return this.refuse(clientAddress, 'OIDC_PROVIDER_ERROR');
    }
    if (!sameState(flow.state, params.state)) return this.refuse(clientAddress, 'OIDC_STATE_MISMATCH');
    if (typeof params.code !== 'string' || params.code.length === 0 || params.code.length > 2_000) {
      return this.refuse(clientAddress, 'OIDC_CODE_MISSING');
    }
    const idToken = await this.redeem(settings, params.code, flow.verifier);
    if (!idToken) return this.refuse(clientAddress, 'OIDC_TOKEN_ENDPOINT');
    let subject: string;
    let identityNumber: string | undefined;
    try {
      ({ subject, identityNumber } = await this.tokens.verifyIdToken(idToken, {
        audience: settings.clientId,
        nonce: flow.nonce,
      }));
    } catch {
      return this.refuse(clientAddress, 'OIDC_ID_TOKEN_INVALID');
    }
    if (flow.intent !== 'staff') {
      // The own view: matched by the identity number only, never by a staff user's subject.
      if (!this.selfService) return this.refuse(clientAddress, 'SELF_SERVICE_UNAVAILABLE');
      const outcome = await this.selfService.signIn(
        flow.intent === 'self' ? 'YOUNG_PERSON' : 'GUARDIAN',
        identityNumber,
        clientAddress,
      );
      return outcome.ok
        ? { ok: true, selfService: outcome }
        : { ok: false, code: ErrorCode[outcome.code], ownView: true };
    }
    const issued = await this.auth.signInExternal(subject);
    if (!issued) {
      this.securityEvents.record({
        kind: SecurityEventKind.LOGIN_FAILED,
        clientAddress,
        code: ErrorCode.OIDC_USER_UNKNOWN,
      });
      return { ok: false, code: ErrorCode.OIDC_USER_UNKNOWN };
    }
    return { ok: true, issued };
  }

  // The ID token for the code, or undefined when the endpoint refuses, times out or answers
  // something else (its error text is not passed on).
  private async redeem(settings: OidcSignInConfig, code: string, verifier: string): Promise<string | undefined> {
    try {
      const response = await fetch(settings.tokenUrl, {
        ...tokenRequest(settings, code, verifier),
        signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
      });
      if (!response.ok) return undefined;
      const body = (await response.json()) as { id_token?: unknown; token_type?: unknown };
      return typeof body.id_token === 'string' && body.id_token.length < 20_000 ? body.id_token : undefined;
    } catch {
      return undefined;
    }
  }

  private refuse(clientAddress: string, reason: string): OidcOutcome {
    this.securityEvents.record({
      kind: SecurityEventKind.LOGIN_FAILED,
      clientAddress,
      code: ErrorCode.OIDC_SIGN_IN_FAILED,
      operation: reason,
    });
    return { ok: false, code: ErrorCode.OIDC_SIGN_IN_FAILED };
  }
}
