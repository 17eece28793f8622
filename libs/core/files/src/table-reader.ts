import { Readable } from 'node:stream';

import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

import { DomainError, ErrorCode } from '@app/core/errors';

// Reads the tables municipalities and schools send: CSV as their systems export it (UTF-8 with
// or without a byte order mark, or Latin-1/Windows-1252 from older systems and Excel's "CSV";
// semicolons, commas or tabs) and Excel workbooks (.xlsx). Rows stream one at a time, so a file
// of 100,000 rows costs the memory of one row plus the parser's buffer. Problems that make the
// whole file unreadable are a DomainError with a FILE_* code and, where there is one, the line;
// problems of one row are the caller's to report with `line`.

export interface TableRow {
  // The line (CSV) or row number (Excel) in the file, as a person opening it would count it.
  line: number;
  cells: string[];
}

export interface Table {
  format: 'CSV' | 'XLSX';
  // CSV only.
  encoding?: 'UTF-8' | 'WINDOWS-1252';
  delimiter?: string;
  // Excel only: the sheet read.
  sheet?: string;
  // The header row's cells, trimmed.
  columns: string[];
  // The data rows after the header (blank rows skipped).
  rows: AsyncIterable<TableRow>;
}

export interface TableOptions {
  fileName: string;
  // Excel: the sheet to read; the first when not given.
  sheet?: string;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const SNIFF_BYTES = 64 * 1024;

function fileError(
  code: keyof typeof ErrorCode,
  message: string,
  details: Record<string, string | number | string[]> = {},
): DomainError {
  return new DomainError(ErrorCode[code], message, details);
}

// Opens a table from its bytes; reads as far as the header before it returns.
export async function openTable(source: AsyncIterable<Buffer>, options: TableOptions): Promise<Table> {
  const reader = source[Symbol.asyncIterator]();
  // The first bytes decide the format and the encoding.
  const head: Buffer[] = [];
  let headBytes = 0;
  let done = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await reader.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.length;
  }
  const first = Buffer.concat(head);
  if (first.length === 0) throw fileError('FILE_EMPTY', 'The file is empty');
  const rest = (async function* () {
    yield first;
    if (done) return;
    for (;;) {
      const next = await reader.next();
      if (next.done) return;
      yield next.value;
    }
  })();
  if (first.subarray(0, 4).equals(ZIP_MAGIC)) return openWorkbook(rest, options);
  if (/\.xlsx?$/i.test(options.fileName)) {
    throw fileError('FILE_FORMAT_UNSUPPORTED', 'The file is named as an Excel workbook but is not one (.xlsx)');
  }
  return openCsv(first, rest);
}

// --- CSV ---

type Encoding = 'UTF-8' | 'WINDOWS-1252';

function sniffEncoding(first: Buffer): Encoding {
  if (first.subarray(0, 3).equals(UTF8_BOM)) return 'UTF-8';
  if ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff)) {
    throw fileError(
      'FILE_ENCODING_UNSUPPORTED',
      'The file is UTF-16; save it as CSV in UTF-8 (or Latin-1) and upload it again',
      { encoding: 'UTF-16' },
    );
  }
  if (first.includes(0)) {
    throw fileError('FILE_FORMAT_UNSUPPORTED', 'The file is not text (CSV) nor an Excel workbook (.xlsx)');
  }
  // Valid UTF-8 as far as we have read it (an incomplete character at the very end is fine).
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(first, { stream: true });
    return 'UTF-8';
  } catch {
    return 'WINDOWS-1252';
  }
}

