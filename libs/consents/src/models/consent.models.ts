import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ConsentForm, ConsentGiver, ConsentStatus, InformationCategory } from '../consents.enums';

// InformationCategory is registered with the young person's models (young-people), which this
// library builds on.
registerEnumType(ConsentGiver, { name: 'ConsentGiver' });
registerEnumType(ConsentForm, { name: 'ConsentForm' });
registerEnumType(ConsentStatus, { name: 'ConsentStatus', description: 'What a consent means today.' });

@ObjectType('Consent', { description: 'A consent to share categories of information with one organisation.' })
export class Consent {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  youngPersonId!: string;

  @Field(() => ID)
  recipientOrganizationId!: string;

  @Field(() => [InformationCategory])
  categories!: InformationCategory[];

  @Field(() => [String], { description: 'Codes of the municipality’s own categories.' })
  otherCategories!: string[];

  @Field()
  purpose!: string;

  @Field(() => ConsentGiver)
  givenBy!: ConsentGiver;

  @Field(() => String, { nullable: true })
  guardianName!: string | null;

  @Field(() => String, { nullable: true })
  maturityAssessment!: string | null;

  @Field(() => ConsentForm)
  form!: ConsentForm;

  @Field(() => String, { nullable: true })
  documentReference!: string | null;

  @Field(() => ID, { description: 'Who recorded (for an oral consent: documented) it.' })
  documentedById!: string;

  @Field(() => GraphQLISODateTime)
  documentedAt!: Date;

  @Field()
  validFrom!: string;

  @Field({ description: 'The last valid day.' })
  validTo!: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  withdrawnAt!: Date | null;

  @Field(() => ID, { nullable: true })
  withdrawnById!: string | null;

  @Field(() => ID, { nullable: true, description: 'The earlier version this one replaced.' })
  replacesId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The newer version that replaced this one.' })
  replacedById!: string | null;

  @Field(() => ConsentStatus)
  status!: ConsentStatus;
}

@ObjectType('ConsentRefusal', { description: 'A category the young person withholds from one organisation.' })
export class ConsentRefusal {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  youngPersonId!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => InformationCategory)
  category!: InformationCategory;

  @Field(() => ID)
  recordedById!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  liftedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  liftedById!: string | null;

  @Field({ description: 'Whether it is in force.' })
  active!: boolean;
}

@ObjectType('InformationCategoryDefinition', { description: 'A category the municipality adds to the built-in ones.' })
export class InformationCategoryDefinition {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  retiredAt!: Date | null;
}
