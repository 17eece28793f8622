import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { Inject, Injectable } from '@nestjs/common';

import {
  SELF_PRINCIPAL_SOURCE,
  TokenService,
  unauthenticated,
  type Principal,
  type SelfPrincipal,
  type SelfPrincipalSource,
} from '@app/core/auth';
import { AbilityCache, type AppAbility } from '@app/core/authz';
import { Clock, dayIn } from '@app/core/clock';
import { CallerSource, type Caller } from '@app/core/graphql';
import { IdentityPrincipalSource } from '@app/identity';

import { POLICY_CONTRIBUTORS_LIST } from './policies';

// Turns a bearer token into a principal and its ability. The membership is read from the
// database on every call, so a disabled user or an ended membership loses access at once, and
// the day is read from the clock on every call, so a consent that ended yesterday grants
// nothing today (the ability cache is keyed by the day).
@Injectable()
export class AuthenticationService implements CallerSource {
  private readonly abilities = new AbilityCache(POLICY_CONTRIBUTORS_LIST);

  constructor(
    private readonly tokens: TokenService,
    private readonly principals: IdentityPrincipalSource,
    @Inject(SELF_PRINCIPAL_SOURCE) private readonly selfPrincipals: SelfPrincipalSource,
    private readonly clock: Clock,
  ) {}

  // A bearer token of either kind: a staff membership's or an own-view session's (issue 19).
  async callerFor(
    token: string,
    organizationHint?: string,
  ): Promise<{ principal: Principal; self?: undefined } | { self: SelfPrincipal; principal?: undefined }> {
    const verified = await this.tokens.verify(token);
    if (verified.kind !== 'self') return { principal: await this.principalFor(token, organizationHint) };
    const now = this.clock.now();
    const load = await this.selfPrincipals.bySession(verified.sessionId, now);
    if (!load) throw unauthenticated();
    return { self: { ...load, today: dayIn(load.timeZone, now), expiresAt: verified.expiresAt } };
  }

  // A staff principal; an own-view token is refused here (subscriptions, HTTP routes), so the
  // own view reaches only the operations that read a SelfPrincipal.
  async principalFor(token: string, organizationHint?: string): Promise<Principal> {
    const verified = await this.tokens.verify(token);
    if (verified.kind === 'self') throw unauthenticated();
    const now = this.clock.now();
    const load =
      verified.kind === 'own'
        ? await this.principals.byMembership(verified.userId, verified.membershipId, now)
        : await this.principals.byExternalSubject(verified.subject, organizationHint, now);
    if (!load) throw unauthenticated();
    return { ...load, today: dayIn(load.timeZone, now), expiresAt: verified.expiresAt };
  }

  // A caller for work done later on behalf of a membership (CallerSource): read afresh, with
  // the credential's expiry left open (a job has no token).
  async forMembership(userId: string, membershipId: string): Promise<Caller | undefined> {
    const now = this.clock.now();
    const load = await this.principals.byMembership(userId, membershipId, now);
    if (!load) return undefined;
    const principal: Principal = { ...load, today: dayIn(load.timeZone, now), expiresAt: Number.MAX_SAFE_INTEGER };
    return { principal, ability: this.abilityFor(principal) };
  }

  now(): Date {
    return this.clock.now();
  }

  abilityFor(principal: Principal | undefined): AppAbility {
    return this.abilities.abilityFor(principal);
  }

  // Every own-view session has the same type-level rules; which record it reads is decided by
  // its SelfPrincipal's young people in every query (the self-service repository).
  selfAbility(): AppAbility {
    return SELF_ABILITY;
  }
}

const SELF_ABILITY: AppAbility = (() => {
  const rules = new AbilityBuilder<AppAbility>(createMongoAbility);
  rules.can(['read', 'update', 'create'], 'OwnRecord');
  return rules.build();
})();

export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i.exec(header.trim());
  return match?.[1];
}
