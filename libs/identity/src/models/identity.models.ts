import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Role } from '@app/core/authz';

registerEnumType(Role, { name: 'Role', description: 'Role held through a membership.' });

@ObjectType('Membership', { description: "A user's role in one organisation." })
export class Membership {
  @Field(() => ID)
  id!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  endedAt!: Date | null;
}

@ObjectType('User', { description: 'A person who signs in to Brygga.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field()
  disabled!: boolean;

  @Field(() => Int, { description: 'Optimistic-concurrency version for updateUser.' })
  version!: number;
}

@ObjectType('Viewer', { description: 'The signed-in caller and the membership they act through.' })
export class Viewer {
  @Field(() => User)
  user!: User;

  @Field(() => Membership)
  membership!: Membership;

  @Field({
    description:
      'Whether the caller may set, lift and read legal holds (the admin, a KAA unit’s team lead): the same rule the legal-hold operations enforce, for the app’s menu.',
  })
  mayManageLegalHolds!: boolean;
}

@ObjectType('AuthPayload', { description: 'Tokens from a login or a refresh.' })
export class AuthPayload {
  @Field({ description: 'Bearer token for the Authorization header; short-lived.' })
  accessToken!: string;

  @Field(() => GraphQLISODateTime)
  accessTokenExpiresAt!: Date;

  @Field({ description: 'Single-use token that obtains the next access token; empty when it was set as a cookie.' })
  refreshToken!: string;

  @Field(() => GraphQLISODateTime)
  refreshTokenExpiresAt!: Date;

  @Field(() => Membership)
  membership!: Membership;
}

@ObjectType('OidcSignInOption', { description: 'Sign-in through the municipality’s OpenID Connect provider.' })
export class OidcSignInOption {
  @Field({ description: 'The provider’s name for the button ("Logga in med …").' })
  name!: string;

  @Field({ description: 'Where the browser goes to start (a full page navigation, not a fetch).' })
  startUrl!: string;
}

@ObjectType('SignInOptions', { description: 'How one can sign in here, for the sign-in page.' })
export class SignInOptions {
  @Field(() => OidcSignInOption, { nullable: true, description: 'Null when no provider is configured for sign-in.' })
  oidc!: OidcSignInOption | null;
}
