import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { HandOverDirection, HandOverStatus } from '../young-people.enums';
import { YoungPerson } from './young-person.models';

registerEnumType(HandOverStatus, { name: 'HandOverStatus' });
registerEnumType(HandOverDirection, { name: 'HandOverDirection' });

@ObjectType('HandOverPerson', {
  description: 'Who is handed over (until received; then the receiver’s record holds it).',
})
export class HandOverPerson {
  @Field()
  personalIdentityNumber!: string;

  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field()
  dateOfBirth!: string;

  @Field()
  protectedIdentity!: boolean;
}

@ObjectType('HandOver', { description: 'A register entry moving from one home municipality to another.' })
export class HandOver {
  @Field(() => ID)
  id!: string;

  @Field(() => HandOverStatus)
  status!: HandOverStatus;

  @Field()
  movedOn!: string;

  @Field(() => GraphQLISODateTime)
  sentAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  receivedAt!: Date | null;

  @Field(() => ID)
  fromMunicipalityId!: string;

  @Field(() => ID)
  toMunicipalityId!: string;

  @Field(() => ID, { nullable: true, description: 'The sender’s record (shown to the sender only).' })
  youngPersonId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The receiver’s record (shown to the receiver only).' })
  receivedYoungPersonId!: string | null;

  @Field(() => HandOverPerson, { nullable: true })
  person!: HandOverPerson | null;
}

@ObjectType('AcceptHandOverPayload')
export class AcceptHandOverPayload {
  @Field(() => HandOver)
  handOver!: HandOver;

  @Field(() => YoungPerson)
  youngPerson!: YoungPerson;
}
