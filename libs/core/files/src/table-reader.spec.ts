import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';

import ExcelJS from 'exceljs';

import { DomainError, ErrorCode } from '@app/core/errors';

import { openTable, type Table, type TableLogger, type TableRow } from './table-reader';

// The files municipalities and schools really send (issue 16, "Bad input"): each is read
// correctly or refused with a FILE_* code, never half-read.

async function* chunks(bytes: Buffer, size = 7): AsyncGenerator<Buffer> {
  // Small pieces, so that characters and lines are split across chunks as on a real socket.
  for (let i = 0; i < bytes.length; i += size) yield await Promise.resolve(bytes.subarray(i, i + size));
}

async function rowsOf(table: Table): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  for await (const row of table.rows) rows.push(row);
  return rows;
}

async function read(
  bytes: Buffer,
  fileName = 'fil.csv',
  sheet?: string,
  chunkSize = 7,
): Promise<{ table: Table; rows: TableRow[] }> {
  const table = await openTable(chunks(bytes, chunkSize), { fileName, sheet });
  return { table, rows: await rowsOf(table) };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
// Windows-1252 puts a few characters where Latin-1 has control codes; Buffer cannot write them.
const WINDOWS_1252: Record<string, number> = {
  '€': 0x80,
  '–': 0x96,
  '—': 0x97,
  '“': 0x93,
  '”': 0x94,
  '‘': 0x91,
  '’': 0x92,
  '…': 0x85,
};
const windows1252 = (text: string): Buffer =>
  Buffer.from([...text].map((char) => WINDOWS_1252[char] ?? (char.codePointAt(0) as number)));

describe('openTable: CSV', () => {
  it('reads UTF-8 with a byte order mark, semicolons and quoted fields', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(
        'Personnummer;Förnamn;Efternamn\r\n20080115-2381;Åsa;"Öberg; Ek"\r\n\r\n200801152381;Björn;Ärlig\r\n',
      ),
    ]);
    const { table, rows } = await read(bytes);
    expect(table).toMatchObject({ format: 'CSV', encoding: 'UTF-8', delimiter: ';' });
    expect(table.columns).toEqual(['Personnummer', 'Förnamn', 'Efternamn']);
    expect(rows).toEqual([
      { line: 2, cells: ['20080115-2381', 'Åsa', 'Öberg; Ek'] },
      { line: 4, cells: ['200801152381', 'Björn', 'Ärlig'] },
    ]);
  });

  it('reads UTF-8 without a byte order mark and commas', async () => {
    const { table, rows } = await read(Buffer.from('pnr,namn\n20080115-2381,Åke\n'));
    expect(table).toMatchObject({ encoding: 'UTF-8', delimiter: ',' });
    expect(rows).toEqual([{ line: 2, cells: ['20080115-2381', 'Åke'] }]);
  });

  it('reads Latin-1 (Windows-1252) as older systems and Excel write it', async () => {
    const { table, rows } = await read(latin1('Personnummer;Förnamn\n20080115-2381;Märta Åström\n'));
    expect(table.encoding).toBe('WINDOWS-1252');
    expect(table.columns).toEqual(['Personnummer', 'Förnamn']);
    expect(rows[0]?.cells).toEqual(['20080115-2381', 'Märta Åström']);
  });

  it('reads tab-separated files', async () => {
    const { table, rows } = await read(Buffer.from('a\tb\n1\t2\n'));
    expect(table.delimiter).toBe('\t');
    expect(rows[0]?.cells).toEqual(['1', '2']);
  });

  it('gives a file of only a header no rows, and keeps rows with too few or many cells for the caller', async () => {
    expect((await read(Buffer.from('a;b\n'))).rows).toEqual([]);
    expect((await read(Buffer.from('a;b\n1\n1;2;3\n'))).rows.map((r) => r.cells)).toEqual([['1'], ['1', '2', '3']]);
  });

  it('refuses an empty file, a blank first line, UTF-16, binary data and mixed encodings with their codes', async () => {
    expect((await refusal(read(Buffer.alloc(0)))).code).toBe(ErrorCode.FILE_EMPTY);
    expect((await refusal(read(Buffer.from('\n\na;b\n')))).code).toBe(ErrorCode.FILE_HEADER_MISSING);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a;b\n', 'utf16le')]);
    expect((await refusal(read(utf16))).code).toBe(ErrorCode.FILE_ENCODING_UNSUPPORTED);
    expect((await refusal(read(Buffer.from([1, 2, 0, 4, 5])))).code).toBe(ErrorCode.FILE_FORMAT_UNSUPPORTED);
    // Valid UTF-8 in its first 64 kB, a Latin-1 "ö" far below: refused, not misread.
    const mixed = Buffer.concat([Buffer.from(`a;b\n${'1;Åsa\n'.repeat(20_000)}`), latin1('2;Björn\n')]);
    const error = await refusal(read(mixed));
    expect(error.code).toBe(ErrorCode.FILE_ENCODING_INVALID);
    expect(error.details).toEqual({ line: 20_002 });
  });

  it('refuses a text file named as a workbook', async () => {
    expect((await refusal(read(Buffer.from('a;b\n1;2\n'), 'lista.xlsx'))).code).toBe(ErrorCode.FILE_FORMAT_UNSUPPORTED);
  });

  it('reports an unterminated quote with its line', async () => {
    const error = await refusal(read(Buffer.from('a;b\n1;2\n3;"oavslutad\n')));
    expect(error.code).toBe(ErrorCode.FILE_CSV_INVALID);
  });

  it('streams 100,000 rows without holding them', async () => {
    const lines = ['pnr;namn'];
    for (let i = 0; i < 100_000; i += 1) lines.push(`2008011${String(i).padStart(5, '0')};Namn ${i}`);
    const table = await openTable(chunks(Buffer.from(lines.join('\n')), 64 * 1024), { fileName: 'stor.csv' });
    let count = 0;
    let last: TableRow | undefined;
    for await (const row of table.rows) {
      count += 1;
      last = row;
    }
    expect(count).toBe(100_000);
    expect(last).toEqual({ line: 100_001, cells: ['200801199999', 'Namn 99999'] });
  });
});

