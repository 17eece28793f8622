import { Readable, type Writable } from 'node:stream';
import { TextDecoder } from 'node:util';

import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

import { DomainError, ErrorCode } from '@app/core/errors';

// Reads the tables municipalities and schools send: CSV as their systems export it (UTF-8 with
// or without a byte order mark, or Latin-1/Windows-1252 from older systems and Excel's "CSV";
// semicolons, commas or tabs; the encoding judged over the whole file, EncodingJudge) and Excel
// workbooks (.xlsx). Rows stream one at a time, so a file
// of 100,000 rows costs the memory of one row plus the parser's buffer. Problems that make the
// whole file unreadable are a DomainError with a FILE_* code and, where there is one, the line;
// problems of one row are the caller's to report with `line`. A failure of the source itself (a
// read error of the FileStore) is thrown as it is, never taken for a fault of the file.

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
  // Where the reader says why a workbook could not be read (the api's logger: FileStore.table passes it).
  logger?: TableLogger;
}

// The part of the api's logger (pino) the reader uses.
export interface TableLogger {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
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
  // The first bytes decide the format (and refuse UTF-16 and binary data).
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

function mixedEncodings(line: number): DomainError {
  return fileError('FILE_ENCODING_INVALID', 'The file mixes character encodings (UTF-8 and Windows-1252)', { line });
}

// Decides a CSV file's encoding over the whole file, one byte at a time as it streams, so the
// decision does not depend on how far a sniff reads or where chunks happen to end. Bytes below
// 0x80 read the same in both encodings. Above them the judge weighs evidence:
// - A byte that is not part of valid UTF-8 proves the file is not UTF-8: Windows-1252 (what
//   Latin-1 files from Swedish systems and Excel really are).
// - A complete UTF-8 sequence is not proof of UTF-8 by itself: in Windows-1252 a capital letter
//   followed by a quote, dash or symbol ("Ö”" is D6 94, "Ä–" C4 96, "9Å’" C5 92) is valid UTF-8
//   too (U+0594, U+0116, U+0152). Such a sequence leaves the question open. Only a sequence that
//   Windows-1252 text does not write proves UTF-8 (`provesUtf8`): the UTF-8 of Latin-1's letters
//   and signs (C2/C3 then a continuation byte: "Ã¶" read as Windows-1252), of the general
//   punctuation and the euro sign (E2 80-82: "â€”"), of the byte order mark, any four-byte
//   character, and any sequence with a byte Windows-1252 leaves undefined (81 8D 8F 90 9D).
// A file with evidence both ways was pasted together from both and is refused with the line the
// second kind of evidence is on. A file that stays valid UTF-8 without proof is UTF-8 (at its end,
// or once `UNDECIDED_LIMIT` bytes wait for a decision, so memory stays bounded); until then the
// undecided bytes are held back (`pending`), so that whichever way the file is judged its
// characters are decoded that way.
export class EncodingJudge {
  encoding: Encoding | undefined;
  // The line the next byte is on, counted by line feeds as an editor shows them.
  line = 1;
  // The UTF-8 sequence being read: bytes still needed, the range the next one must be in, and
  // what it has so far (carried across chunks: a character split between two chunks is judged as
  // one): its first three bytes, its length, and whether a byte of it is undefined in Windows-1252.
  private need = 0;
  private lower = 0x80;
  private upper = 0xbf;
  private readonly sequenceBytes = [0, 0, 0];
  private seen = 0;
  private undefinedIn1252 = false;
  // Bytes judged since the first one above 0x7f while the encoding is still open.
  private undecided = 0;

  // Bytes at the end of what has been judged whose encoding is not decided yet.
  get pending(): number {
    return this.encoding === undefined ? this.undecided : 0;
  }

