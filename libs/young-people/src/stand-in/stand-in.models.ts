import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

// Where a stand-in's period stands on the municipality's day.
export enum StandInState {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(StandInState, {
  name: 'StandInState',
  description:
    'PLANNED: the period starts after today; ACTIVE: today is in the period; ENDED: ended early or the period is over.',
});

@ObjectType({
  description:
    'A stand-in (vikarie): for the period the stand-in coordinator works the absent coordinator’s caseload and alerts.',
})
export class StandIn {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The KAA unit both coordinators work in.' })
  kaaUnitId!: string;

  @Field(() => ID)
  absentUserId!: string;

  @Field()
  absentName!: string;

  @Field(() => ID)
  standInUserId!: string;

  @Field()
  standInName!: string;

  @Field({ description: 'First day (ISO date, the municipality’s calendar).' })
  fromOn!: string;

  @Field({ description: 'Last day, included.' })
  toOn!: string;

  @Field(() => StandInState)
  state!: StandInState;

  @Field(() => ID)
  createdById!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was ended early (or cancelled).' })
  endedAt!: Date | null;
}
