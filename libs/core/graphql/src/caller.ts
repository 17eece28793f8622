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
