export { DataExportModule } from './data-export.module';
export { DataExport, DataExportResolver } from './data-export.resolver';
export { DataExportService, ExportFormat } from './data-export.service';
export { toJson, type ExportDocument } from './export-document';
export { renderPdf } from './export-pdf';
