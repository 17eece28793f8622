import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';

import { OtherCategoriesField } from '@app/consents';
import { IsReason, PageArgs } from '@app/core/graphql';

import { InformationCategory, LegalGround, ReferralDirection, ReferralStatus } from '../referrals.enums';

// What is shared and on which ground; shared by referrals and hand-recorded disclosures.
@InputType({ isAbstract: true })
export class SharingInput {
  @Field(() => ID)
  @IsUUID()
  youngPersonId!: string;

  @Field(() => [InformationCategory], { description: 'The information that goes with it.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsEnum(InformationCategory, { each: true })
  categories!: InformationCategory[];

  @OtherCategoriesField()
  otherCategories?: string[];

  @Field(() => LegalGround)
  @IsEnum(LegalGround)
  legalGround!: LegalGround;

  @Field(() => ID, { nullable: true, description: 'Required when the ground is CONSENT: the consent relied on.' })
  @IsOptional()
  @IsUUID()
  consentId?: string;

  @Field({
    nullable: true,
    description: 'The provision relied on (required for OTHER_PROVISION), e.g. "OSL 10 kap. 2 §": law and section.',
  })
  @IsOptional()
  @IsReason({ max: 200 })
  provisionReference?: string;
}

@InputType()
export class SendReferralInput extends SharingInput {
  @Field(() => ID, { description: 'The partner organisation the young person is referred to.' })
  @IsUUID()
  toOrganizationId!: string;

  @Field({ description: 'What the referral asks for (at least two different words).' })
  @IsReason({ max: 1000 })
  purpose!: string;
}

@InputType()
export class RecordDisclosureInput extends SharingInput {
  @Field(() => ID, { nullable: true, description: 'The recipient, when it is an organisation in Brygga.' })
  @IsOptional()
  @IsUUID()
  recipientOrganizationId?: string;

  @Field({ nullable: true, description: 'The recipient outside Brygga (required without an organisation).' })
  @IsOptional()
  @Length(1, 200)
  recipientDescription?: string;
}

@InputType()
export class DeclineReferralInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ description: 'Why the organisation declines (at least two different words).' })
  @IsReason({ max: 1000 })
  reason!: string;
}

@ArgsType()
export class ReferralsArgs extends PageArgs {
  @Field(() => ReferralDirection, { description: 'Sent by the caller’s organisation, or received by it.' })
  @IsEnum(ReferralDirection)
  direction!: ReferralDirection;

  @Field(() => ReferralStatus, { nullable: true, description: 'REQUESTED: the unanswered ones.' })
  @IsOptional()
  @IsEnum(ReferralStatus)
  status?: ReferralStatus;
}
