import { createRequire } from 'node:module';
import path from 'node:path';

import * as parser from '@typescript-eslint/parser';
import { RuleTester, type Rule } from 'eslint';

// The rule is plain CommonJS for ESLint's config loader; load it the way ESLint will.
const rule = createRequire(__filename)(
  path.join(__dirname, '..', '..', 'tools', 'eslint-rules', 'require-graphql-policy.cjs'),
) as Rule.RuleModule;

// RuleTester registers its cases with jest's describe/it.
const ruleTester = new RuleTester({ languageOptions: { parser } });

const graphqlImports = `
import { Args, Mutation, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { FieldPolicy, Policy, Public } from '@app/core/authz';
`;
const httpImports = `
import { Controller, Delete, Get, Patch, Post, Put } from '@nestjs/common';
import { Policy, Public } from '@app/core/authz';
`;

ruleTester.run('require-graphql-policy', rule, {
  valid: [
    {
      name: 'every kind of GraphQL handler with @Policy or @Public',
      code: `${graphqlImports}
@Resolver(() => User)
export class UsersResolver {
  @Mutation(() => AuthPayload)
  @Public()
  login(@Args('input') input: LoginInput) {}

  @Query(() => User)
  @Policy('read', 'User')
  user(@Args('id') id: string) {}

  @Subscription(() => User, { resolve: (v: User) => v })
  @Policy('read', 'User')
  userChanged() {}

  @ResolveField(() => [Membership])
  @FieldPolicy('read', 'Membership')
  memberships() {}
}`,
    },
    {
      name: 'access decorator written before the operation decorator',
      code: `${graphqlImports}
class R {
  @Policy('update', 'Organization')
  @Mutation(() => Organization)
  updateOrganization() {}
}`,
    },
    {
      name: 'HTTP routes of a controller with @Public or @Policy',
      code: `${httpImports}
@Controller('health')
export class HealthController {
  @Get('live') @Public() live() {}
  @Post('x') @Policy('create', 'User') create() {}
  @Put('x') @Policy('update', 'User') put() {}
  @Patch('x') @Policy('update', 'User') patch() {}
  @Delete('x') @Policy('delete', 'User') remove() {}
}`,
    },
    {
      name: 'methods without operation decorators (helpers, constructors) need nothing',
      code: `${graphqlImports}
@Resolver(() => User)
class R {
  constructor(private readonly service: Service) {}
  private helper() {}
  @Args() notAnOperation() {}
}`,
    },
    {
      name: 'Get/Post outside a @Controller class are not routes',
      code: `${httpImports}
class NotAController {
  @Get('x') notARoute() {}
}`,
    },
    {
      name: 'a Query decorator from another package is not a GraphQL operation',
      code: `
import { Query } from 'some-query-builder';
class Repository {
  @Query('SELECT 1') find() {}
}`,
    },
    {
      name: 'renamed and namespace imports of the access decorators',
      code: `
import * as gql from '@nestjs/graphql';
import { Query as GqlQuery } from '@nestjs/graphql';
import { Policy as RequirePolicy, Public as Open } from '@app/core/authz';
class R {
  @gql.Query(() => User) @RequirePolicy('read', 'User') a() {}
  @GqlQuery(() => User) @Open() b() {}
}`,
    },
    {
      name: 'class expressions are checked too',
      code: `${graphqlImports}
const R = class {
  @Query(() => User) @Policy('read', 'User') me() {}
};`,
    },
  ],
  invalid: [
    {
      name: '@Policy on a field resolver and @FieldPolicy on a query: neither is checked there',
      code: `${graphqlImports}
@Resolver(() => User)
export class UsersResolver {
  @ResolveField(() => [Membership]) @Policy('read', 'Membership') memberships() {}
  @Query(() => User) @FieldPolicy('read', 'User') me() {}
}`,
      errors: [
        {
          messageId: 'wrongKind',
          data: { kind: 'ResolveField', name: 'memberships', found: 'Policy', policy: 'FieldPolicy' },
        },
        { messageId: 'wrongKind', data: { kind: 'Query', name: 'me', found: 'FieldPolicy', policy: 'Policy' } },
      ],
    },
    {
      name: 'a query without any access decorator',
      code: `${graphqlImports}
@Resolver(() => User)
export class UsersResolver {
  @Query(() => User)
  user(@Args('id') id: string) {}
}`,
      errors: [{ messageId: 'missing', data: { kind: 'Query', name: 'user', policy: 'Policy' }, line: 8 }],
    },
    {
      name: 'mutation, subscription and field resolver without access, each reported',
      code: `${graphqlImports}
class R {
  @Mutation(() => User) createUser() {}
  @Subscription(() => User) userChanged() {}
  @ResolveField(() => [Membership]) memberships() {}
  @Query(() => User) @Policy('read', 'User') ok() {}
}`,
      errors: [
        { messageId: 'missing', data: { kind: 'Mutation', name: 'createUser', policy: 'Policy' } },
        { messageId: 'missing', data: { kind: 'Subscription', name: 'userChanged', policy: 'Policy' } },
        { messageId: 'missing', data: { kind: 'ResolveField', name: 'memberships', policy: 'FieldPolicy' } },
      ],
    },
    {
      name: 'HTTP routes of a controller without access',
      code: `${httpImports}
@Controller('x')
class C {
  @Get() list() {}
  @Post() create() {}
  @Put() put() {}
  @Patch() patch() {}
  @Delete() remove() {}
}`,
      errors: [
        { messageId: 'missing', data: { kind: 'GET route', name: 'list', policy: 'Policy' } },
        { messageId: 'missing', data: { kind: 'POST route', name: 'create', policy: 'Policy' } },
        { messageId: 'missing', data: { kind: 'PUT route', name: 'put', policy: 'Policy' } },
        { messageId: 'missing', data: { kind: 'PATCH route', name: 'patch', policy: 'Policy' } },
        { messageId: 'missing', data: { kind: 'DELETE route', name: 'remove', policy: 'Policy' } },
      ],
    },
    {
      name: '@Public without a call sets no metadata',
      code: `${graphqlImports}
class R {
  @Mutation(() => AuthPayload) @Public login() {}
}`,
      errors: [{ messageId: 'notCalled', data: { decorator: 'Public', name: 'login' } }],
    },
    {
      name: 'both @Public and @Policy: the policy would never be checked',
      code: `${graphqlImports}
class R {
  @Query(() => User) @Public() @Policy('read', 'User') me() {}
}`,
      errors: [{ messageId: 'both', data: { name: 'me' } }],
    },
    {
      name: 'renamed and namespace imports of the operation decorators are still operations',
      code: `
import * as gql from '@nestjs/graphql';
import { Mutation as GqlMutation } from '@nestjs/graphql';
import { Controller as Ctl, Get as HttpGet } from '@nestjs/common';
class R {
  @gql.Query(() => User) a() {}
  @GqlMutation(() => User) b() {}
}
@Ctl('c')
class C {
  @HttpGet() c() {}
}`,
      errors: [
        { messageId: 'missing', data: { kind: 'Query', name: 'a', policy: 'Policy' } },
        { messageId: 'missing', data: { kind: 'Mutation', name: 'b', policy: 'Policy' } },
        { messageId: 'missing', data: { kind: 'GET route', name: 'c', policy: 'Policy' } },
      ],
    },
    {
      name: 'an unrelated decorator does not count as an access declaration',
      code: `${graphqlImports}
import { UseInterceptors } from '@nestjs/common';
class R {
  @Query(() => User) @UseInterceptors(Logging) me() {}
}`,
      errors: [{ messageId: 'missing', data: { kind: 'Query', name: 'me', policy: 'Policy' } }],
    },
  ],
});
