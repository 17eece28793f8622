import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ScbIssueCode, ScbIssueSeverity } from '../layout/validation';

registerEnumType(ScbIssueCode, {
  name: 'ScbKaaIssueCode',
  description: 'What is wrong with a young person’s data for the SCB file (libs/scb-kaa/src/layout/validation.ts).',
});
registerEnumType(ScbIssueSeverity, {
  name: 'ScbKaaIssueSeverity',
  description: 'ERROR: the file cannot be produced until it is fixed; WARNING: a quality problem SCB counts.',
});

@ObjectType('ScbKaaIssue')
export class ScbKaaIssue {
  @Field(() => ScbIssueCode)
  code!: ScbIssueCode;

  @Field(() => ScbIssueSeverity)
  severity!: ScbIssueSeverity;

  @Field({ description: 'A stable English description; the app shows its own text for the code.' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'The day of the event the issue is about (ISO date).' })
  date!: string | null;

  @Field(() => ID, { nullable: true, description: 'The measure the issue is about.' })
  measureId!: string | null;
}

@ObjectType('ScbKaaPersonIssues', { description: 'A young person the caller may read, with what to fix.' })
export class ScbKaaPersonIssues {
  @Field(() => ID)
  youngPersonId!: string;

  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field(() => [ScbKaaIssue])
  issues!: ScbKaaIssue[];
}

@ObjectType('ScbKaaFileCounts', { description: 'Lines per block, and young people, in a produced file.' })
export class ScbKaaFileCounts {
  @Field(() => Int)
  people!: number;

  @Field(() => Int, { description: 'Block 1.' })
  registrations!: number;

  @Field(() => Int, { description: 'Block 2.' })
  contacts!: number;

  @Field(() => Int, { description: 'Block 3.' })
  measuresStarted!: number;

  @Field(() => Int, { description: 'Block 4.' })
  measuresEnded!: number;

  @Field(() => Int, { description: 'Block 5.' })
  ended!: number;
}

@ObjectType('ScbKaaFile', { description: 'A half-year file produced for SCB, kept with who produced it and when.' })
export class ScbKaaFile {
  @Field(() => ID)
  id!: string;

  @Field()
  period!: string;

  @Field(() => Int, { description: 'The how-manieth file for the period (1 is the first).' })
  sequence!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The stored file, for GET /files/:id; null once its bytes have expired.',
  })
  fileId!: string | null;

  @Field({ description: 'Whether the caller may download the file (GET /files/:id).' })
  downloadable!: boolean;

  @Field()
  fileName!: string;

  @Field(() => Int)
  byteSize!: number;

  @Field()
  sha256!: string;

  @Field({ description: 'The SCB code table the file was encoded with.' })
  codeTableVersion!: string;

  @Field(() => ScbKaaFileCounts)
  counts!: ScbKaaFileCounts;

  @Field(() => Int, { description: 'Warnings in the data when it was produced.' })
  warningCount!: number;

  @Field(() => ID)
  producedById!: string;

  @Field(() => String, { nullable: true })
  producedByName!: string | null;

  @Field()
  producedAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The file of the same period this one replaced at SCB.' })
  replacesId!: string | null;

  @Field({ description: 'Whether this is the latest file of its period (what SCB holds once it is sent).' })
  current!: boolean;
}

@ObjectType('ScbKaaValidation', { description: 'The validation of a half-year’s file, before it is produced.' })
export class ScbKaaValidation {
  @Field()
  period!: string;

  @Field({ description: 'First day (ISO date).' })
  from!: string;

  @Field({ description: 'Last day (ISO date).' })
  to!: string;

  @Field({ description: 'The SCB code table the period is encoded with.' })
  codeTableVersion!: string;

  @Field(() => Int, { description: 'Young people in the file: registered at some time in the half-year.' })
  population!: number;

  @Field(() => Int, { description: 'Young people with at least one error (the file cannot be produced).' })
  peopleWithErrors!: number;

  @Field(() => Int)
  errorCount!: number;

  @Field(() => Int, { description: 'Young people with warnings only or besides errors.' })
  peopleWithWarnings!: number;

  @Field(() => Int)
  warningCount!: number;

  @Field({ description: 'No errors: the file can be produced.' })
  valid!: boolean;

  @Field(() => [ScbKaaPersonIssues], {
    description: 'The young people with errors that the caller may read, by name, with every issue of theirs.',
  })
  people!: ScbKaaPersonIssues[];

  @Field(() => Int, { description: 'Young people with errors whom the caller may not read (another caseload).' })
  peopleWithErrorsOutsideAccess!: number;

  @Field(() => [ScbKaaFile], { description: 'Files already produced for the period, newest first.' })
  files!: ScbKaaFile[];
}

@ObjectType('ScbKaaQualityFigure', { description: 'A share of the half-year’s young people, and the list of them.' })
export class ScbKaaQualityFigure {
  @Field(() => Int)
  count!: number;

  @Field(() => Int, { nullable: true, description: 'Whole percent of the population; null when it is empty.' })
  percent!: number | null;

  @Field(() => [ScbKaaPersonIssues], {
    description: 'Those the caller may read, by name (at most 500), with their issues of this kind.',
  })
  people!: ScbKaaPersonIssues[];

  @Field(() => Int, { description: 'Those counted whom the caller may not read.' })
  outsideAccess!: number;
}

@ObjectType('ScbKaaDataQuality', { description: 'The KAA unit’s data quality for a half-year.' })
export class ScbKaaDataQuality {
  @Field()
  period!: string;

  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => Int)
  population!: number;

  @Field(() => ScbKaaQualityFigure, { description: 'Occupation at the half-year’s end unknown or never recorded.' })
  occupationUnknown!: ScbKaaQualityFigure;

  @Field(() => ScbKaaQualityFigure, { description: 'Nobody reached the young person in the half-year.' })
  noContact!: ScbKaaQualityFigure;

  @Field(() => ScbKaaQualityFigure, { description: 'A field SCB requires is missing (an error in the validation).' })
  missingFields!: ScbKaaQualityFigure;
}
