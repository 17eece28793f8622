import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';

import { Role } from '@app/core/authz';
import { ErrorCode } from '@app/core/errors';
import { PageArgs } from '@app/core/graphql';

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

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on; a stale one is a CONFLICT.' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  displayName?: string;

  @Field({ nullable: true, description: 'The new login name; stored lower-cased.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string;
}

@InputType()
export class SetUserDisabledInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ description: 'True disables the user (no sign-in, refresh tokens revoked); false enables them again.' })
  @IsBoolean()
  disabled!: boolean;
}

export const USER_SEARCH_MAX_LENGTH = 100;

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: `Part of the name, anywhere in it: any case, and é as e, ü as u (but å, ä and ö are letters of their own, as in Swedish; æ and ø count as ä and ö). Blank or absent lists everyone. At most ${USER_SEARCH_MAX_LENGTH} characters.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(USER_SEARCH_MAX_LENGTH)
  search?: string;
}
