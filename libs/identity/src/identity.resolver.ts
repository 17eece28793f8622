import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Policy, Public, FieldPolicy } from '@app/core/authz';
import { AppConfig } from '@app/core/config';
import { DomainError, ErrorCode } from '@app/core/errors';
import { callerOf, Connection, type GraphqlContext, IdArg, type NoArgs, OwnTransaction } from '@app/core/graphql';
import {
  Organization,
  organizationByIdLoader,
  organizationNameById,
  OrganizationsRepository,
  toOrganization,
} from '@app/organizations';

import { AuthService, IssuedTokens } from './auth.service';
import {
  AddMembershipInput,
  CreateUserInput,
  LoginInput,
  RefreshAccessTokenInput,
  SetUserDisabledInput,
  SwitchMembershipInput,
  UpdateUserInput,
  UsersArgs,
} from './dto/identity.inputs';
import { membershipsByUserLoader } from './identity.loaders';
import { IdentityRepository } from './identity.repository';
import { toMembership, toUser } from './models/identity.mapper';
import { AuthPayload, Membership, SignInOptions, User, Viewer } from './models/identity.models';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie, wantsCookieSession } from './session-cookie';
import { UsersService } from './users.service';

const UserConnection = Connection(User, 'UserConnection');
type UserConnection = InstanceType<typeof UserConnection>;

