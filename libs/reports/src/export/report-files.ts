import ExcelJS from 'exceljs';
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts, rgb } from 'pdf-lib';

import { ReportExportFormat } from '../reports.enums';
import type { PublishedCell, PublishedTable } from '../reports.service';
import { DIMENSION_LABELS, REPORT_TITLES, hiddenLabel, hiddenNote, valueLabel } from './report-labels';

// What an export says besides the table: the filter in words and when and for whom it was made.
export interface ReportDocument {
  table: PublishedTable;
  municipality: string;
  filter: string | null;
  generatedAt: Date;
}

export interface RenderedReport {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

// Every export is rendered from the published table only, the same cells the screen shows: a
// hidden cell has no count here to leak, whatever the format.
export async function renderReport(document: ReportDocument, format: ReportExportFormat): Promise<RenderedReport> {
  const base = `rapport-${document.table.kind.toLowerCase().replace(/_/g, '-')}-${document.table.from}-${document.table.to}`;
  switch (format) {
    case ReportExportFormat.CSV:
      return {
        fileName: `${base}.csv`,
        contentType: 'text/csv; charset=utf-8',
        bytes: Buffer.from(renderCsv(document)),
      };
    case ReportExportFormat.XLSX:
      return {
        fileName: `${base}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytes: await renderXlsx(document),
      };
    case ReportExportFormat.PDF:
      return { fileName: `${base}.pdf`, contentType: 'application/pdf', bytes: Buffer.from(await renderPdf(document)) };
  }
}

interface Grid {
  header: string[];
  body: Array<{ label: string; cells: PublishedCell[] }>;
}

function grid(table: PublishedTable): Grid {
  const rowHead = DIMENSION_LABELS[table.rowDimension] ?? table.rowDimension;
  return {
    header: [rowHead, ...table.columnKeys.map((c) => valueLabel(table.columnDimension, c)), 'Totalt'],
    body: [
      ...table.rowKeys.map((key, r) => ({
        label: valueLabel(table.rowDimension, key),
        cells: [...table.cells[r], table.rowTotals[r]],
      })),
      { label: 'Totalt', cells: [...table.columnTotals, table.total] },
    ],
  };
}

function cellText(cell: PublishedCell, k: number): string {
  return cell.count === null ? hiddenLabel(k) : String(cell.count);
}

function preamble(document: ReportDocument): string[] {
  const { table } = document;
  return [
    REPORT_TITLES[table.kind],
    `${document.municipality}, ${table.from} – ${table.to}${document.filter ? `, ${document.filter}` : ''}`,
    `Antal ungdomar. Kolumner: ${DIMENSION_LABELS[table.columnDimension] ?? table.columnDimension}.`,
    hiddenNote(table.minCell),
  ];
}

// RFC 4180 with a byte order mark (so Excel opens å, ä and ö right) and semicolons, as Swedish
// spreadsheet programs expect; a field that could start a formula is prefixed with a quote.
export function renderCsv(document: ReportDocument): string {
  const { header, body } = grid(document.table);
  const field = (text: string): string => {
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [
    ...preamble(document).map((line) => field(line)),
    '',
    header.map(field).join(';'),
    ...body.map((row) =>
      [row.label, ...row.cells.map((c) => cellText(c, document.table.minCell))].map(field).join(';'),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function renderXlsx(document: ReportDocument): Promise<Buffer> {
  const { table } = document;
  const book = new ExcelJS.Workbook();
  book.creator = 'Brygga';
  book.created = document.generatedAt;
  const sheet = book.addWorksheet('Rapport');
  const lines = preamble(document);
  sheet.addRow([lines[0]]).font = { bold: true, size: 14 };
  for (const line of lines.slice(1)) sheet.addRow([line]);
  sheet.addRow([]);
  const { header, body } = grid(table);
  sheet.addRow(header).font = { bold: true };
  for (const row of body) {
    // Counts as numbers (so they can be summed), a hidden cell as its words, never as 0.
    const added = sheet.addRow([
      row.label,
      ...row.cells.map((c) => (c.count === null ? hiddenLabel(table.minCell) : c.count)),
    ]);
    if (row.label === 'Totalt') added.font = { bold: true };
    row.cells.forEach((cell, i) => {
      if (cell.count === null) added.getCell(i + 2).font = { italic: true, color: { argb: 'FF555555' } };
    });
  }
  sheet.getColumn(1).width = 38;
  for (let c = 2; c <= header.length; c += 1) sheet.getColumn(c).width = 16;
  return Buffer.from(await book.xlsx.writeBuffer());
}

const PAGE = { width: 841.89, height: 595.28 }; // A4 landscape, in points
const MARGIN = 40;

function encodable(font: PDFFont, text: string): string {
  let out = '';
  for (const char of text) {
    try {
      font.encodeText(char);
      out += char;
    } catch {
      out += '?';
    }
  }
  return out;
}

function fit(font: PDFFont, text: string, size: number, width: number): string {
  let shown = encodable(font, text);
  while (shown.length > 1 && font.widthOfTextAtSize(shown, size) > width) shown = `${shown.slice(0, -2)}…`;
  return shown;
}

// A one-page report: the title, the period and filter, a bar chart of the row totals (a hidden
// total is drawn as a hatched outline with its words, never as a zero-height bar), the table,
// and the note on hidden cells.
export async function renderPdf(document: ReportDocument): Promise<Uint8Array> {
  const { table } = document;
  const pdf = await PDFDocument.create();
  pdf.setTitle(REPORT_TITLES[table.kind]);
  pdf.setCreator('Brygga');
  pdf.setProducer('Brygga');
  pdf.setLanguage('sv-SE');
  pdf.setCreationDate(document.generatedAt);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN;
  const text = (value: string, x: number, at: number, size: number, font: PDFFont = regular): void => {
    page.drawText(encodable(font, value), { x, y: at, size, font, color: rgb(0.1, 0.1, 0.1) });
  };
  const lines = preamble(document);
  text(lines[0], MARGIN, y - 16, 16, bold);
  y -= 36;
  for (const line of lines.slice(1, 3)) {
    text(line, MARGIN, y, 10);
    y -= 14;
  }
  y -= 8;

  // The chart: one bar per row, its length the row's total.
  const labelWidth = 200;
  const barArea = PAGE.width - 2 * MARGIN - labelWidth - 60;
  const shown = table.rowTotals.map((c) => c.count ?? 0);
  const max = Math.max(1, ...shown);
  const barHeight = 11;
  for (let r = 0; r < table.rowKeys.length; r += 1) {
    const cell = table.rowTotals[r];
    text(fit(regular, valueLabel(table.rowDimension, table.rowKeys[r]), 9, labelWidth - 8), MARGIN, y - 9, 9);
    const x = MARGIN + labelWidth;
    if (cell.count === null) {
      drawHidden(page, x, y - barHeight, barHeight);
      text(hiddenLabel(table.minCell), x + 44, y - 9, 9);
    } else {
      const length = (barArea * cell.count) / max;
      if (length > 0)
        page.drawRectangle({ x, y: y - barHeight, width: length, height: barHeight, color: rgb(0.2, 0.38, 0.6) });
      text(String(cell.count), x + length + 4, y - 9, 9);
    }
    y -= barHeight + 5;
  }
  y -= 14;

  // The table.
  const { header, body } = grid(table);
  const firstWidth = 180;
  const columnWidth = Math.min(90, (PAGE.width - 2 * MARGIN - firstWidth) / (header.length - 1));
  const row = (cells: string[], font: PDFFont): void => {
    if (y < MARGIN + 40) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - MARGIN;
    }
    text(fit(font, cells[0], 8, firstWidth - 6), MARGIN, y - 9, 8, font);
    cells.slice(1).forEach((cell, i) => {
      text(fit(font, cell, 8, columnWidth - 6), MARGIN + firstWidth + i * columnWidth, y - 9, 8, font);
    });
    y -= 13;
  };
  row(header, bold);
  page.drawLine({
    start: { x: MARGIN, y: y + 1 },
    end: { x: PAGE.width - MARGIN, y: y + 1 },
    thickness: 0.5,
    color: rgb(0.5, 0.5, 0.5),
  });
  for (const line of body)
    row([line.label, ...line.cells.map((c) => cellText(c, table.minCell))], line.label === 'Totalt' ? bold : regular);
  y -= 10;
  if (y < MARGIN + 20) {
    page = pdf.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - MARGIN;
  }
  text(fit(regular, lines[3], 8, PAGE.width - 2 * MARGIN), MARGIN, y, 8);
  text(
    `Skapad ${document.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC i Brygga`,
    MARGIN,
    MARGIN - 16,
    7,
  );
  return pdf.save();
}

function drawHidden(page: PDFPage, x: number, y: number, height: number): void {
  const width = 40;
  page.drawRectangle({ x, y, width, height, borderColor: rgb(0.4, 0.4, 0.4), borderWidth: 0.6 });
  for (let offset = 0; offset < width; offset += 5) {
    page.drawLine({
      start: { x: x + offset, y },
      end: { x: Math.min(x + offset + height, x + width), y: y + Math.min(height, x + width - (x + offset)) },
      thickness: 0.4,
      color: rgb(0.5, 0.5, 0.5),
    });
  }
}
