import type { Request } from 'express';

import type { Principal, SelfPrincipal } from '@app/core/auth';
import type { AppAbility, FieldAuthorizationContext } from '@app/core/authz';
import type { DomainError } from '@app/core/errors';

import type { AccessCategory, AccessReads } from './access-reads';

// Per-request DataLoaders, created fresh for every operation (never shared across requests)
// and bound to the principal's ability, so batched loads apply the same access predicate.
export interface Loaders {
  get<T>(key: string, create: () => T): T;
}

export function createLoaderRegistry(): Loaders {
  const loaders = new Map<string, unknown>();
  return {
    get<T>(key: string, create: () => T): T {
      if (!loaders.has(key)) loaders.set(key, create());
      return loaders.get(key) as T;
    },
  };
}

export interface GraphqlContext extends FieldAuthorizationContext {
  req?: Request;
  requestId: string;
  principal?: Principal;
  // A young person or guardian in the own view (issue 19); never set together with `principal`.
  self?: SelfPrincipal;
  ability: AppAbility;
  authenticated: boolean;
  authError?: DomainError;
  loaders: Loaders;
  clientAddress: string;
  // Re-reads the principal (with today's date) and rebuilds the ability (for long-lived
  // subscriptions); resolves to undefined once the credential has expired or the membership is
  // gone. Given the event being delivered, the read is shared with the event's other
  // subscribers that hold the same credential (perEvent).
  refreshCaller?: (event?: object) => Promise<{ principal: Principal; ability: AppAbility } | undefined>;
  // Young people whose data this response (or subscription event) shows: the access log's input.
  accessReads: AccessReads;
}

// Called by every resolver that returns data about a young person, with the categories shown.
export function noteRead(ctx: GraphqlContext, youngPersonId: string, ...categories: AccessCategory[]): void {
  ctx.accessReads.note(youngPersonId, ...categories);
}

// The arguments of a field resolver that takes none. Such a resolver is written as graphql-js
// calls it, (parent, args, context), with no parameter decorators, so Nest hands it to
// graphql-js as it is instead of resolving its parameters on every call (see FieldPolicy).
export type NoArgs = Record<string, never>;

// A subscription's context serves every event of it. Each event is a read of its own: the
// caller's access is read again (refreshCaller) and the loaders start empty, so the event's
// nested fields show the data as it is now, under the access the caller has now (on today's
// date), not as they were at the first event. Resolves to undefined when the caller may no
// longer read anything.
export async function refreshForEvent(ctx: GraphqlContext, event?: object): Promise<AppAbility | undefined> {
  const refreshed = await ctx.refreshCaller?.(event);
  if (!refreshed) return undefined;
  ctx.principal = refreshed.principal;
  ctx.ability = refreshed.ability;
  ctx.loaders = createLoaderRegistry();
  return refreshed.ability;
}
