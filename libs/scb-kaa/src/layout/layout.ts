// THE LAYOUT OF THE SCB KAA FILE, in one place (issue 18). SCB's "Datafilsbeskrivning" for the
// period settles the real one; until it has been read (../shared/research/scb-kaa.md §8), this is
// our assumed layout, and every assumption is numbered in ./README.md. To correct the file,
// change the constants and column lists here and the codes in ./code-tables.ts; the encoder and
// the validation read nothing else.

// A1–A4 (README.md): plain text, UTF-8 without byte-order mark, one record per line ending in
// CR LF, fields separated by semicolons, no header line, no quoting (no field can hold a
// semicolon: every field is a code, a date or digits).
export const SCB_FILE = {
  encoding: 'utf-8',
  separator: ';',
  lineEnd: '\r\n',
  contentType: 'text/plain; charset=utf-8',
  // KAA_<kommunkod>_<period>_<sequence>.txt, e.g. KAA_1480_2026H1_1.txt.
  fileName: (municipalityCode: string, period: string, sequence: number) =>
    `KAA_${municipalityCode}_${period}_${sequence}.txt`,
} as const;

// The five blocks of SCB's form (Instruktioner till Kommunernas aktivitetsansvar, 2018). Each
// line of the file is one event of one young person; its first field names the block (A5).
export enum ScbBlock {
  REGISTRATION = '1',
  CONTACT = '2',
  MEASURE_STARTED = '3',
  MEASURE_ENDED = '4',
  KAA_ENDED = '5',
}

export interface ScbColumn {
  name: string;
  // What the field holds, for the documentation and the unit test.
  format: 'BLOCK' | 'KOMMUNKOD' | 'PERSONNUMMER' | 'DATE' | 'CODE';
  // Mandatory fields may never be empty in a produced file; the validation reports a young
  // person whose data would leave one empty.
  mandatory: boolean;
}

const COMMON: readonly ScbColumn[] = [
  { name: 'Block', format: 'BLOCK', mandatory: true },
  { name: 'Kommunkod', format: 'KOMMUNKOD', mandatory: true },
  // A7: the 12-digit form YYYYMMDDNNNN, no separator; a samordningsnummer as it is.
  { name: 'Personnummer', format: 'PERSONNUMMER', mandatory: true },
];

export const SCB_COLUMNS: Readonly<Record<ScbBlock, readonly ScbColumn[]>> = {
  [ScbBlock.REGISTRATION]: [
    ...COMMON,
    { name: 'Registreringsdatum', format: 'DATE', mandatory: true },
    // Mandatory from 2017H2 (the code table says so per period).
    { name: 'OrsakTillRegistrering', format: 'CODE', mandatory: false },
  ],
  [ScbBlock.CONTACT]: [
    ...COMMON,
    { name: 'Kontaktdatum', format: 'DATE', mandatory: true },
    // A8: left empty when the coordinator recorded no occupation at the contact (Skolverket's
    // "ingen inrapporterad sysselsättning"); a warning, not an error.
    { name: 'SysselsattningVidKontakt', format: 'CODE', mandatory: false },
  ],
  [ScbBlock.MEASURE_STARTED]: [
    ...COMMON,
    // The start date, or for a declined measure the day it was declined (A9).
    { name: 'Datum', format: 'DATE', mandatory: true },
    { name: 'Atgardstyp', format: 'CODE', mandatory: true },
    { name: 'Svar', format: 'CODE', mandatory: true },
  ],
  [ScbBlock.MEASURE_ENDED]: [
    ...COMMON,
    { name: 'Slutdatum', format: 'DATE', mandatory: true },
    { name: 'Atgardstyp', format: 'CODE', mandatory: true },
    { name: 'SysselsattningEfterAtgard', format: 'CODE', mandatory: true },
  ],
  [ScbBlock.KAA_ENDED]: [
    ...COMMON,
    { name: 'Avregistreringsdatum', format: 'DATE', mandatory: true },
    { name: 'OrsakTillAvregistrering', format: 'CODE', mandatory: true },
  ],
};

// A6: dates as YYYYMMDD.
export function scbDate(isoDay: string): string {
  return isoDay.replace(/-/g, '');
}
