import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { AgeBand, ReportExportFormat, ReportGroupDimension, ReportKind, Sex } from '../reports.enums';

registerEnumType(ReportKind, {
  name: 'ReportKind',
  description:
    'KAA_COHORT: registered young people by status and occupation at the period’s end; REGISTRATIONS / ENDS: by reason; MEASURES: by SCB category and tier (first measure offered in the period); MEASURE_OUTCOMES: by category and occupation after (last measure ended); FLOWS: status the day before the period against status at its end; PLAN_ACTIONS: young people with an active plan per kind of responsible organisation, by whether an open action was overdue at the period’s end (judged by today’s statuses); SIGNALS: pupils a school sent a signal about, once per kind (the first received in the period), by the days it took to handle it (no age band); ALERTS: young people with a gap alert opened, escalated or resolved in the period, once per rule, by the last step it reached in the period.',
});
registerEnumType(AgeBand, { name: 'AgeBand' });
registerEnumType(ReportExportFormat, { name: 'ReportExportFormat' });
registerEnumType(ReportGroupDimension, {
  name: 'ReportGroupDimension',
  description: 'ALL: the whole municipality; UNIT: a KAA unit (key its id); AGE: an age band; SEX.',
});
registerEnumType(Sex, { name: 'Sex', description: 'From the personnummer’s ninth digit.' });

@ObjectType('ReportCell', {
  description: 'A number of young people, or null when it is hidden (1 to k − 1, or protecting one that is).',
})
export class ReportCell {
  @Field(() => Int, { nullable: true })
  count!: number | null;
}

@ObjectType('ReportRow')
export class ReportRow {
  @Field({ description: 'The row’s value (an enum value of the row dimension).' })
  key!: string;

  @Field(() => [ReportCell], { description: 'One per column, in the order of `columns`.' })
  cells!: ReportCell[];

  @Field(() => ReportCell)
  total!: ReportCell;
}

@ObjectType('ReportUnit', { description: 'A KAA unit one may filter a report by.' })
export class ReportUnit {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('ReportTable', {
  description:
    'A report as counts of young people, small cells hidden (docs/REPORTS.md). Every filter, total and export shows cells of the same protected table.',
})
export class ReportTable {
  @Field(() => ReportKind)
  kind!: ReportKind;

  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => Int, { description: 'The smallest group shown (k).' })
  minCell!: number;

  @Field()
  rowDimension!: string;

  @Field()
  columnDimension!: string;

  @Field(() => [String], { description: 'The columns’ values, in order.' })
  columns!: string[];

  @Field(() => [ReportRow])
  rows!: ReportRow[];

  @Field(() => [ReportCell], { description: 'Each column’s total.' })
  columnTotals!: ReportCell[];

  @Field(() => ReportCell)
  total!: ReportCell;

  @Field(() => [ReportUnit], { description: 'The KAA units this report can be filtered by.' })
  units!: ReportUnit[];
}

@ObjectType('ReportHeadline', { description: 'A figure leadership and the KAA unit steer by.' })
export class ReportHeadline {
  @Field(() => Int, { nullable: true, description: 'Registered young people in the period (null when hidden).' })
  registered!: number | null;

  @Field(() => Int, { nullable: true, description: 'Of them, whose occupation at the period’s end is unknown.' })
  occupationUnknown!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'occupationUnknown as a whole percentage of registered; null when either is hidden.',
  })
  occupationUnknownPercent!: number | null;
}

@ObjectType('ReportExport', {
  description: 'A report as a file (CSV, Excel or PDF): the same protected table as `report`, hidden cells as words.',
})
export class ReportExport {
  @Field()
  fileName!: string;

  @Field()
  contentType!: string;

  @Field({ description: 'The file, base64-encoded.' })
  contentBase64!: string;

  @Field(() => Int)
  byteSize!: number;

  @Field({ description: 'SHA-256 of the file, as recorded in the audit trail.' })
  sha256!: string;

  @Field(() => GraphQLISODateTime)
  generatedAt!: Date;
}

@ObjectType('ReportDuration', { description: 'Days, as quartiles (half of the group waited at most the median).' })
export class ReportDuration {
  @Field(() => Float)
  lowerQuartile!: number;

  @Field(() => Float)
  median!: number;

  @Field(() => Float)
  upperQuartile!: number;
}

@ObjectType('ReportDurationGroup')
export class ReportDurationGroup {
  @Field(() => ReportGroupDimension)
  dimension!: ReportGroupDimension;

  @Field({ description: 'The group: a KAA unit’s id, an AgeBand or a Sex value; empty for ALL.' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'The KAA unit’s name.' })
  name!: string | null;

  @Field(() => Int, { nullable: true, description: 'Registrations in the period (null when hidden).' })
  registered!: number | null;

  @Field(() => ReportDuration, {
    nullable: true,
    description:
      'Days from registration to the first contact attempt; null when the group or those contacted are fewer than k.',
  })
  firstContact!: ReportDuration | null;

  @Field(() => ReportDuration, {
    nullable: true,
    description:
      'Days from registration to the first measure offered; null when the group or those offered one are fewer than k.',
  })
  firstMeasure!: ReportDuration | null;
}

@ObjectType('ReportDurations', {
  description: 'Time from registration to first contact and to first measure, for the registrations of a period.',
})
export class ReportDurations {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => Int)
  minCell!: number;

  @Field(() => [ReportDurationGroup])
  groups!: ReportDurationGroup[];
}