  push(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i += 1) {
      const byte = bytes[i];
      if (this.encoding === undefined && (this.undecided > 0 || byte >= 0x80)) this.undecided += 1;
      if (this.need > 0) {
        if (byte >= this.lower && byte <= this.upper) {
          this.lower = 0x80;
          this.upper = 0xbf;
          if (this.seen < 3) this.sequenceBytes[this.seen] = byte;
          this.seen += 1;
          if (UNDEFINED_IN_WINDOWS_1252.has(byte)) this.undefinedIn1252 = true;
          this.need -= 1;
          if (this.need === 0) this.sequence();
          continue;
        }
        // The sequence breaks off: not UTF-8. The byte starts afresh (as decoders treat it).
        this.broken();
      }
      if (byte < 0x80) {
        if (byte === 0x0a) this.line += 1;
        if (this.encoding === undefined && this.undecided > UNDECIDED_LIMIT) this.encoding = 'UTF-8';
        continue;
      }
      this.start(byte);
    }
  }

  // The end of the file: a sequence cut off there is not UTF-8 either; a file valid UTF-8 to its
  // end is UTF-8.
  end(): void {
    if (this.need > 0) this.broken();
    if (this.encoding === undefined && this.undecided > 0) this.encoding = 'UTF-8';
  }

  private start(byte: number): void {
    this.sequenceBytes[0] = byte;
    this.seen = 1;
    this.undefinedIn1252 = false;
    if (byte >= 0xc2 && byte <= 0xdf) this.need = 1;
    else if (byte >= 0xe0 && byte <= 0xef) {
      this.need = 2;
      if (byte === 0xe0) this.lower = 0xa0;
      if (byte === 0xed) this.upper = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      this.need = 3;
      if (byte === 0xf0) this.lower = 0x90;
      if (byte === 0xf4) this.upper = 0x8f;
    } else this.broken();
  }

  // A complete UTF-8 sequence of two to four bytes.
  private sequence(): void {
    const [lead, second, third] = this.sequenceBytes;
    const proof = this.undefinedIn1252 || provesUtf8(lead, second, third, this.seen);
    this.seen = 0;
    if (!proof) return;
    if (this.encoding === undefined) this.encoding = 'UTF-8';
    else if (this.encoding === 'WINDOWS-1252') throw mixedEncodings(this.line);
  }

  // Bytes that are not UTF-8.
  private broken(): void {
    this.need = 0;
    this.seen = 0;
    this.lower = 0x80;
    this.upper = 0xbf;
    if (this.encoding === undefined) this.encoding = 'WINDOWS-1252';
    else if (this.encoding === 'UTF-8') throw mixedEncodings(this.line);
  }
}

// Bytes a file may hold while its encoding is still open (valid UTF-8 so far, but only with
// sequences Windows-1252 text writes too). A Swedish Windows-1252 file breaks UTF-8 within a few
// letters (any lower-case å, ä, ö or a capital before a letter does), so a file still open after
// this many bytes is taken as the UTF-8 it is valid as.
const UNDECIDED_LIMIT = 64 * 1024;

// Windows-1252 leaves these bytes undefined: a file in it does not hold them.
const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

// Whether a complete UTF-8 sequence (its first three bytes and its length) is one that
// Windows-1252 text does not write (see EncodingJudge): then the bytes are UTF-8. A sequence with
// a byte Windows-1252 leaves undefined proves it too (the judge checks that as it reads).
function provesUtf8(lead: number, second: number, third: number, length: number): boolean {
  // Latin-1's signs and letters, å ä ö é Å Ä Ö É among them: "Â" or "Ã" and a sign in Windows-1252.
  if (lead === 0xc2 || lead === 0xc3) return true;
  // General punctuation (– — ‘ ’ “ ” …) and currency signs (€): "â€" or "â‚" in Windows-1252.
  if (lead === 0xe2 && second >= 0x80 && second <= 0x82) return true;
  // The byte order mark: "ï»¿".
  if (lead === 0xef && second === 0xbb && third === 0xbf) return true;
  // A four-byte character (emoji): a lower-case letter and three signs in Windows-1252.
  return length === 4;
}

function refuseOtherEncodings(first: Buffer): void {
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
}

const decoderFor = (encoding: Encoding): TextDecoder =>
  new TextDecoder(encoding === 'UTF-8' ? 'utf-8' : 'windows-1252', { ignoreBOM: false });

