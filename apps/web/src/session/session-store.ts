import { ApiError, errorCode } from '../app/api-error';
import { postOperation } from '../app/transport';
import {
  RefreshSessionDocument,
  SignInDocument,
  SignInOptionsDocument,
  SignOutDocument,
  SwitchMembershipDocument,
  ViewerDocument,
} from '../gql/session/session';
import type { SessionTokensFragment, SignInOptionsQuery, ViewerQuery } from '../gql/graphql';
import { activeMemberships } from './viewer';

export type SessionStatus =
  | { kind: 'restoring' }
  | { kind: 'signedOut'; reason?: 'expired' | 'signedOut' }
  // Back from the provider's sign-in with several memberships: the session's tokens wait for
  // the user's choice before it starts (as after a password).
  | { kind: 'choosing'; tokens: SessionTokensFragment; viewer: ViewerQuery }
  | { kind: 'signedIn'; membershipId: string; generation: number };

// Refresh this long before the access token's expiry, so a request never leaves with a token
// that expires on the way.
const REFRESH_MARGIN_MS = 30_000;

// The access token lives in this object only: never in localStorage, sessionStorage, a cookie
// JavaScript can read, or a URL. The refresh token is an httpOnly cookie the api sets (the
// `x-brygga-session: cookie` header asks for it), so a reload restores the session through
// `refreshSession` without the page ever seeing that token.
// When the server issued the access token (its `iat`, seconds), to measure the refresh window
// in the server's time and place it on this browser's clock (which may be off by minutes).
function issuedAtMs(accessToken: string): number | undefined {
  try {
    const payload = accessToken.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const iat = (JSON.parse(json) as { iat?: unknown }).iat;
    return typeof iat === 'number' ? iat * 1000 : undefined;
  } catch {
    return undefined;
  }
}

export class SessionStore {
  private accessToken: string | undefined;
  private expiresAt = 0;
  // When the refresh cookie stops working, on this browser's clock (0: no session). Every
  // refresh moves it (the api issues a new refresh token with a new window).
  private sessionEndsAt = 0;
  private refreshing: Promise<boolean> | undefined;
  private generation = 0;
  private status: SessionStatus = { kind: 'restoring' };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  getStatus = (): SessionStatus => this.status;

  getSessionEndsAt = (): number => this.sessionEndsAt;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  // On start: a valid refresh cookie means the user is still signed in. Back from the
  // provider's sign-in (`afterProvider`), the cookie is the new session: a user with several
  // memberships chooses one first.
  async restore(afterProvider = false): Promise<void> {
    if (afterProvider) {
      const tokens = await postOperation(RefreshSessionDocument, {})
        .then((data) => data.refreshSession)
        .catch(() => undefined);
      const viewer = tokens ? await this.viewerFor(tokens).catch(() => undefined) : undefined;
      if (tokens && viewer && activeMemberships(viewer).length > 1) {
        this.set({ kind: 'choosing', tokens, viewer });
      } else if (tokens) {
        this.accept(tokens);
      } else {
        this.set({ kind: 'signedOut' });
      }
      return;
    }
    const ok = await this.refresh();
    if (!ok && this.status.kind === 'restoring') this.set({ kind: 'signedOut' });
  }

  // How one can sign in here (a provider's button when one is configured); none on failure.
  async signInOptions(): Promise<SignInOptionsQuery['signInOptions']> {
    return postOperation(SignInOptionsDocument, {})
      .then((data) => data.signInOptions)
      .catch(() => ({ oidc: null }));
  }

  // The user's choice of another membership: tokens for it (the api moves the refresh cookie
  // to it and revokes the first membership's).
  async switchMembership(tokens: SessionTokensFragment, organizationId: string): Promise<SessionTokensFragment> {
    const data = await postOperation(SwitchMembershipDocument, { input: { organizationId } }, tokens.accessToken);
    return data.switchMembership;
  }

  // Signing in is two steps, so that a user with several memberships can choose one first:
  // `authenticate` checks the password and returns the tokens of the default membership
  // without starting the session; `commit` starts it, `switchMembership` moves it to another.
  async authenticate(email: string, password: string, organizationId?: string): Promise<SessionTokensFragment> {
    const data = await postOperation(SignInDocument, {
      input: { email, password, ...(organizationId ? { organizationId } : {}) },
    });
    return data.login;
  }

  async viewerFor(tokens: SessionTokensFragment): Promise<ViewerQuery> {
    return postOperation(ViewerDocument, {}, tokens.accessToken);
  }

  commit(tokens: SessionTokensFragment): void {
    this.accept(tokens);
  }

  // A fresh access token, refreshing through the cookie when it is about to expire.
  async token(): Promise<string | undefined> {
    if (this.status.kind !== 'signedIn') return undefined;
    if (this.accessToken && this.expiresAt - REFRESH_MARGIN_MS > this.now()) return this.accessToken;
    return (await this.refresh()) ? this.accessToken : undefined;
  }

  // One refresh at a time: concurrent requests share it (the cookie's token is single use).
  refresh(): Promise<boolean> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  // The api refused the session (expired, revoked, membership ended).
  expire(): void {
    if (this.status.kind !== 'signedIn') return;
    this.clear();
    this.set({ kind: 'signedOut', reason: 'expired' });
  }

  async signOut(): Promise<void> {
    const token = await this.token().catch(() => undefined);
    if (token) await postOperation(SignOutDocument, {}, token).catch(() => undefined);
    this.clear();
    this.set({ kind: 'signedOut', reason: 'signedOut' });
  }

  private async doRefresh(): Promise<boolean> {
    const wasSignedIn = this.status.kind === 'signedIn';
    try {
      const data = await postOperation(RefreshSessionDocument, {});
      this.accept(data.refreshSession, wasSignedIn);
      return true;
    } catch (error) {
      const code = errorCode(error);
      if (code === 'NETWORK' && wasSignedIn) return false; // keep the session; the api may be back soon
      if (wasSignedIn) this.expire();
      if (!(error instanceof ApiError) && code !== 'NETWORK') throw error;
      return false;
    }
  }

  private accept(tokens: SessionTokensFragment, sameSession = false): void {
    this.accessToken = tokens.accessToken;
    this.expiresAt = new Date(tokens.accessTokenExpiresAt).getTime();
    const refreshEnds = new Date(tokens.refreshTokenExpiresAt).getTime();
    const issued = issuedAtMs(tokens.accessToken);
    this.sessionEndsAt = issued === undefined ? refreshEnds : this.now() + (refreshEnds - issued);
    if (sameSession && this.status.kind === 'signedIn' && this.status.membershipId === tokens.membership.id) return;
    this.generation += 1;
    this.set({ kind: 'signedIn', membershipId: tokens.membership.id, generation: this.generation });
  }

  private clear(): void {
    this.accessToken = undefined;
    this.expiresAt = 0;
    this.sessionEndsAt = 0;
  }

  private set(status: SessionStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}
