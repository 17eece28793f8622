import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { InformationCategory, LegalGround, ReferralDirection, ReferralStatus } from '../referrals.enums';

registerEnumType(LegalGround, { name: 'LegalGround', description: 'The legal ground of sharing information.' });
registerEnumType(ReferralStatus, { name: 'ReferralStatus' });
registerEnumType(ReferralDirection, { name: 'ReferralDirection' });

@ObjectType('Referral', { description: 'A referral of a young person to a partner organisation (remiss).' })
export class Referral {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  youngPersonId!: string;

  @Field(() => ID)
  fromOrganizationId!: string;

  @Field(() => ID)
  sentById!: string;

  @Field(() => ID)
  toOrganizationId!: string;

  @Field()
  purpose!: string;

  @Field(() => [InformationCategory])
  categories!: InformationCategory[];

  @Field(() => [String], { description: 'Codes of the municipality’s own categories.' })
  otherCategories!: string[];

  @Field(() => LegalGround)
  legalGround!: LegalGround;

  @Field(() => ID, { nullable: true })
  consentId!: string | null;

  @Field(() => String, { nullable: true })
  provisionReference!: string | null;

  @Field(() => ReferralStatus)
  status!: ReferralStatus;

  @Field(() => GraphQLISODateTime)
  sentAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  answeredAt!: Date | null;

  @Field(() => ID, { nullable: true })
  answeredById!: string | null;

  @Field(() => String, { nullable: true })
  declineReason!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  doneAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('Disclosure', { description: 'A sharing of a young person’s information, with its legal ground.' })
export class Disclosure {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  youngPersonId!: string;

  @Field(() => ID)
  fromOrganizationId!: string;

  @Field(() => ID)
  disclosedById!: string;

  @Field(() => ID, { nullable: true })
  recipientOrganizationId!: string | null;

  @Field(() => String, { nullable: true })
  recipientDescription!: string | null;

  @Field(() => [InformationCategory])
  categories!: InformationCategory[];

  @Field(() => [String], { description: 'Codes of the municipality’s own categories.' })
  otherCategories!: string[];

  @Field(() => LegalGround)
  legalGround!: LegalGround;

  @Field(() => ID, { nullable: true })
  consentId!: string | null;

  @Field(() => String, { nullable: true })
  provisionReference!: string | null;

  @Field(() => ID, { nullable: true })
  referralId!: string | null;

  @Field(() => GraphQLISODateTime)
  disclosedAt!: Date;
}
