import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { actorOf, AuditService } from '@app/core/audit';
import { Clock } from '@app/core/clock';
import type { Caller } from '@app/core/graphql';

import { ReportExportFormat } from '../reports.enums';
import { ReportsRepository } from '../reports.repository';
import { ReportsService, type PublishedTable, type ReportRequest } from '../reports.service';
import { FILTER_LABELS } from './report-labels';
import { renderReport, type RenderedReport } from './report-files';

export interface ExportedReport extends RenderedReport {
  sha256: string;
  generatedAt: Date;
}

// An export is the published table, the one the screen shows, in another form: it goes through
// the same protection (ReportsService.table) and so can hold nothing the screen does not.
@Injectable()
export class ReportExportService {
  constructor(
    private readonly reports: ReportsService,
    private readonly repository: ReportsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async export(caller: Caller, request: ReportRequest, format: ReportExportFormat): Promise<ExportedReport> {
    const table = await this.reports.table(caller, request);
    const generatedAt = this.clock.now();
    const rendered = await renderReport(
      {
        table,
        municipality: await this.repository.municipalityName(caller.principal.municipalityId),
        filter: describeFilter(request, table),
        generatedAt,
      },
      format,
    );
    const sha256 = createHash('sha256').update(rendered.bytes).digest('hex');
    await this.audit.record(actorOf(caller.principal), {
      action: 'report.export',
      subjectType: 'Report',
      subjectId: null,
      summary: {
        kind: request.kind,
        from: request.from,
        to: request.to,
        filter: request.filter?.kaaUnitId ?? request.filter?.ageBand ?? request.filter?.sex ?? '',
        format,
        sha256,
      },
    });
    return { ...rendered, sha256, generatedAt };
  }
}

function describeFilter(request: ReportRequest, table: PublishedTable): string | null {
  const filter = request.filter ?? {};
  if (filter.kaaUnitId) return table.units.find((u) => u.id === filter.kaaUnitId)?.name ?? null;
  if (filter.ageBand) return FILTER_LABELS[filter.ageBand];
  if (filter.sex) return FILTER_LABELS[filter.sex];
  return null;
}
