import type { Principal, SelfPrincipal } from '@app/core/auth';
import type { AppAbility } from '@app/core/authz';
import { DomainError, ErrorCode } from '@app/core/errors';

import type { GraphqlContext } from './graphql-context';

export interface Caller {
  principal: Principal;
  ability: AppAbility;
}

// The guard has already required a principal for every @Policy handler; this narrows the type.
export function callerOf(ctx: GraphqlContext): Caller {
  if (!ctx.principal) throw new DomainError(ErrorCode.AUTH_UNAUTHENTICATED, 'Not signed in or the token is not valid');
  return { principal: ctx.principal, ability: ctx.ability };
}

// The own view's caller (issue 19): a self-service session, never a staff principal.
export function selfOf(ctx: GraphqlContext): SelfPrincipal {
  if (!ctx.self || ctx.principal) {
    throw new DomainError(ErrorCode.AUTH_UNAUTHENTICATED, 'Not signed in or the token is not valid');
  }
  return ctx.self;
}

// Rebuilds the caller of work that runs later on someone's behalf (a queued job such as a
// register import's run): the membership is read afresh, so a user disabled or moved since the
// job was queued has no caller, and the ability is today's. Implemented by the api's
// authentication, which knows how principals and abilities are made.
export abstract class CallerSource {
  abstract forMembership(userId: string, membershipId: string): Promise<Caller | undefined>;
}
