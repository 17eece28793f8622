import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

import { Role } from '@app/core/authz';
import { ErrorCode } from '@app/core/errors';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  password!: string;

  @Field(() => ID, { nullable: true, description: 'Organisation to act for; defaults to the first membership.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

@InputType()
export class SwitchMembershipInput {
  @Field(() => ID, { description: 'The organisation of another active membership of the signed-in user.' })
  @IsUUID()
  organizationId!: string;
}

// Any text that is not a refresh token we issued answers AUTH_REFRESH_TOKEN_INVALID, whatever
// its length: an access token sent by mistake, an empty string, a truncated copy. The bound only
// keeps oversized input from being hashed and looked up (ours are 43 characters).
const REFRESH_TOKEN_MAX_LENGTH = 1_000;
const refreshTokenRule = {
  context: { code: ErrorCode.AUTH_REFRESH_TOKEN_INVALID },
  message: 'The refresh token is not valid; sign in again',
};

@InputType()
export class RefreshAccessTokenInput {
  @Field()
  @IsString(refreshTokenRule)
  @Length(1, REFRESH_TOKEN_MAX_LENGTH, refreshTokenRule)
  refreshToken!: string;
}

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @Field()
  @Length(1, 200)
  displayName!: string;

  @Field({ nullable: true, description: 'Omit for users who sign in through the identity provider only.' })
  @IsOptional()
  @Length(12, 200)
  password?: string;

  @Field({ nullable: true, description: 'Value of the identity-provider claim that identifies this user.' })
  @IsOptional()
  @Length(1, 300)
  externalSubject?: string;
}

@InputType()
export class AddMembershipInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => ID)
  @IsUUID()
  organizationId!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;
}