// The file's text, decoded as the judge decides while it reads. Until the first byte above 0x7f
// the text is ASCII and passes as it is; from there the bytes wait until the judge decides (for
// a Swedish file within a character or a few; at most UNDECIDED_LIMIT bytes). Memory stays one
// chunk and that limit.
async function* decode(source: AsyncIterable<Buffer>, judge: EncodingJudge): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let held: Buffer | undefined;
  for await (const chunk of source) {
    judge.push(chunk);
    const bytes = held ? Buffer.concat([held, chunk]) : chunk;
    held = undefined;
    if (decoder) {
      yield decoder.decode(bytes, { stream: true });
    } else if (judge.encoding) {
      decoder = decoderFor(judge.encoding);
      yield decoder.decode(bytes, { stream: true });
    } else {
      // Still ASCII, but for a sequence begun at the very end.
      const ascii = bytes.length - judge.pending;
      if (ascii > 0) yield bytes.toString('latin1', 0, ascii);
      if (judge.pending > 0) held = bytes.subarray(ascii);
    }
  }
  judge.end();
  decoder ??= decoderFor(judge.encoding ?? 'UTF-8');
  const tail = held ? decoder.decode(held) : decoder.decode();
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
  refuseOtherEncodings(first);
  // The header line alone picks the delimiter; its bytes are decoded on their own (in either
  // encoding: the column names' letters do not change how many separators there are).
  const end = first.indexOf(0x0a);
  const headerLine = first
    .toString('latin1', 0, end === -1 ? first.length : end)
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .replace(/\r$/, '');
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
  const judge = new EncodingJudge();
  const text = Readable.from(decode(source, judge));
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
  return {
    format: 'CSV',
    // What the judge has decided so far; a file still ASCII reads the same either way.
    get encoding() {
      return judge.encoding ?? 'UTF-8';
    },
    delimiter,
    columns,
    rows,
  };
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

// What the Excel reader (exceljs, over unzipper, zlib and saxes) throws for a file that is not a
// readable workbook: the zip ends early or is not a zip ("FILE_ENDED", "invalid signature"), its
// compressed data is broken (zlib's Z_* codes), or its XML is ("line:column: message" from
// saxes). Only these are FILE_FORMAT_UNSUPPORTED. Anything else (a TypeError inside exceljs, a
// temporary file it could not write) is a failure of the reader, not of the file: it is thrown as
// it is, so a job tries again and a request answers INTERNAL, instead of telling a school its
// good file is not Excel (a "formula cell" spec once failed so under load).
function isFormatError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('Z_')) return true;
  return (
    error.message === 'FILE_ENDED' ||
    error.message.startsWith('invalid signature: ') ||
    /^(?:[^\s:]+:)?\d+:\d+: /.test(error.message)
  );
}

// The error's name, code and message for the log, with runs of digits that could be an identity
// number (a cell's text can reach a parser's message) masked.
function loggedError(error: unknown): Record<string, string> {
  const { name, message } = error instanceof Error ? error : { name: typeof error, message: String(error) };
  const code = (error as { code?: unknown } | null)?.code;
  return {
    name,
    message: message.slice(0, 200).replace(/\d[\d-]{5,}/g, '#'),
    ...(typeof code === 'string' ? { code } : {}),
  };
}

function workbookError(error: unknown, logger: TableLogger | undefined): unknown {
  if (error instanceof DomainError) return error;
  if (isFormatError(error)) {
    logger?.info({ err: loggedError(error) }, 'table reader: the workbook cannot be read');
    return fileError('FILE_FORMAT_UNSUPPORTED', 'The Excel file cannot be read (.xlsx only)');
  }
  logger?.error({ err: loggedError(error) }, 'table reader: the Excel reader failed');
  return error;
}

// The workbook's bytes as the stream exceljs reads, and a promise that rejects when the source
// fails. exceljs pipes its input into its unzipper with `.pipe`, which does not pass an error
// on: a source that failed (a FileStore whose database went away mid-file) left the unzipper
// waiting for the rest of the zip forever, and the import with it (and the error, with no
// listener, was thrown at the process). So the source's error is kept here: every wait on exceljs
// races it, and the unzipper the input was piped into is destroyed with it, so nothing is left
// reading.
interface WorkbookInput {
  stream: Readable;
  // The source's error, once it failed.
  error(): Error | undefined;
  // Wait for one step of exceljs, or the failure of the source or the unzipper, whichever comes first.
  guard<T>(step: Promise<T>): Promise<T>;
  // Stop reading: the source and the unzipper are destroyed.
  close(): void;
}

