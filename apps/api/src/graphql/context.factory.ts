import { randomUUID } from 'node:crypto';

import type { Request } from 'express';

import type { Principal, SelfPrincipal } from '@app/core/auth';
import { AUTHORIZATION_CONTEXT } from '@app/core/authz';
import { DomainError } from '@app/core/errors';
import { AccessReads, createLoaderRegistry, perEvent, type GraphqlContext } from '@app/core/graphql';
import { clientAddressOf, RequestContext } from '@app/core/logging';

import { AuthenticationService, bearerToken } from '../auth/authentication.service';

function organizationHint(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value) ? value : undefined;
}

// Context of one HTTP GraphQL request. An invalid token does not fail here: public operations
// (login) must still work, and the guard reports the error for everything else.
export async function httpContext(auth: AuthenticationService, req: Request): Promise<GraphqlContext> {
  const requestId = RequestContext.requestId() ?? randomUUID();
  const token = bearerToken(req.headers.authorization);
  let principal: Principal | undefined;
  let self: SelfPrincipal | undefined;
  let authError: DomainError | undefined;
  if (token) {
    try {
      ({ principal, self } = await auth.callerFor(token, organizationHint(req.headers['x-organization-id'])));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      authError = error;
    }
  }
  return {
    [AUTHORIZATION_CONTEXT]: true,
    req,
    requestId,
    principal,
    self,
    ability: self ? auth.selfAbility() : auth.abilityFor(principal),
    authenticated: principal !== undefined || self !== undefined,
    authError,
    loaders: createLoaderRegistry(),
    accessReads: new AccessReads(),
    clientAddress: clientAddressOf(req),
  };
}

// Context of one subscription operation on an authenticated socket. `refreshCaller` re-reads
// the membership (and the day) for every event, so revoked or ended access stops the stream's
// data at once.
export function socketContext(
  auth: AuthenticationService,
  principal: Principal,
  token: string,
  clientAddress: string,
): GraphqlContext {
  return {
    [AUTHORIZATION_CONTEXT]: true,
    requestId: randomUUID(),
    principal,
    ability: auth.abilityFor(principal),
    authenticated: true,
    loaders: createLoaderRegistry(),
    accessReads: new AccessReads(),
    clientAddress,
    refreshCaller: async (event) => {
      if (principal.expiresAt * 1000 <= auth.now().getTime()) return undefined;
      try {
        // Subscribers holding the same token are the same caller: one read per event for all.
        const current = await (event
          ? perEvent(event, token, () => auth.principalFor(token))
          : auth.principalFor(token));
        return { principal: current, ability: auth.abilityFor(current) };
      } catch (error) {
        if (error instanceof DomainError) return undefined;
        throw error;
      }
    },
  };
}
