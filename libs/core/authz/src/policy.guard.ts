import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';

import { DomainError, ErrorCode, notFound } from '@app/core/errors';

import type { AppAbility } from './ability';
import { POLICY_METADATA, PolicyRequirement, PUBLIC_METADATA } from './policy.decorator';

// What the guard needs from the request context; the GraphQL context and the HTTP request
// both carry it (set by the context factory and the auth middleware).
export interface AuthorizationContext {
  ability?: AppAbility;
  authenticated?: boolean;
  authError?: DomainError;
}

// The one check of a policy against a caller, for root operations (PolicyGuard) and field
// resolvers (FieldPolicy) alike.
export function assertPolicy(auth: AuthorizationContext, policy: PolicyRequirement): void {
  if (auth.authError) throw auth.authError;
  if (!auth.authenticated || !auth.ability) {
    throw new DomainError(ErrorCode.AUTH_UNAUTHENTICATED, 'Not signed in or the token is not valid');
  }
  if (!auth.ability.can(policy.action, policy.subject)) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Not allowed');
  }
}

// Global guard, deny by default: a handler with neither @Policy nor @Public is refused, a
// policy needs an authenticated principal whose ability allows the action on the subject type
// (FORBIDDEN otherwise, or NOT_FOUND for a read of one record by id).
// It guards root operations and HTTP routes; field resolvers check their own @FieldPolicy.
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const handler = context.getHandler();
    if (this.reflector.get<boolean | undefined>(PUBLIC_METADATA, handler) === true) return true;
    const policy = this.reflector.get<PolicyRequirement | undefined>(POLICY_METADATA, handler);
    if (!policy) {
      throw new DomainError(
        ErrorCode.AUTHZ_POLICY_MISSING,
        `${context.getClass().name}.${handler.name} declares no policy and is refused`,
      );
    }
    try {
      assertPolicy(this.authorizationContext(context), policy);
    } catch (error) {
      // A read of one record by id: a type the role may not read at all answers as a row it may
      // not see (or one that does not exist), so "not yours to see" has one answer whichever
      // layer decides it. Mutations and lists keep FORBIDDEN: it names an operation the role may
      // not perform and says nothing about any record.
      if (policy.oneRecord && error instanceof DomainError && error.code === ErrorCode.FORBIDDEN) {
        throw notFound(policy.subject);
      }
      throw error;
    }
    return true;
  }

  private authorizationContext(context: ExecutionContext): AuthorizationContext {
    if (context.getType<GqlContextType>() === 'graphql') {
      return GqlExecutionContext.create(context).getContext<AuthorizationContext>();
    }
    return context.switchToHttp().getRequest<AuthorizationContext>();
  }
}
