import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

import { AccessGround } from '@app/core/audit';

import { OwnConsentStatus, RectificationField, RectificationStatus, SelfServiceActorKind } from '../self-service.enums';

@ObjectType({ description: 'A record the signed-in young person or guardian may see in the own view.' })
export class OwnRecord {
  @Field(() => ID)
  id!: string;

  @Field()
  givenName!: string;

  @Field()
  familyName!: string;
}

@ObjectType({ description: 'A session of the own view: a short-lived access token and what it may see.' })
export class SelfServiceSession {
  @Field()
  accessToken!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => SelfServiceActorKind)
  actor!: SelfServiceActorKind;

  @Field(() => [OwnRecord])
  records!: OwnRecord[];
}

@ObjectType({ description: 'Who to contact: the responsible coordinator (contact person) and their unit.' })
export class OwnContact {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  organization!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Not stored for staff today; always null.' })
  phone!: string | null;
}

@ObjectType()
export class OwnPlanGoal {
  @Field()
  description!: string;
}

@ObjectType()
export class OwnPlanAction {
  @Field()
  description!: string;

  @Field(() => String, { nullable: true, description: 'The organisation responsible for the action.' })
  organization!: string | null;

  @Field(() => String, { nullable: true })
  dueOn!: string | null;

  @Field(() => String, { nullable: true })
  status!: string | null;
}

@ObjectType({ description: 'One of the young person’s plans, in the parts the young person recognises.' })
export class OwnPlan {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  status!: string;

  @Field()
  developmentArea!: string;

  @Field(() => String, { nullable: true })
  leadOrganization!: string | null;

  @Field(() => String, { nullable: true })
  leadPerson!: string | null;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => [OwnPlanGoal])
  goals!: OwnPlanGoal[];

  @Field(() => [OwnPlanAction])
  actions!: OwnPlanAction[];
}

@ObjectType({ description: 'The young person’s contact person first, then their plans (current first).' })
export class OwnPlans {
  @Field(() => OwnContact, { nullable: true })
  contactPerson!: OwnContact | null;

  @Field(() => [OwnPlan])
  plans!: OwnPlan[];
}

@ObjectType({ description: 'A consent of the young person, as the own view shows it.' })
export class OwnConsent {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Who the information may be shared with.' })
  recipientOrganization!: string;

  @Field(() => [String], { description: 'Information category codes (and the municipality’s own).' })
  categories!: string[];

  @Field()
  purpose!: string;

  @Field()
  givenBy!: string;

  @Field()
  validFrom!: string;

  @Field()
  validTo!: string;

  @Field(() => OwnConsentStatus)
  status!: OwnConsentStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  withdrawnAt!: Date | null;
}

@ObjectType({ description: 'One read of the record: who, when and on which ground.' })
export class OwnAccessEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The reader’s name; null for a read in the own view (readerKind says whose).',
  })
  readerName!: string | null;

  @Field(() => String, { nullable: true })
  organization!: string | null;

  @Field({ description: 'STAFF, or YOUNG_PERSON / GUARDIAN for reads in the own view.' })
  readerKind!: string;

  @Field()
  role!: string;

  @Field(() => AccessGround)
  ground!: AccessGround;

  @Field(() => [String])
  categories!: string[];
}

@ObjectType({ description: 'A request to correct the record (GDPR art. 16) and its handling.' })
export class RectificationRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  youngPersonId!: string;

  @Field(() => RectificationField)
  field!: RectificationField;

  @Field()
  text!: string;

  @Field(() => SelfServiceActorKind)
  requestedBy!: SelfServiceActorKind;

  @Field(() => RectificationStatus)
  status!: RectificationStatus;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who decided (name).' })
  decidedByName!: string | null;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;
}