function toAuthPayload(issued: IssuedTokens): AuthPayload {
  return Object.assign(new AuthPayload(), { ...issued, membership: toMembership(issued.membership) });
}

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly usersService: UsersService,
    private readonly auth: AuthService,
    private readonly repository: IdentityRepository,
    private readonly config: AppConfig,
  ) {}

  @Mutation(() => AuthPayload, {
    description:
      'Sign in with e-mail and password. With the header `X-Brygga-Session: cookie` (the web app) the refresh token is set as an httpOnly cookie and `refreshToken` is empty.',
  })
  @Public()
  @OwnTransaction()
  async login(@Args('input') input: LoginInput, @Context() ctx: GraphqlContext): Promise<AuthPayload> {
    const issued = await this.auth.login(input.email, input.password, input.organizationId, ctx.clientAddress);
    return this.deliver(issued, ctx);
  }

  @Mutation(() => AuthPayload, {
    description:
      'The web app: exchange the refresh cookie (once) for new tokens and the next cookie; needs the header `X-Brygga-Session: cookie`.',
  })
  @Public()
  async refreshSession(@Context() ctx: GraphqlContext): Promise<AuthPayload> {
    const token = wantsCookieSession(ctx.req) ? readRefreshCookie(ctx.req) : undefined;
    if (!token) {
      throw new DomainError(ErrorCode.AUTH_REFRESH_TOKEN_INVALID, 'The refresh token is not valid; sign in again');
    }
    try {
      return this.deliver(await this.auth.refresh(token), ctx);
    } catch (error) {
      // A used, revoked or expired cookie is of no further use; the browser drops it.
      if (ctx.req && error instanceof DomainError) clearRefreshCookie(ctx.req, this.config.production);
      throw error;
    }
  }

  @Mutation(() => AuthPayload, { description: 'Exchange a refresh token (once) for new tokens.' })
  @Public()
  async refreshAccessToken(@Args('input') input: RefreshAccessTokenInput): Promise<AuthPayload> {
    return toAuthPayload(await this.auth.refresh(input.refreshToken));
  }

  @Mutation(() => Boolean, { description: 'Revoke the refresh tokens of the current membership.' })
  @Policy('read', 'User')
  async logout(@Context() ctx: GraphqlContext): Promise<boolean> {
    await this.auth.logout(callerOf(ctx).principal);
    if (ctx.req && readRefreshCookie(ctx.req)) clearRefreshCookie(ctx.req, this.config.production);
    return true;
  }

  @Mutation(() => AuthPayload, {
    description:
      'Continue the session in another active membership of the signed-in user: tokens for it (with `X-Brygga-Session: cookie`, a new refresh cookie); the current membership’s refresh tokens are revoked.',
  })
  @Policy('read', 'User')
  async switchMembership(
    @Args('input') input: SwitchMembershipInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AuthPayload> {
    return this.deliver(await this.auth.switchMembership(callerOf(ctx).principal, input.organizationId), ctx);
  }

  @Query(() => SignInOptions, {
    description: 'How one can sign in (the sign-in page asks before anyone is signed in).',
  })
  @Public()
  signInOptions(): SignInOptions {
    const oidc = this.config.oidcSignIn;
    return { oidc: oidc ? { name: oidc.displayName, startUrl: '/auth/oidc/start' } : null };
  }

  // Integrations get both tokens in the body; the web app gets the refresh token as a cookie
  // only, so no script on the page can read it.
  private deliver(issued: IssuedTokens, ctx: GraphqlContext): AuthPayload {
    if (!ctx.req || !wantsCookieSession(ctx.req)) return toAuthPayload(issued);
    setRefreshCookie(ctx.req, issued.refreshToken, issued.refreshTokenExpiresAt, this.config.production);
    return toAuthPayload({ ...issued, refreshToken: '' });
  }

  @Query(() => Viewer, { description: 'The signed-in caller.' })
  @Policy('read', 'User')
  async me(@Context() ctx: GraphqlContext): Promise<Viewer> {
    const { principal, ability } = callerOf(ctx);
    const [user, membership] = await Promise.all([
      this.usersService.get(ability, principal.userId),
      this.usersService.membership(ability, principal.membershipId),
    ]);
    return Object.assign(new Viewer(), {
      user: toUser(user),
      membership: toMembership(membership),
      // Asked of the caller's own ability for the type (CASL: true when any rule grants it,
      // conditions aside), so the app's menu follows the retention policy without a copy of it.
      mayManageLegalHolds: ability.can('create', 'LegalHold'),
    });
  }

  @Query(() => User, { description: 'A user the caller may see.' })
  @Policy('read', 'User', { oneRecord: true })
  async user(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<User> {
    return toUser(await this.usersService.get(ctx.ability, id));
  }

  @Query(() => UserConnection, {
    description: 'Users the caller may see, by name; `search` keeps those whose name contains it.',
  })
  @Policy('read', 'User')
  async users(@Args() args: UsersArgs, @Context() ctx: GraphqlContext): Promise<UserConnection> {
    const page = await this.usersService.list(ctx.ability, args);
    return { ...page, nodes: page.nodes.map(toUser) };
  }

  @Mutation(() => User, { description: 'Create a user in the municipality (admin).' })
  @Policy('create', 'User')
  async createUser(@Args('input') input: CreateUserInput, @Context() ctx: GraphqlContext): Promise<User> {
    return toUser(await this.usersService.create(callerOf(ctx), input));
  }

  @Mutation(() => User, {
    description: 'Change a user’s name or e-mail (admin). Optimistic concurrency on `version`.',
  })
  @Policy('update', 'User')
  async updateUser(@Args('input') input: UpdateUserInput, @Context() ctx: GraphqlContext): Promise<User> {
    return toUser(await this.usersService.update(callerOf(ctx), input));
  }

  @Mutation(() => User, {
    description:
      'Disable a user (admin): no sign-in, running sessions refused at their next request, refresh tokens revoked; or enable them again. Not oneself.',
  })
  @Policy('update', 'User')
  async setUserDisabled(@Args('input') input: SetUserDisabledInput, @Context() ctx: GraphqlContext): Promise<User> {
    return toUser(await this.usersService.setDisabled(callerOf(ctx), input));
  }

  @Mutation(() => Membership, { description: 'Give a user a role in an organisation (admin).' })
  @Policy('create', 'Membership')
  async addMembership(@Args('input') input: AddMembershipInput, @Context() ctx: GraphqlContext): Promise<Membership> {
    return toMembership(await this.usersService.addMembership(callerOf(ctx), input));
  }

  @Mutation(() => Membership, {
    description: 'End a membership at once (admin): its access ends with its next request. Kept for the record.',
  })
  @Policy('update', 'Membership')
  async endMembership(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<Membership> {
    return toMembership(await this.usersService.endMembership(callerOf(ctx), id));
  }

  @ResolveField(() => [Membership], { description: 'Memberships of this user that the caller may see.' })
  @FieldPolicy('read', 'Membership')
  async memberships(user: User, _args: NoArgs, ctx: GraphqlContext): Promise<Membership[]> {
    const rows = await membershipsByUserLoader(ctx.loaders, ctx.ability, this.repository).load(user.id);
    return rows.map(toMembership);
  }
}

@Resolver(() => Membership)
export class MembershipsResolver {
  constructor(private readonly organizations: OrganizationsRepository) {}

  @ResolveField(() => Organization, { nullable: true, description: 'Null when the caller may not see it.' })
  @FieldPolicy('read', 'Organization')
  async organization(membership: Membership, _args: NoArgs, ctx: GraphqlContext): Promise<Organization | null> {
    const row = await organizationByIdLoader(ctx.loaders, ctx.ability, this.organizations).load(
      membership.organizationId,
    );
    return row ? toOrganization(row) : null;
  }

  // The organisation by name alone: a scalar, so a page of users with their roles names each
  // role's organisation within the api's cost limit (an object per membership would not fit),
  // and the administrator's pages need no list of the first 100 organisations (issue 15).
  @ResolveField('organizationName', () => String, {
    nullable: true,
    description: 'The organisation’s name; null when the caller may not see it.',
  })
  @FieldPolicy('read', 'Organization', { refused: 'null' })
  organizationName(membership: Membership, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    return organizationNameById(ctx.loaders, ctx.ability, this.organizations, membership.organizationId);
  }
}