describe('openTable: the encoding of the whole file (issue 16)', () => {
  // The file store keeps files in chunks of 1 MiB, and the reader once judged the encoding by
  // the first of them: a file was read as whatever its first MiB looked like.
  const MIB = 1024 * 1024;
  const FILE_STORE_CHUNK = MIB;
  const utf8Rows = (count: number): string => `Personnummer;Namn\n${'20080115-2381;Åsa Öberg\n'.repeat(count)}`;
  const asciiRows = (count: number): string => `Personnummer;Namn\n${'20080115-2381;Kalle Berg\n'.repeat(count)}`;
  // Past the first MiB whatever the letters' width.
  const ROWS = 60_000;

  async function outcome(bytes: Buffer, chunkSize: number): Promise<unknown> {
    try {
      const { table, rows } = await read(bytes, 'fil.csv', undefined, chunkSize);
      return { encoding: table.encoding, rows: rows.length, last: rows[rows.length - 1] };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { code: error.code, details: error.details };
    }
  }

  it('refuses a UTF-8 file with Latin-1 after its first MiB, with the line', async () => {
    const bytes = Buffer.concat([Buffer.from(utf8Rows(ROWS)), latin1('20080115-2381;Björn\n')]);
    expect(bytes.length).toBeGreaterThan(MIB);
    const error = await refusal(read(bytes, 'fil.csv', undefined, FILE_STORE_CHUNK));
    expect(error.code).toBe(ErrorCode.FILE_ENCODING_INVALID);
    expect(error.details).toEqual({ line: ROWS + 2 });
  });

  it('refuses a Latin-1 file with UTF-8 after its first MiB, with the same code', async () => {
    const bytes = Buffer.concat([latin1(utf8Rows(ROWS)), Buffer.from('20080115-2381;Björn\n')]);
    expect(bytes.length).toBeGreaterThan(MIB);
    const error = await refusal(read(bytes, 'fil.csv', undefined, FILE_STORE_CHUNK));
    expect(error.code).toBe(ErrorCode.FILE_ENCODING_INVALID);
    expect(error.details).toEqual({ line: ROWS + 2 });
  });

  it('refuses a UTF-8 file that ends in the middle of a character', async () => {
    const bytes = Buffer.concat([Buffer.from('a;b\n1;Åsa\n2;'), Buffer.from([0xc3])]);
    const error = await refusal(read(bytes));
    expect(error.code).toBe(ErrorCode.FILE_ENCODING_INVALID);
    expect(error.details).toEqual({ line: 3 });
  });

  it('reads a large clean UTF-8 file', async () => {
    const { table, rows } = await read(Buffer.from(utf8Rows(ROWS)), 'fil.csv', undefined, FILE_STORE_CHUNK);
    expect(table.encoding).toBe('UTF-8');
    expect(rows).toHaveLength(ROWS);
    expect(rows[ROWS - 1]).toEqual({ line: ROWS + 1, cells: ['20080115-2381', 'Åsa Öberg'] });
  });

  it('reads clean Windows-1252, also when its first letter beyond ASCII comes after the first MiB', async () => {
    // Quotes, dashes and the euro sign of Windows-1252 next to Swedish letters.
    const text = 'Personnummer;Namn;Not\n20080115-2381;Märta Åström;Café – “Ö-gruppen” 5 €\n';
    const small = await read(windows1252(text), 'fil.csv', undefined, 3);
    expect(small.table.encoding).toBe('WINDOWS-1252');
    expect(small.rows[0]?.cells).toEqual(['20080115-2381', 'Märta Åström', 'Café – “Ö-gruppen” 5 €']);
    const late = Buffer.concat([
      Buffer.from(asciiRows(ROWS)),
      windows1252('20080115-2381;Märta Åström;Café – “Ö-gruppen” 5 €\n'),
    ]);
    expect(late.length).toBeGreaterThan(MIB);
    const { table, rows } = await read(late, 'fil.csv', undefined, FILE_STORE_CHUNK);
    expect(table.encoding).toBe('WINDOWS-1252');
    expect(rows).toHaveLength(ROWS + 1);
    expect(rows[ROWS]?.cells[1]).toBe('Märta Åström');
  });

  it('decides the same wherever the chunks end, a character split across two chunks included', async () => {
    // Two-, three- and four-byte characters (å, €, an emoji) and a byte order mark.
    const utf8 = Buffer.from('\uFEFFa;b\n1;å€😀\n2;Öst\n');
    const expected = { encoding: 'UTF-8', rows: 2, last: { line: 3, cells: ['2', 'Öst'] } };
    for (const size of [1, 2, 3, 4, 5, 7, 11, utf8.length]) {
      expect(await outcome(utf8, size)).toEqual(expected);
      expect((await read(utf8, 'fil.csv', undefined, size)).rows[0]?.cells).toEqual(['1', 'å€😀']);
    }
    // Every split point of the file in two chunks, so each byte of each character is split off once.
    async function* twoParts(bytes: Buffer, at: number): AsyncGenerator<Buffer> {
      yield await Promise.resolve(bytes.subarray(0, at));
      yield bytes.subarray(at);
    }
    for (let at = 1; at < utf8.length; at += 1) {
      const table = await openTable(twoParts(utf8, at), { fileName: 'fil.csv' });
      expect((await rowsOf(table)).map((row) => row.cells)).toEqual([
        ['1', 'å€😀'],
        ['2', 'Öst'],
      ]);
      expect(table.encoding).toBe('UTF-8');
    }
    // Mixed and Windows-1252 files: the same answer for every chunk size too.
    const mixed = Buffer.concat([Buffer.from('a;b\n1;Åsa\n'), latin1('2;Björn\n'), Buffer.from('3;Åke\n')]);
    const windows = latin1('a;b\n1;Åsa\n2;Björn\n');
    for (const size of [1, 2, 3, 5, 7, 64]) {
      expect(await outcome(mixed, size)).toEqual({ code: ErrorCode.FILE_ENCODING_INVALID, details: { line: 3 } });
      expect(await outcome(windows, size)).toEqual({
        encoding: 'WINDOWS-1252',
        rows: 2,
        last: { line: 3, cells: ['2', 'Björn'] },
      });
    }
  });
});

