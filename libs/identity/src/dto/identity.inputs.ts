import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

import { Role } from '@app/core/authz';

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
export class RefreshAccessTokenInput {
  @Field()
  @IsString()
  @Length(20, 200)
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