async function* decode(source: AsyncIterable<Buffer>, encoding: Encoding): AsyncGenerator<string> {
  // Windows-1252 is what Latin-1 files from Swedish systems and Excel really are (the WHATWG
  // "latin1" label means it too); it decodes every byte, so only UTF-8 can fail.
  const decoder = new TextDecoder(encoding === 'UTF-8' ? 'utf-8' : 'windows-1252', { fatal: true, ignoreBOM: false });
  let lines = 1;
  for await (const bytes of source) {
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      // The line the undecodable part starts on, as near as a chunk boundary allows.
      throw fileError('FILE_ENCODING_INVALID', 'The file mixes character encodings: it is not valid UTF-8 throughout', {
        line: lines,
      });
    }
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
    yield text;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

// The delimiter that splits the header line into the most columns (outside quotes).
function sniffDelimiter(headerLine: string): string {
  let best = ';';
  let bestCount = -1;
  for (const candidate of [';', ',', '\t']) {
    let count = 0;
    let quoted = false;
    for (const char of headerLine) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && char === candidate) count += 1;
    }
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

async function openCsv(first: Buffer, source: AsyncIterable<Buffer>): Promise<Table> {
  const encoding = sniffEncoding(first);
  const firstText = new TextDecoder(encoding === 'UTF-8' ? 'utf-8' : 'windows-1252').decode(first);
  const headerLine = firstText.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (headerLine.trim() === '')
    throw fileError('FILE_HEADER_MISSING', 'The first line must name the columns', { line: 1 });
  const delimiter = sniffDelimiter(headerLine);
  const parser = parse({
    delimiter,
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  });
  // The decoded text is written into the parser as the parser asks for it.
  const text = Readable.from(decode(source, encoding));
  text.on('error', (error) => parser.destroy(error));
  text.pipe(parser);
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const header = await nextRecord(records);
  if (!header) throw fileError('FILE_HEADER_MISSING', 'The first line must name the columns', { line: 1 });
  const columns = header.record.map((cell) => cell.trim());
  const rows = (async function* () {
    for (;;) {
      const next = await nextRecord(records);
      if (!next) return;
      if (next.record.every((cell) => cell === '')) continue;
      yield { line: next.info.lines, cells: next.record };
    }
  })();
  return { format: 'CSV', encoding, delimiter, columns, rows };
}

async function nextRecord<T>(records: AsyncIterator<T>): Promise<T | undefined> {
  try {
    const next = await records.next();
    return next.done ? undefined : next.value;
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const lines = (error as { lines?: number }).lines;
    throw fileError('FILE_CSV_INVALID', `The CSV file cannot be read: ${(error as Error).message}`, {
      ...(typeof lines === 'number' ? { line: lines } : {}),
    });
  }
}

// --- Excel ---

function cellText(value: ExcelJS.CellValue, line: number, column: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  // Whole numbers print exactly (an identity number typed into a number cell is 200801151234,
  // however Excel displays it); others as JavaScript prints them.
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      if (result === undefined || result === null || (typeof result === 'object' && 'error' in result)) {
        throw fileError('FILE_CELL_FORMULA', 'A cell holds a formula without a value; paste the values instead', {
          line,
          column,
        });
      }
      return cellText(result, line, column);
    }
    if ('error' in value) {
      throw fileError('FILE_CELL_FORMULA', `A cell holds an error (${String(value.error)})`, { line, column });
    }
  }
  // Another kind of cell (a hyperlink object without text): nothing a table column carries.
  return '';
}

async function openWorkbook(source: AsyncIterable<Buffer>, options: TableOptions): Promise<Table> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(source), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  const sheets = reader[Symbol.asyncIterator]() as AsyncIterator<ExcelJS.stream.xlsx.WorksheetReader>;
  const seen: string[] = [];
  let chosen: ExcelJS.stream.xlsx.WorksheetReader | undefined;
  try {
    for (;;) {
      const next = await sheets.next();
      if (next.done) break;
      const name = (next.value as unknown as { name?: string }).name ?? `Blad${seen.length + 1}`;
      seen.push(name);
      if (!options.sheet || options.sheet === name) {
        chosen = next.value;
        break;
      }
      // Another sheet than the one asked for: its rows are read past without being kept.
      for await (const _row of next.value) void _row;
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw fileError('FILE_FORMAT_UNSUPPORTED', 'The Excel file cannot be read (.xlsx only)');
  }
  if (!chosen) {
    throw options.sheet
      ? fileError('FILE_SHEET_MISSING', `The workbook has no sheet named "${options.sheet}"`, { sheets: seen })
      : fileError('FILE_EMPTY', 'The workbook has no sheet');
  }
  const rowsOf = chosen[Symbol.asyncIterator]() as AsyncIterator<ExcelJS.Row>;
  const toCells = (row: ExcelJS.Row): string[] => {
    const values = row.values as ExcelJS.CellValue[];
    // ExcelJS leaves index 0 empty (columns count from 1).
    return values.slice(1).map((value, index) => cellText(value, row.number, index + 1));
  };
  let headerRow: ExcelJS.Row | undefined;
  for (;;) {
    const next = await rowsOf.next();
    if (next.done) break;
    if (toCells(next.value).some((cell) => cell !== '')) {
      headerRow = next.value;
      break;
    }
  }
  if (!headerRow) throw fileError('FILE_HEADER_MISSING', 'The first row must name the columns', { line: 1 });
  const columns = toCells(headerRow);
  const rows = (async function* () {
    for (;;) {
      const next = await rowsOf.next();
      if (next.done) return;
      const cells = toCells(next.value);
      if (cells.every((cell) => cell === '')) continue;
      yield { line: next.value.number, cells };
    }
  })();
  return { format: 'XLSX', sheet: seen[seen.length - 1], columns, rows };
}
