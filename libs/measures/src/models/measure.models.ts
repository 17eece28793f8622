import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { OccupationCategory } from '@app/young-people';

import {
  EvidenceBasis,
  MeasureEndReason,
  MeasureLevel,
  MeasureStatus,
  MeasureTier,
  ScbMeasureCategory,
} from '../measures.enums';

registerEnumType(ScbMeasureCategory, {
  name: 'ScbMeasureCategory',
  description: 'SCB category a measure type reports as.',
});
registerEnumType(MeasureTier, { name: 'MeasureTier', description: 'Promotive, preventive or remedial.' });
registerEnumType(MeasureLevel, { name: 'MeasureLevel' });
registerEnumType(MeasureStatus, {
  name: 'MeasureStatus',
  description: 'offered → accepted / declined → started → ended',
});
registerEnumType(MeasureEndReason, { name: 'MeasureEndReason' });
registerEnumType(EvidenceBasis, { name: 'EvidenceBasis' });

@ObjectType('MeasureType', { description: 'An entry of the municipality’s catalogue of measures.' })
export class MeasureType {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => ScbMeasureCategory)
  scbCategory!: ScbMeasureCategory;

  @Field(() => MeasureTier)
  defaultTier!: MeasureTier;

  @Field()
  active!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType('Measure', { description: 'A measure offered to a young person, with its documentation.' })
export class Measure {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  youngPersonId!: string;

  @Field(() => ID)
  measureTypeId!: string;

  @Field(() => MeasureTier)
  tier!: MeasureTier;

  @Field(() => MeasureLevel)
  level!: MeasureLevel;

  @Field(() => MeasureStatus)
  status!: MeasureStatus;

  @Field()
  offeredOn!: string;

  @Field(() => String, { nullable: true })
  respondedOn!: string | null;

  @Field(() => String, { nullable: true })
  plannedStartOn!: string | null;

  @Field(() => String, { nullable: true })
  plannedEndOn!: string | null;

  @Field(() => String, { nullable: true })
  startedOn!: string | null;

  @Field(() => String, { nullable: true })
  endedOn!: string | null;

  @Field(() => MeasureEndReason, { nullable: true })
  endReason!: MeasureEndReason | null;

  @Field(() => OccupationCategory, { nullable: true })
  occupationAfter!: OccupationCategory | null;

  @Field()
  planningAndGoal!: string;

  @Field()
  youngPersonResponsibility!: string;

  @Field()
  municipalityResponsibility!: string;

  @Field()
  otherActorResponsibility!: string;

  @Field(() => ID, { nullable: true })
  otherActorOrganizationId!: string | null;

  @Field(() => String, { nullable: true })
  followUpOn!: string | null;

  @Field(() => String, { nullable: true })
  evaluationOn!: string | null;

  @Field(() => [EvidenceBasis])
  evidenceBasis!: EvidenceBasis[];

  @Field(() => Int)
  version!: number;
}
