export { ReportsModule } from './reports.module';
export { ReportsResolver } from './reports.resolver';
export { reportsPolicy } from './reports.policy';
export { AgeBand, ReportExportFormat, ReportKind, Sex } from './reports.enums';
export { DEFAULT_MIN_CELL, ReportsService, type PublishedTable, type ReportRequest } from './reports.service';
export { buildCube, cellIndex, protectCube, type Cube, type CubeDimension, type ProtectedCube } from './suppression';