describe('openTable: Windows-1252 that is valid UTF-8 in places (issue 16)', () => {
  // In Windows-1252 a capital letter followed by a curly quote, a dash or the euro sign is two
  // bytes that are also one valid UTF-8 character: "Ö”" is D6 94 (U+0594), "Ä“" C4 93, "Å’"
  // C5 92, "É–" C9 96, "Ö€" D6 80. The judge once took the first such pair for proof of UTF-8
  // (and refused the file at its first "å"), or, in a file already judged Windows-1252, for
  // UTF-8 pasted in (and refused it as mixed).
  const header = 'Personnummer;Namn;Klass;Not\n';
  const rows = [
    '20080115-2381;Örjan Ågren;”9Ö”;Sa ”JÖ”\n',
    '20080216-2382;Åsa Ärlig;“9Ä“;Kom ‘ÅÄ’ – ÅÖ€ 5 €\n',
    '20080317-2383;Émile Öst;9É–;Tog “Å” … och ’Ö’ — sen\n',
  ];
  const cells = [
    ['20080115-2381', 'Örjan Ågren', '”9Ö”', 'Sa ”JÖ”'],
    ['20080216-2382', 'Åsa Ärlig', '“9Ä“', 'Kom ‘ÅÄ’ – ÅÖ€ 5 €'],
    ['20080317-2383', 'Émile Öst', '9É–', 'Tog “Å” … och ’Ö’ — sen'],
  ];
  const sizes = [1, 2, 3, 5, 7, 64, 4096];

  async function outcome(bytes: Buffer, chunkSize: number): Promise<unknown> {
    try {
      const { table, rows: read_ } = await read(bytes, 'fil.csv', undefined, chunkSize);
      return { encoding: table.encoding, cells: read_.map((row) => row.cells) };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { code: error.code, details: error.details };
    }
  }

  it('checks its byte sequences: each capital and sign is one valid UTF-8 character', () => {
    // The reproduction rests on these bytes; the decoder confirms they are valid UTF-8.
    for (const pair of ['Ö”', 'Ä“', 'Å’', 'É–', 'Ö€', 'Ä‘', 'Å…', 'Ö—']) {
      const bytes = windows1252(pair);
      expect(bytes).toHaveLength(2);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
    }
    expect(windows1252('”9Ö”')).toEqual(Buffer.from([0x94, 0x39, 0xd6, 0x94]));
  });

  it('reads Windows-1252 whose first letter beyond ASCII is a capital before a curly quote', async () => {
    // "9Ö”" in row 1 comes before any other letter beyond ASCII: the judge must not decide there.
    const first = windows1252(`${header}20080115-2381;Kalle Berg;9Ö”;x\n${rows.join('')}`);
    for (const size of sizes) {
      expect(await outcome(first, size)).toEqual({
        encoding: 'WINDOWS-1252',
        cells: [['20080115-2381', 'Kalle Berg', '9Ö”', 'x'], ...cells],
      });
    }
  });

  it('reads Windows-1252 with such pairs after it is judged, and with only such pairs before its first other letter', async () => {
    for (const size of sizes) {
      expect(await outcome(windows1252(header + rows.join('')), size)).toEqual({ encoding: 'WINDOWS-1252', cells });
    }
    // Only capitals before signs, and then one "å" on the last line: still Windows-1252.
    const late = windows1252(`${header}1;Ä”;Ö€;É–\n2;Gård;x;y\n`);
    for (const size of sizes) {
      expect(await outcome(late, size)).toEqual({
        encoding: 'WINDOWS-1252',
        cells: [
          ['1', 'Ä”', 'Ö€', 'É–'],
          ['2', 'Gård', 'x', 'y'],
        ],
      });
    }
  });

  it('reads Latin-1 (ISO 8859-1) with a capital before a no-break space, section sign or degree sign', async () => {
    // Latin-1's own signs after a capital (D6 A0, C5 A7, C4 B0) are valid UTF-8 too.
    const text = `${header}1;Björn Ö\u00a0Ås;§Å§;Ä°C\n`;
    for (const size of sizes) {
      expect(await outcome(latin1(text), size)).toEqual({
        encoding: 'WINDOWS-1252',
        cells: [['1', 'Björn Ö\u00a0Ås', '§Å§', 'Ä°C']],
      });
    }
  });

  it('reads the same text as UTF-8 with and without a byte order mark', async () => {
    const text = header + rows.join('');
    for (const bytes of [Buffer.from(text), Buffer.from(`\uFEFF${text}`)]) {
      for (const size of sizes) {
        expect(await outcome(bytes, size)).toEqual({ encoding: 'UTF-8', cells });
      }
    }
    // UTF-8 whose only letters beyond ASCII are ones Windows-1252 could also have written
    // (Ğ is C4 9E, "Äž"): valid UTF-8 to its end, so UTF-8.
    const turkish = Buffer.from(`${header}1;Ğ;x;y\n`);
    for (const size of sizes) {
      expect(await outcome(turkish, size)).toEqual({ encoding: 'UTF-8', cells: [['1', 'Ğ', 'x', 'y']] });
    }
  });

  it('refuses files really pasted together from both, with the line the second encoding starts on', async () => {
    const cases: [string, Buffer, number][] = [
      // Windows-1252 rows (with "Ö”" pairs), then a UTF-8 "Ö".
      ['UTF-8 letter in Windows-1252', Buffer.concat([windows1252(header + rows[0]), Buffer.from('2;Björn;x;y\n')]), 3],
      // Windows-1252 rows, then a UTF-8 curly quote (E2 80 9D).
      ['UTF-8 quote in Windows-1252', Buffer.concat([windows1252(header + rows[1]), Buffer.from('2;Bo;”9A”;y\n')]), 3],
      // Windows-1252 rows, then a UTF-8 euro sign (E2 82 AC).
      ['UTF-8 euro in Windows-1252', Buffer.concat([windows1252(header + rows[2]), Buffer.from('2;Bo;9A;5 €\n')]), 3],
      // UTF-8 rows, then a Windows-1252 curly quote.
      ['Windows-1252 quote in UTF-8', Buffer.concat([Buffer.from(header + rows[0]), windows1252('2;Bo;”9A”;y\n')]), 3],
      // UTF-8 with a byte order mark, then Windows-1252 "Ö”" followed by a Windows-1252 "å".
      [
        'Windows-1252 in UTF-8 with BOM',
        Buffer.concat([Buffer.from(`\uFEFF${header}${rows[1]}`), windows1252('2;Bo;9Ö”;x\n3;Gård;x;y\n')]),
        4,
      ],
      // Undecided ("Ö”" only) until a UTF-8 "å" on line 3 and a Windows-1252 "å" on line 4.
      [
        'undecided, then both',
        Buffer.concat([windows1252(`${header}1;9Ö”;x;y\n`), Buffer.from('2;Åsa;x;y\n'), windows1252('3;Åsa;x;y\n')]),
        4,
      ],
    ];
    for (const [name, bytes, line] of cases) {
      for (const size of sizes) {
        expect({ name, size, result: await outcome(bytes, size) }).toEqual({
          name,
          size,
          result: { code: ErrorCode.FILE_ENCODING_INVALID, details: { line } },
        });
      }
    }
  });

  it('decides a file still open after 64 KiB as the UTF-8 it is valid as, and refuses Windows-1252 after it', async () => {
    const open = `${header}1;Ğ;x;y\n${'2;Kalle;x;y\n'.repeat(8_000)}`;
    expect(Buffer.byteLength(open)).toBeGreaterThan(64 * 1024);
    const { table, rows: read_ } = await read(Buffer.from(open), 'fil.csv', undefined, 1024);
    expect(table.encoding).toBe('UTF-8');
    expect(read_[0]?.cells[1]).toBe('Ğ');
    const mixed = Buffer.concat([Buffer.from(open), latin1('3;Björn;x;y\n')]);
    expect(await outcome(mixed, 1024)).toEqual({ code: ErrorCode.FILE_ENCODING_INVALID, details: { line: 8_003 } });
  });
});