function workbookInput(source: AsyncIterable<Buffer>, logger: TableLogger | undefined): WorkbookInput {
  const stream = Readable.from(source, { objectMode: false });
  let sourceError: Error | undefined;
  let fail: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_resolve, reject) => {
    fail = reject;
  });
  // Nobody may be waiting when it fails (between two rows the caller asked for): the next
  // guarded step rejects with it instead.
  failed.catch(() => undefined);
  // What exceljs pipes into: unzipper's Parse, a stream that can be destroyed.
  const piped: Array<{ destroy(error?: Error): void }> = [];
  const pipe = stream.pipe.bind(stream);
  stream.pipe = <T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T => {
    // exceljs passes its unzipper (a Transform), which has `destroy`; the type of `pipe` does not say so.
    const unzipper = destination as unknown as Writable;
    piped.push(unzipper);
    // The unzipper's own error (a zip cut off: "FILE_ENDED") reaches only the loop over its
    // entries, which exceljs is not in while it reads a sheet's entry: that read would wait
    // for the rest of the entry forever.
    unzipper.once('error', (error: Error) => fail(error));
    return pipe(destination, options);
  };
  stream.once('error', (error: Error) => {
    sourceError = error;
    logger?.error({ err: loggedError(error) }, 'table reader: the file could not be read');
    for (const destination of piped) destination.destroy(error);
    fail(error);
  });
  return {
    stream,
    error: () => sourceError,
    guard: <T>(step: Promise<T>): Promise<T> => Promise.race([step, failed]),
    close: () => {
      stream.destroy();
      for (const destination of piped) destination.destroy();
    },
  };
}

async function openWorkbook(source: AsyncIterable<Buffer>, options: TableOptions): Promise<Table> {
  const input = workbookInput(source, options.logger);
  // The source's own error, when it failed, wins over whatever exceljs says after it.
  const failure = (error: unknown): unknown => {
    input.close();
    return input.error() ?? workbookError(error, options.logger);
  };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input.stream, {
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
      const next = await input.guard(sheets.next());
      if (next.done) break;
      const name = (next.value as unknown as { name?: string }).name ?? `Blad${seen.length + 1}`;
      seen.push(name);
      if (!options.sheet || options.sheet === name) {
        chosen = next.value;
        break;
      }
      // Another sheet than the one asked for: its rows are read past without being kept.
      const skipped = next.value[Symbol.asyncIterator]() as AsyncIterator<ExcelJS.Row>;
      while (!(await input.guard(skipped.next())).done);
    }
  } catch (error) {
    throw failure(error);
  }
  if (!chosen) {
    input.close();
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
  // The sheet's XML is parsed as its rows are read: a broken one fails here or in `rows`.
  const nextRow = async (): Promise<IteratorResult<ExcelJS.Row>> => {
    try {
      return await input.guard(rowsOf.next());
    } catch (error) {
      throw failure(error);
    }
  };
  let headerRow: ExcelJS.Row | undefined;
  for (;;) {
    const next = await nextRow();
    if (next.done) break;
    if (toCells(next.value).some((cell) => cell !== '')) {
      headerRow = next.value;
      break;
    }
  }
  if (!headerRow) {
    input.close();
    throw fileError('FILE_HEADER_MISSING', 'The first row must name the columns', { line: 1 });
  }
  const columns = toCells(headerRow);
  const rows = (async function* () {
    for (;;) {
      const next = await nextRow();
      if (next.done) return;
      const cells = toCells(next.value);
      if (cells.every((cell) => cell === '')) continue;
      yield { line: next.value.number, cells };
    }
  })();
  return { format: 'XLSX', sheet: seen[seen.length - 1], columns, rows };
}
