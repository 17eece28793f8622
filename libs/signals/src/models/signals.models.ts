import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { SignalDecision, SignalKind, SignalStatus } from '../signals.enums';

registerEnumType(SignalKind, { name: 'SignalKind' });
registerEnumType(SignalDecision, { name: 'SignalDecision' });
registerEnumType(SignalStatus, { name: 'SignalStatus' });

@ObjectType({ description: 'A signal from a school about a pupil, and how it was handled.' })
export class Signal {
  @Field(() => ID)
  id!: string;

  @Field(() => SignalKind)
  kind!: SignalKind;

  @Field(() => ID, { description: 'The school that sent it.' })
  schoolId!: string;

  @Field()
  schoolName!: string;

  @Field(() => ID, { description: 'The pupil’s home municipality, whose KAA unit it goes to.' })
  homeMunicipalityId!: string;

  @Field()
  homeMunicipalityName!: string;

  @Field({ description: 'YYYYMMDD-NNNN.' })
  personalIdentityNumber!: string;

  @Field(() => ID, { nullable: true, description: 'The registered young person, when there is one.' })
  youngPersonId!: string | null;

  @Field()
  occurredOn!: string;

  @Field(() => String, { nullable: true })
  periodStart!: string | null;

  @Field(() => String, { nullable: true })
  periodEnd!: string | null;

  @Field(() => Int, { nullable: true })
  absencePercent!: number | null;

  @Field(() => String, { nullable: true })
  details!: string | null;

  @Field(() => SignalStatus)
  status!: SignalStatus;

  @Field(() => SignalDecision, { nullable: true })
  decision!: SignalDecision | null;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;

  @Field(() => ID, { nullable: true })
  handledById!: string | null;

  @Field(() => String, { nullable: true, description: 'Who handled it (the named person).' })
  handledByName!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  handledAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'A file of signals imported from a school: all rows or none, idempotent.' })
export class SignalImport {
  @Field(() => ID)
  id!: string;

  @Field()
  fileName!: string;

  @Field(() => Int)
  rowCount!: number;

  @Field(() => Int, { description: 'New signals (the rest were kept already).' })
  createdCount!: number;

  @Field({ description: 'True when this file or key was imported before: nothing new was created.' })
  repeated!: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
