import type { ContextType } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';

import { DomainError, ErrorCode } from '@app/core/errors';
import { samplePolicySubject } from '@app/core/testing';
import { identityPolicy } from '@app/identity';
import { organizationsPolicy } from '@app/organizations';

import { buildAbility } from './ability';
import { Policy, Public } from './policy.decorator';
import { PolicyGuard, type AuthorizationContext } from './policy.guard';
import { Role } from './role';

// Handlers carry the real metadata written by the real decorators; the guard reads it with
// the real Reflector, so a change in either the decorators or the guard shows here.
class SampleResolver {
  @Public()
  login(): string {
    return 'public';
  }

  @Policy('create', 'Organization')
  createOrganization(): string {
    return 'admin only';
  }

  @Policy('read', 'Organization')
  organizations(): string {
    return 'everyone signed in';
  }

  @Policy('read', 'AuditEvent')
  auditEvents(): string {
    return 'log reviewer only';
  }

  @Policy('read', 'AuditEvent', { oneRecord: true })
  auditEvent(): string {
    return 'log reviewer only, one record by id';
  }

  // Neither @Policy nor @Public: must be refused for everyone.
  undeclared(): string {
    return 'forgotten';
  }
}

type Handler = keyof SampleResolver;

const contributors = [organizationsPolicy, identityPolicy];

// What the context factory builds for a signed-in caller: the real CASL ability of that role.
function signedIn(role: Role): AuthorizationContext {
  return { ability: buildAbility(samplePolicySubject(role), contributors), authenticated: true };
}

function anonymous(): AuthorizationContext {
  return { ability: buildAbility(undefined, contributors), authenticated: false };
}

// GraphQL resolvers receive (root, args, context, info); HTTP handlers (req, res, next) with the
// authorisation fields on the request.
function executionContext(handler: Handler, auth: AuthorizationContext, type: ContextType | 'graphql' = 'graphql') {
  // The bare function is what Nest hands the guard as the handler; its metadata is the point.

  const method = SampleResolver.prototype[handler];
  const args = type === 'graphql' ? [undefined, {}, auth, {}] : [auth, {}, () => undefined];
  const context = new ExecutionContextHost(args, SampleResolver, method);
  context.setType(type);
  return context;
}

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the guard to refuse');
}

describe('PolicyGuard', () => {
  const guard = new PolicyGuard(new Reflector());

  it('lets a @Public handler through without a principal, in GraphQL and over HTTP', () => {
    expect(guard.canActivate(executionContext('login', anonymous()))).toBe(true);
    expect(guard.canActivate(executionContext('login', {}, 'http'))).toBe(true);
  });

  it('does not let a broken token stop a @Public handler (login must still work)', () => {
    const auth: AuthorizationContext = {
      ...anonymous(),
      authError: new DomainError(ErrorCode.AUTH_TOKEN_EXPIRED, 'expired'),
    };
    expect(guard.canActivate(executionContext('login', auth))).toBe(true);
  });

  it('fails closed on a handler with neither @Policy nor @Public, even for an admin', () => {
    for (const type of ['graphql', 'http'] as const) {
      const error = refusal(() => guard.canActivate(executionContext('undeclared', signedIn(Role.ADMIN), type)));
      expect(error.code).toBe(ErrorCode.AUTHZ_POLICY_MISSING);
      expect(error.message).toContain('SampleResolver.undeclared');
    }
  });

  it('requires authentication for a @Policy handler', () => {
    expect(refusal(() => guard.canActivate(executionContext('organizations', anonymous()))).code).toBe(
      ErrorCode.AUTH_UNAUTHENTICATED,
    );
    // An ability alone is not enough: the context must say the caller is authenticated.
    const unauthenticatedWithAbility = { ...signedIn(Role.ADMIN), authenticated: false };
    expect(refusal(() => guard.canActivate(executionContext('organizations', unauthenticatedWithAbility))).code).toBe(
      ErrorCode.AUTH_UNAUTHENTICATED,
    );
    // Nor is the flag without an ability.
    expect(refusal(() => guard.canActivate(executionContext('organizations', { authenticated: true }))).code).toBe(
      ErrorCode.AUTH_UNAUTHENTICATED,
    );
    expect(refusal(() => guard.canActivate(executionContext('organizations', {}, 'http'))).code).toBe(
      ErrorCode.AUTH_UNAUTHENTICATED,
    );
  });

  it('reports the context’s authentication error when the token was rejected', () => {
    const expired = new DomainError(ErrorCode.AUTH_TOKEN_EXPIRED, 'The access token has expired');
    const error = refusal(() =>
      guard.canActivate(executionContext('organizations', { ...anonymous(), authError: expired })),
    );
    expect(error).toBe(expired);
  });

  it('refuses with FORBIDDEN when the role’s ability lacks the action on the subject type', () => {
    expect(
      refusal(() => guard.canActivate(executionContext('createOrganization', signedIn(Role.COORDINATOR)))).code,
    ).toBe(ErrorCode.FORBIDDEN);
    expect(refusal(() => guard.canActivate(executionContext('auditEvents', signedIn(Role.ADMIN)))).code).toBe(
      ErrorCode.FORBIDDEN,
    );
    expect(
      refusal(() => guard.canActivate(executionContext('createOrganization', signedIn(Role.TEAM_LEAD), 'http'))).code,
    ).toBe(ErrorCode.FORBIDDEN);
  });

  it('answers a read of one record by id that the role may not make at all with NOT_FOUND, as for a hidden row', () => {
    for (const type of ['graphql', 'http'] as const) {
      const error = refusal(() => guard.canActivate(executionContext('auditEvent', signedIn(Role.ADMIN), type)));
      // The very error a service gives for a row that is missing or not the caller's to see.
      expect({ code: error.code, message: error.message, details: error.details }).toEqual({
        code: ErrorCode.NOT_FOUND,
        message: 'AuditEvent not found',
        details: { subjectType: 'AuditEvent' },
      });
    }
    // Authentication is still reported as such, and the allowed role passes.
    expect(refusal(() => guard.canActivate(executionContext('auditEvent', anonymous()))).code).toBe(
      ErrorCode.AUTH_UNAUTHENTICATED,
    );
    expect(guard.canActivate(executionContext('auditEvent', signedIn(Role.LOG_REVIEWER)))).toBe(true);
  });

  it('allows when the role’s ability has the action on the subject type', () => {
    expect(guard.canActivate(executionContext('createOrganization', signedIn(Role.ADMIN)))).toBe(true);
    expect(guard.canActivate(executionContext('auditEvents', signedIn(Role.LOG_REVIEWER)))).toBe(true);
    expect(guard.canActivate(executionContext('organizations', signedIn(Role.LEADERSHIP), 'http'))).toBe(true);
    for (const role of Object.values(Role)) {
      expect(guard.canActivate(executionContext('organizations', signedIn(role)))).toBe(true);
    }
  });
});
