import { Module } from '@nestjs/common';

import { OrganizationsModule } from '@app/organizations';

import { ReportExportService } from './export/report-export.service';
import { ReportsRepository } from './reports.repository';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  imports: [OrganizationsModule],
  providers: [ReportsRepository, ReportsService, ReportExportService, ReportsResolver],
  exports: [ReportsService],
})
export class ReportsModule {}
