import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';

import { ReportExportFormat, ReportKind } from '../reports.enums';
import type { PublishedTable } from '../reports.service';
import { renderCsv, renderReport, type ReportDocument } from './report-files';

// A small published table: one hidden cell of each kind (the reader cannot tell which is which).
function sample(): ReportDocument {
  const table: PublishedTable = {
    kind: ReportKind.REGISTRATIONS,
    from: '2026-01-01',
    to: '2026-06-30',
    minCell: 5,
    rowDimension: 'REGISTRATION_REASON',
    columnDimension: 'SEX',
    rowKeys: ['DROPPED_OUT', 'MOVED_IN'],
    columnKeys: ['FEMALE', 'MALE'],
    cells: [
      [{ count: 12 }, { count: null }],
      [{ count: 0 }, { count: null }],
    ],
    rowTotals: [{ count: 17 }, { count: null }],
    columnTotals: [{ count: 12 }, { count: 8 }],
    total: { count: 20 },
    units: [],
  };
  return { table, municipality: 'Demokommun', filter: '16–17 år', generatedAt: new Date('2026-07-01T08:00:00Z') };
}

describe('report files', () => {
  it('writes CSV with Swedish labels, semicolons, a BOM, and hidden cells as words (never a number)', () => {
    const csv = renderCsv(sample());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Registreringar per orsak');
    expect(lines[1]).toBe('Demokommun, 2026-01-01 – 2026-06-30, 16–17 år');
    const header = lines.indexOf('Orsak till registrering;Flicka;Pojke;Totalt');
    expect(header).toBeGreaterThan(0);
    expect(lines.slice(header + 1, header + 4)).toEqual([
      'Avbrutit gymnasieutbildning;12;färre än 5;17',
      'Inflyttad;0;färre än 5;färre än 5',
      'Totalt;12;8;20',
    ]);
  });

  it('neutralises a field that a spreadsheet would run as a formula', () => {
    const document = sample();
    document.municipality = '=HYPERLINK("x")';
    const csv = renderCsv(document);
    expect(csv).toContain(`"'=HYPERLINK(""x"")`);
  });

  it('writes an Excel sheet with counts as numbers and hidden cells as words', async () => {
    const file = await renderReport(sample(), ReportExportFormat.XLSX);
    expect(file.fileName).toBe('rapport-registrations-2026-01-01-2026-06-30.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Rapport')!;
    const values: unknown[][] = [];
    sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values).toContainEqual(['Avbrutit gymnasieutbildning', 12, 'färre än 5', 17]);
    expect(values).toContainEqual(['Inflyttad', 0, 'färre än 5', 'färre än 5']);
    expect(values).toContainEqual(['Totalt', 12, 8, 20]);
  });

  it('writes a PDF that opens, titled and in Swedish', async () => {
    const file = await renderReport(sample(), ReportExportFormat.PDF);
    expect(file.contentType).toBe('application/pdf');
    const pdf = await PDFDocument.load(file.bytes);
    expect(pdf.getTitle()).toBe('Registreringar per orsak');
    expect(pdf.getPageCount()).toBe(1);
  });
});