describe('openTable: Excel', () => {
  async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    build(book);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('reads the first sheet of several, with identity numbers Excel stored as numbers exactly', async () => {
    const bytes = await workbook((book) => {
      const first = book.addWorksheet('Elever');
      first.addRow(['Personnummer', 'Namn', 'Slutade']);
      first.addRow([200801152381, 'Åsa', new Date(Date.UTC(2026, 7, 15))]);
      first.addRow([]);
      first.addRow(['20080115-2381', { richText: [{ text: 'Bj' }, { text: 'örn' }] }, null]);
      book.addWorksheet('Annat').addRow(['x']);
    });
    const { table, rows } = await read(bytes, 'lista.xlsx');
    expect(table).toMatchObject({ format: 'XLSX', sheet: 'Elever', columns: ['Personnummer', 'Namn', 'Slutade'] });
    expect(rows).toEqual([
      { line: 2, cells: ['200801152381', 'Åsa', '2026-08-15'] },
      { line: 4, cells: ['20080115-2381', 'Björn'] },
    ]);
  });

  it('reads a named sheet, and refuses one the workbook lacks', async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet('Första').addRow(['a']);
      const second = book.addWorksheet('Andra');
      second.addRow(['b']);
      second.addRow(['2']);
    });
    expect((await read(bytes, 'x.xlsx', 'Andra')).rows).toEqual([{ line: 2, cells: ['2'] }]);
    const error = await refusal(read(bytes, 'x.xlsx', 'Tredje'));
    expect(error.code).toBe(ErrorCode.FILE_SHEET_MISSING);
  });

  it('takes a formula cell’s value, and refuses one without a value', async () => {
    const withValue = await workbook((book) => {
      const sheet = book.addWorksheet('A');
      sheet.addRow(['summa']);
      sheet.addRow([{ formula: '1+1', result: 2 }]);
    });
    expect((await read(withValue, 'x.xlsx')).rows).toEqual([{ line: 2, cells: ['2'] }]);
    const withoutValue = await workbook((book) => {
      const sheet = book.addWorksheet('A');
      sheet.addRow(['summa']);
      sheet.addRow([{ formula: 'B9*2' }]);
    });
    const error = await refusal(read(withoutValue, 'x.xlsx'));
    expect(error.code).toBe(ErrorCode.FILE_CELL_FORMULA);
    expect(error.details).toMatchObject({ line: 2, column: 1 });
  });

  // A logger that keeps what the reader tells it.
  function logLines(): { logger: TableLogger; lines: Array<{ level: string; details: object; message: string }> } {
    const lines: Array<{ level: string; details: object; message: string }> = [];
    return {
      lines,
      logger: {
        info: (details, message) => lines.push({ level: 'info', details, message }),
        error: (details, message) => lines.push({ level: 'error', details, message }),
      },
    };
  }

  // A zip of stored (uncompressed) entries in the order given, to build the workbooks exceljs
  // does not write.
  function storedZip(entries: Array<[string, string]>): Buffer {
    const locals: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    for (const [name, text] of entries) {
      const data = Buffer.from(text);
      const nameBytes = Buffer.from(name);
      const crc = crc32(data);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(data.length, 22);
      local.writeUInt16LE(nameBytes.length, 26);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(20, 4);
      central.writeUInt16LE(20, 6);
      central.writeUInt32LE(crc, 16);
      central.writeUInt32LE(data.length, 20);
      central.writeUInt32LE(data.length, 24);
      central.writeUInt16LE(nameBytes.length, 28);
      central.writeUInt32LE(offset, 42);
      locals.push(local, nameBytes, data);
      centrals.push(central, nameBytes);
      offset += local.length + nameBytes.length + data.length;
    }
    const directory = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
  }

  it('refuses a broken workbook, and logs why without the cells', async () => {
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    expect((await refusal(read(broken, 'x.xlsx'))).code).toBe(ErrorCode.FILE_FORMAT_UNSUPPORTED);
    // Cut off: the zip ends early.
    const good = await workbook((book) => book.addWorksheet('A').addRow(['200801152381']));
    const log = logLines();
    const cut = await refusal(
      openTable(chunks(good.subarray(0, good.length >> 1)), { fileName: 'x.xlsx', logger: log.logger }),
    );
    expect(cut.code).toBe(ErrorCode.FILE_FORMAT_UNSUPPORTED);
    expect(log.lines).toEqual([
      {
        level: 'info',
        details: { err: { name: 'Error', message: 'FILE_ENDED' } },
        message: 'table reader: the workbook cannot be read',
      },
    ]);
    // A sheet whose XML is broken (saxes' "line:column: message"), with an identity number in it:
    // the number does not reach the log.
    const badXml = storedZip([
      [
        'xl/worksheets/sheet1.xml',
        '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>200801152381</t></is></c></row></x>',
      ],
    ]);
    const xmlLog = logLines();
    const xml = await refusal(readWith(badXml, xmlLog.logger));
    expect(xml.code).toBe(ErrorCode.FILE_FORMAT_UNSUPPORTED);
    expect(xmlLog.lines).toHaveLength(1);
    expect(JSON.stringify(xmlLog.lines)).not.toContain('200801152381');
    expect(xmlLog.lines[0]?.details).toMatchObject({
      err: { name: 'Error', message: expect.stringMatching(/^1:\d+: /) as unknown },
    });
  });

  // A workbook larger than the 64 KiB the format is judged on, with cells that do not compress,
  // so a failure can come while the sheet's rows are read (and not before exceljs starts).
  async function largeWorkbook(): Promise<Buffer> {
    return workbook((book) => {
      const sheet = book.addWorksheet('Elever');
      sheet.addRow(['Personnummer', 'Anteckning']);
      // Text that deflate cannot shrink much, the same in every run.
      for (let i = 0; i < 6000; i += 1) {
        sheet.addRow([String(200801150000 + i), createHash('sha256').update(String(i)).digest('base64')]);
      }
    });
  }

  // The stored file's bytes up to `failAt`, then the read error a FileStore gives when its
  // database goes away in the middle of a file.
  async function* failingAfter(bytes: Buffer, failAt: number, error: Error): AsyncGenerator<Buffer> {
    for (let i = 0; i < failAt; i += 4096) yield await Promise.resolve(bytes.subarray(i, Math.min(i + 4096, failAt)));
    throw error;
  }

  async function outcome(promise: Promise<unknown>): Promise<unknown> {
    return promise.then(
      () => 'read to the end',
      (e: unknown) => e,
    );
  }

  // exceljs pipes its input into its unzipper with `.pipe`, which does not pass an error on: a
  // read error of the source left the import waiting for the rest of the zip forever (and the
  // error, with no listener, took the process down). Each case has its own short timeout, so the
  // old reader fails here instead of hanging the suite.
  it.each([
    ['before the first sheet is found', 70_000],
    ['in the middle of the sheet’s rows', 0.6],
    ['just before the end of the zip', -100],
  ])(
    'fails with the source’s own error when the source fails %s, and logs it',
    async (_when, at) => {
      const bytes = await largeWorkbook();
      expect(bytes.length).toBeGreaterThan(150_000);
      const failAt = at < 0 ? bytes.length + at : at < 1 ? Math.floor(bytes.length * at) : at;
      const readError = Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' });
      const log = logLines();
      const error = await outcome(
        openTable(failingAfter(bytes, failAt, readError), { fileName: 'x.xlsx', logger: log.logger }).then(rowsOf),
      );
      // The source's error as it is (not FILE_FORMAT_UNSUPPORTED: the file is good, the read was
      // not), so the job tries again and a request answers INTERNAL.
      expect(error).toBe(readError);
      expect(log.lines).toEqual([
        {
          level: 'error',
          details: { err: { name: 'Error', message: 'Connection terminated unexpectedly', code: 'ECONNRESET' } },
          message: 'table reader: the file could not be read',
        },
      ]);
    },
    5_000,
  );

  it('keeps the code of a source that refuses the file itself (a DomainError) mid-read', async () => {
    const bytes = await largeWorkbook();
    const tooLarge = new DomainError(ErrorCode.FILE_TOO_LARGE, 'The file is too large');
    const error = await outcome(openTable(failingAfter(bytes, 100_000, tooLarge), { fileName: 'x.xlsx' }).then(rowsOf));
    expect(error).toBe(tooLarge);
  }, 5_000);

  it('refuses a large workbook cut off in the middle of its sheet as unreadable, without hanging', async () => {
    const bytes = await largeWorkbook();
    for (const fraction of [0.45, 0.8]) {
      const cut = bytes.subarray(0, Math.floor(bytes.length * fraction));
      const error = await outcome(openTable(chunks(cut, 4096), { fileName: 'x.xlsx' }).then(rowsOf));
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe(ErrorCode.FILE_FORMAT_UNSUPPORTED);
    }
  }, 5_000);

  async function readWith(bytes: Buffer, logger: TableLogger): Promise<TableRow[]> {
    return rowsOf(await openTable(chunks(bytes), { fileName: 'x.xlsx', logger }));
  }

  it('does not call a failure of the Excel reader an unsupported file: it is thrown as it is and logged', async () => {
    // exceljs reads a sheet before the workbook part when the shared strings and the workbook's
    // relationships come first, and then fails on the part it has not read (a TypeError; upstream
    // exceljs#3064 reports it as a race of its streaming reader). Here a zip without
    // xl/workbook.xml forces it. It used to be FILE_FORMAT_UNSUPPORTED, telling a school its file
    // was not Excel; now the job tries again, a request answers INTERNAL, and the log says why.
    const relationships =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '</Relationships>';
    const zip = storedZip([
      ['xl/_rels/workbook.xml.rels', relationships],
      ['xl/sharedStrings.xml', '<sst count="0" uniqueCount="0"></sst>'],
      [
        'xl/worksheets/sheet1.xml',
        '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row></sheetData></worksheet>',
      ],
    ]);
    const log = logLines();
    const error: unknown = await readWith(zip, log.logger).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(DomainError);
    expect(log.lines).toEqual([
      {
        level: 'error',
        details: { err: { name: 'TypeError', message: expect.stringContaining("reading 'sheets'") as unknown } },
        message: 'table reader: the Excel reader failed',
      },
    ]);
  });
});
