import { Injectable } from '@nestjs/common';

import { TokenService, unauthenticated, type Principal } from '@app/core/auth';
import { AbilityCache, type AppAbility } from '@app/core/authz';
import { IdentityPrincipalSource } from '@app/identity';

import { POLICY_CONTRIBUTORS_LIST } from './policies';

// Turns a bearer token into a principal and its ability. The membership is read from the
// database on every call, so a disabled user or an ended membership loses access at once.
@Injectable()
export class AuthenticationService {
  private readonly abilities = new AbilityCache(POLICY_CONTRIBUTORS_LIST);

  constructor(
    private readonly tokens: TokenService,
    private readonly principals: IdentityPrincipalSource,
  ) {}

  async principalFor(token: string, organizationHint?: string): Promise<Principal> {
    const verified = await this.tokens.verify(token);
    const load =
      verified.kind === 'own'
        ? await this.principals.byMembership(verified.userId, verified.membershipId)
        : await this.principals.byExternalSubject(verified.subject, organizationHint);
    if (!load) throw unauthenticated();
    return { ...load, expiresAt: verified.expiresAt };
  }

  abilityFor(principal: Principal | undefined): AppAbility {
    return this.abilities.abilityFor(principal);
  }
}

export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i.exec(header.trim());
  return match?.[1];
}
