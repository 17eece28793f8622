import { DomainError, ErrorCode } from '@app/core/errors';

import type { Action, SubjectType } from './ability';
import { POLICY_METADATA, type PolicyRequirement } from './policy.decorator';
import { assertPolicy, type AuthorizationContext } from './policy.guard';

export const FIELD_POLICY_METADATA = 'brygga:field-policy';

// Marks the GraphQL context a field resolver receives, so that the policy check can find it
// among the resolver's arguments however Nest passes them.
export const AUTHORIZATION_CONTEXT: unique symbol = Symbol('brygga.authorization-context');

export interface FieldAuthorizationContext extends AuthorizationContext {
  readonly [AUTHORIZATION_CONTEXT]: true;
}

function isFieldAuthorizationContext(value: unknown): value is FieldAuthorizationContext {
  return typeof value === 'object' && value !== null && AUTHORIZATION_CONTEXT in value;
}

type Resolver = (this: unknown, ...args: unknown[]) => unknown;

// The permission a field resolver needs (`YoungPerson.measures`: read Measure), checked by the
// resolver itself on every call. Field resolvers are not run through Nest's guard pipeline: on
// a page of 50 rows with four nested parts that pipeline was about 40% of the api's time (each
// call resolved its parameters and ran the guard through several awaited steps). Without
// parameter decorators a field resolver is called by graphql-js directly as
// (parent, args, context, info); with them (arguments to validate) Nest still resolves them.
// Either way the wrapper finds the context among the arguments and fails closed without one.
// Sets the same POLICY_METADATA as @Policy, for the operations snapshot; the app refuses to start
// if a field resolver lacks it (field-policy.check.ts in apps/api).
//
// `{ refused: 'null' }`: a signed-in caller whose role may not read the subject at all gets null
// for the field instead of an error (a partner selecting a young person's consents gets the rest
// of the record; YoungPerson.readAccess says what is hidden and why). Without a valid sign-in
// the field still fails.
export function FieldPolicy(action: Action, subject: SubjectType, options: { refused?: 'null' } = {}): MethodDecorator {
  const policy: PolicyRequirement = { action, subject, ...(options.refused ? { refused: options.refused } : {}) };
  return (target, key, descriptor) => {
    const original = descriptor.value as unknown;
    if (typeof original !== 'function') throw new Error(`@FieldPolicy on ${String(key)}, which is not a method`);
    const resolver = original as Resolver;
    const where = `${target.constructor.name}.${String(key)}`;
    const guarded: Resolver = function (this: unknown, ...args: unknown[]): unknown {
      const auth = args.find(isFieldAuthorizationContext);
      if (!auth) {
        throw new DomainError(ErrorCode.AUTHZ_POLICY_MISSING, `${where} was called without its GraphQL context`);
      }
      if (policy.refused === 'null' && auth.authenticated && auth.ability && !auth.authError) {
        if (!auth.ability.can(policy.action, policy.subject)) return null;
      }
      assertPolicy(auth, policy);
      return resolver.apply(this, args);
    };
    // Decorators applied before this one (below it) wrote their metadata on the original.
    for (const metadataKey of Reflect.getMetadataKeys(resolver)) {
      Reflect.defineMetadata(metadataKey, Reflect.getMetadata(metadataKey, resolver), guarded);
    }
    Reflect.defineMetadata(POLICY_METADATA, policy, guarded);
    Reflect.defineMetadata(FIELD_POLICY_METADATA, policy, guarded);
    Object.defineProperty(guarded, 'name', { value: resolver.name });
    descriptor.value = guarded as typeof descriptor.value;
    return descriptor;
  };
}
