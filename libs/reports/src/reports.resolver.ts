import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Policy } from '@app/core/authz';
import { callerOf, type GraphqlContext } from '@app/core/graphql';

import { ExportReportArgs, ReportInput, ReportPeriodInput } from './dto/report.inputs';
import { ReportExportService } from './export/report-export.service';
import { ReportDurations, ReportExport, ReportHeadline, ReportTable } from './models/report.models';
import { ReportGroupDimension, ReportKind } from './reports.enums';
import { ReportsService, type PublishedTable } from './reports.service';

function toTable(table: PublishedTable): ReportTable {
  return {
    kind: table.kind,
    from: table.from,
    to: table.to,
    minCell: table.minCell,
    rowDimension: table.rowDimension,
    columnDimension: table.columnDimension,
    columns: table.columnKeys,
    rows: table.rowKeys.map((key, r) => ({ key, cells: table.cells[r], total: table.rowTotals[r] })),
    columnTotals: table.columnTotals,
    total: table.total,
    units: table.units,
  };
}

// Leadership's reports: aggregates only, never a young person (a test walks every query the
// leadership role may call and checks that no answer carries an identifiable record).
@Resolver(() => ReportTable)
export class ReportsResolver {
  constructor(
    private readonly service: ReportsService,
    private readonly exports: ReportExportService,
  ) {}

  // A mutation, not a query: a file leaves the system, and that is audited with its hash.
  @Mutation(() => ReportExport, {
    description: 'A report as a CSV, Excel or PDF file, with the same small-cell protection as `report`.',
  })
  @Policy('read', 'Report')
  async exportReport(
    @Args() { input, format }: ExportReportArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<ReportExport> {
    const file = await this.exports.export(callerOf(ctx), input, format);
    return {
      fileName: file.fileName,
      contentType: file.contentType,
      contentBase64: file.bytes.toString('base64'),
      byteSize: file.bytes.length,
      sha256: file.sha256,
      generatedAt: file.generatedAt,
    };
  }

  @Query(() => ReportTable, { description: 'A report as a protected table of counts (small cells hidden).' })
  @Policy('read', 'Report')
  async report(@Args('input') input: ReportInput, @Context() ctx: GraphqlContext): Promise<ReportTable> {
    return toTable(await this.service.table(callerOf(ctx), input));
  }

  @Query(() => ReportDurations, {
    description: 'Days from registration to first contact attempt and first measure (quartiles), per group.',
  })
  @Policy('read', 'Report')
  async reportDurations(
    @Args('period') period: ReportPeriodInput,
    @Context() ctx: GraphqlContext,
  ): Promise<ReportDurations> {
    const durations = await this.service.durations(callerOf(ctx), period);
    return {
      ...durations,
      groups: durations.groups.map((group) => ({ ...group, dimension: ReportGroupDimension[group.dimension] })),
    };
  }

  @Query(() => ReportHeadline, { description: 'The headline figures of a period: registered, occupation unknown.' })
  @Policy('read', 'Report')
  async reportHeadline(
    @Args('period') period: ReportPeriodInput,
    @Context() ctx: GraphqlContext,
  ): Promise<ReportHeadline> {
    const table = await this.service.table(callerOf(ctx), { kind: ReportKind.KAA_COHORT, ...period });
    const unknown = table.columnTotals[table.columnKeys.indexOf('UNKNOWN')]?.count ?? null;
    const registered = table.total.count;
    return {
      registered,
      occupationUnknown: unknown,
      occupationUnknownPercent:
        registered !== null && unknown !== null && registered > 0 ? Math.round((100 * unknown) / registered) : null,
    };
  }
}
