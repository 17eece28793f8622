import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import {
  TargetGroupCheckStatus,
  TargetGroupDismissReason,
  TargetGroupImportKind,
  TargetGroupImportStatus,
  TargetGroupLeftReason,
  TargetGroupRunStatus,
} from '../target-group.enums';

registerEnumType(TargetGroupImportKind, { name: 'TargetGroupImportKind' });
registerEnumType(TargetGroupImportStatus, { name: 'TargetGroupImportStatus' });
registerEnumType(TargetGroupRunStatus, { name: 'TargetGroupRunStatus' });
registerEnumType(TargetGroupCheckStatus, { name: 'TargetGroupCheckStatus' });
registerEnumType(TargetGroupDismissReason, { name: 'TargetGroupDismissReason' });
registerEnumType(TargetGroupLeftReason, { name: 'TargetGroupLeftReason' });

@ObjectType({ description: 'A refused row of an import: its line, a stable code and the column.' })
export class TargetGroupRowError {
  @Field(() => Int)
  line!: number;

  @Field()
  code!: string;

  @Field(() => String, { nullable: true })
  field!: string | null;
}

@ObjectType({ description: 'A population extract or enrolment list read for the matching.' })
export class TargetGroupImport {
  @Field(() => ID)
  id!: string;

  @Field(() => TargetGroupImportKind)
  kind!: TargetGroupImportKind;

  @Field()
  fileName!: string;

  @Field()
  asOf!: string;

  @Field(() => String, { nullable: true })
  schoolName!: string | null;

  @Field(() => TargetGroupImportStatus)
  status!: TargetGroupImportStatus;

  @Field(() => ID, { nullable: true, description: 'The job reading it: job(id) gives its progress.' })
  jobId!: string | null;

  @Field(() => Int)
  rowCount!: number;

  @Field(() => Int, { description: 'Rows refused (all of them; `errors` lists the first 500).' })
  errorCount!: number;

  @Field(() => String, { nullable: true, description: 'Why the file was refused (docs/ERRORS.md).' })
  errorCode!: string | null;

  @Field(() => [TargetGroupRowError])
  errors!: TargetGroupRowError[];

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt!: Date | null;
}

@ObjectType({ description: 'A matching run: its inputs by name and what it found.' })
export class TargetGroupRun {
  @Field(() => ID)
  id!: string;

  @Field(() => TargetGroupRunStatus)
  status!: TargetGroupRunStatus;

  @Field()
  populationFileName!: string;

  @Field(() => [String])
  enrollmentFileNames!: string[];

  @Field({ description: 'The latest day of the enrolment lists.' })
  listsDate!: string;

  @Field(() => String, { nullable: true, description: 'The municipality’s day the age band was judged on.' })
  judgedOn!: string | null;

  @Field(() => ID, { nullable: true })
  jobId!: string | null;

  @Field(() => Int)
  residents!: number;

  @Field(() => Int)
  inAgeBand!: number;

  @Field(() => Int)
  enrolled!: number;

  @Field(() => Int, { description: 'New in the queue.' })
  newCount!: number;

  @Field(() => Int, { description: 'Still in the queue.' })
  stillCount!: number;

  @Field(() => Int, { description: 'Left the queue.' })
  leftCount!: number;

  @Field(() => Int, { description: 'In the queue after the run: occupation unknown.' })
  unknownCount!: number;

  @Field(() => Int, { description: 'Matched but dismissed earlier by a coordinator.' })
  dismissedCount!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt!: Date | null;
}

@ObjectType({ description: 'A person the matching found: to check, left the queue, registered or dismissed.' })
export class TargetGroupCheck {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'YYYYMMDD-NNNN. Reading it is logged.' })
  personalIdentityNumber!: string;

  @Field()
  dateOfBirth!: string;

  @Field(() => String, { nullable: true })
  givenName!: string | null;

  @Field(() => String, { nullable: true })
  familyName!: string | null;

  @Field(() => TargetGroupCheckStatus)
  status!: TargetGroupCheckStatus;

  @Field({ description: 'Why it is (or was) in the queue, in words.' })
  reason!: string;

  @Field({ description: 'In no enrolment list of this day.' })
  listsDate!: string;

  @Field(() => String, { nullable: true, description: 'The last school the lists say the person left.' })
  lastSchool!: string | null;

  @Field(() => String, { nullable: true })
  leftSchoolOn!: string | null;

  @Field(() => TargetGroupLeftReason, { nullable: true })
  leftReason!: TargetGroupLeftReason | null;

  @Field(() => String, { nullable: true, description: 'The school whose list the person was found in.' })
  leftSchool!: string | null;

  @Field(() => TargetGroupDismissReason, { nullable: true })
  dismissReason!: TargetGroupDismissReason | null;

  @Field(() => ID, { nullable: true })
  youngPersonId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The school signal that put the entry in the queue, if one did.' })
  signalId!: string | null;

  @Field(() => GraphQLISODateTime)
  openedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt!: Date | null;
}

@ObjectType({ description: 'The KAA unit’s headline figures of target-group identification.' })
export class TargetGroupOverview {
  @Field(() => Int, { description: 'Entries to check.' })
  toCheck!: number;

  @Field(() => Int, { description: 'Registered young people (that the caller sees) whose status is unknown.' })
  registeredUnknown!: number;

  @Field(() => Int, { description: 'Young people whose occupation is unknown: to check plus registered unknown.' })
  unknownOccupation!: number;

  @Field(() => TargetGroupRun, { nullable: true })
  lastRun!: TargetGroupRun | null;
}
