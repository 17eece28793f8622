import { ResolveField, Resolver } from '@nestjs/graphql';

import { DomainError, ErrorCode } from '@app/core/errors';
import { samplePolicySubject } from '@app/core/testing';
import { identityPolicy } from '@app/identity';
import { organizationsPolicy } from '@app/organizations';

import { buildAbility } from './ability';
import {
  AUTHORIZATION_CONTEXT,
  FIELD_POLICY_METADATA,
  FieldPolicy,
  type FieldAuthorizationContext,
} from './field-policy.decorator';
import { POLICY_METADATA } from './policy.decorator';
import { Role } from './role';

class Organization {
  name = 'Skolan';
}

// The decorators in the order the resolvers use them, and in the other order: the wrapper must
// end up carrying Nest's field metadata either way.
@Resolver(() => Organization)
class SampleFieldResolver {
  readonly calls: unknown[][] = [];

  @ResolveField(() => String)
  @FieldPolicy('read', 'Organization')
  name(parent: Organization, _args: unknown, ctx: FieldAuthorizationContext): string {
    this.calls.push([parent, ctx]);
    return parent.name;
  }

  @FieldPolicy('read', 'AuditEvent')
  @ResolveField(() => String)
  auditTrail(_parent: Organization, _args: unknown, _ctx: FieldAuthorizationContext): string {
    return 'log reviewer only';
  }

  // Nest's parameter resolution hands the context at another position.
  @ResolveField(() => String)
  @FieldPolicy('read', 'Organization')
  reordered(ctx: FieldAuthorizationContext, parent: Organization): string {
    return `${parent.name}:${ctx.authenticated}`;
  }
}

const contributors = [organizationsPolicy, identityPolicy];

function signedIn(role: Role): FieldAuthorizationContext {
  return {
    [AUTHORIZATION_CONTEXT]: true,
    ability: buildAbility(samplePolicySubject(role), contributors),
    authenticated: true,
  };
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'allowed';
}

describe('FieldPolicy', () => {
  const resolver = new SampleFieldResolver();
  const parent = new Organization();

  it('calls the resolver, with its instance and arguments, when the policy allows', () => {
    const ctx = signedIn(Role.COORDINATOR);
    expect(resolver.name(parent, {}, ctx)).toBe('Skolan');
    expect(resolver.calls).toEqual([[parent, ctx]]);
    expect(resolver.reordered(ctx, parent)).toBe('Skolan:true');
  });

  it('refuses as the guard does: the token error, then sign-in, then the ability', () => {
    const expired = new DomainError(ErrorCode.AUTH_TOKEN_EXPIRED, 'expired');
    const anonymous: FieldAuthorizationContext = {
      [AUTHORIZATION_CONTEXT]: true,
      ability: buildAbility(undefined, contributors),
      authenticated: false,
    };
    expect(refusal(() => resolver.name(parent, {}, { ...anonymous, authError: expired }))).toBe(
      ErrorCode.AUTH_TOKEN_EXPIRED,
    );
    expect(refusal(() => resolver.name(parent, {}, anonymous))).toBe(ErrorCode.AUTH_UNAUTHENTICATED);
    expect(refusal(() => resolver.auditTrail(parent, {}, signedIn(Role.COORDINATOR)))).toBe(ErrorCode.FORBIDDEN);
    expect(refusal(() => resolver.auditTrail(parent, {}, signedIn(Role.LOG_REVIEWER)))).toBe('allowed');
  });

  it('fails closed when no GraphQL context is among the arguments', () => {
    const lookalike = { ability: signedIn(Role.ADMIN).ability, authenticated: true };
    expect(refusal(() => resolver.name(parent, {}, lookalike as unknown as FieldAuthorizationContext))).toBe(
      ErrorCode.AUTHZ_POLICY_MISSING,
    );
  });

  it('keeps the field metadata of Nest and declares the policy, whichever decorator runs first', () => {
    for (const method of [SampleFieldResolver.prototype.name, SampleFieldResolver.prototype.auditTrail]) {
      expect(Reflect.getMetadata('graphql:resolve_property', method)).toBe(true);
      expect(Reflect.getMetadata(FIELD_POLICY_METADATA, method)).toEqual(Reflect.getMetadata(POLICY_METADATA, method));
    }
    expect(Reflect.getMetadata(POLICY_METADATA, SampleFieldResolver.prototype.auditTrail)).toEqual({
      action: 'read',
      subject: 'AuditEvent',
    });
  });
});
