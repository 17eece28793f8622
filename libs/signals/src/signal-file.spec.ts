import { makeIdentityNumber } from '@app/young-people';

import { kindOf, parseSignalRow, resolveSignalColumns } from './signal-file';
import { SignalKind } from './signals.enums';

// The reading of one row of a school's signals file (the file itself is read by the shared
// table reader, tested in libs/core/files).
describe('signal files', () => {
  const today = '2026-10-15';
  const pnr = makeIdentityNumber('2008-04-10', 211);
  const header = ['Personnummer', 'Signal', 'Datum', 'Från', 'T.o.m.', 'Frånvaro %', 'Kommentar'];
  const columns = resolveSignalColumns(header);

  it('finds the columns however the school system names them', () => {
    expect(columns).toEqual({
      identityNumber: 0,
      kind: 1,
      occurredOn: 2,
      periodStart: 3,
      periodEnd: 4,
      absencePercent: 5,
      details: 6,
    });
    expect(() => resolveSignalColumns(['Namn', 'Signal', 'Datum'])).toThrow(/personnummer/);
    expect(() => resolveSignalColumns(['Pnr', 'Datum'])).toThrow(/signal/);
  });

  it('reads the kinds as codes or in Swedish words', () => {
    expect(kindOf('LEFT_UPPER_SECONDARY')).toBe(SignalKind.LEFT_UPPER_SECONDARY);
    expect(kindOf('Avbrott')).toBe(SignalKind.LEFT_UPPER_SECONDARY);
    expect(kindOf('ogiltig frånvaro')).toBe(SignalKind.UNEXCUSED_ABSENCE);
    expect(kindOf('Frånvaroutredning')).toBe(SignalKind.ABSENCE_INVESTIGATION_STARTED);
    expect(kindOf('Påbörjat')).toBe(SignalKind.STARTED_UPPER_SECONDARY);
    expect(kindOf('Något')).toBeUndefined();
  });

  it('reads a period of absence, dated by its end', () => {
    const row = parseSignalRow(
      2,
      [pnr, 'Frånvaro', '', '2026-09-01', '2026-10-01', '35,4 %', ''],
      columns,
      header,
      today,
    );
    expect(row).toMatchObject({
      kind: SignalKind.ABSENCE_PERIOD,
      personalIdentityNumber: pnr,
      occurredOn: '2026-10-01',
      periodStart: '2026-09-01',
      periodEnd: '2026-10-01',
      absencePercent: 35,
      details: null,
    });
  });

  it('refuses a row with its line, code and column', () => {
    const refuse = (cells: string[]) => parseSignalRow(7, cells, columns, header, today);
    expect(refuse(['2,00804E+11', 'Avbrott', '2026-10-01', '', '', '', ''])).toEqual({
      line: 7,
      code: 'SIGNAL_ROW_IDENTITY_NUMBER_INVALID',
      field: 'Personnummer',
    });
    expect(refuse([pnr, 'Avbrott', '2026-10-20', '', '', '', ''])).toMatchObject({ code: 'SIGNAL_ROW_DATE_INVALID' });
    expect(refuse([pnr, 'Frånvaro', '', '2026-10-01', '2026-09-01', '10', ''])).toMatchObject({
      code: 'SIGNAL_ROW_DATE_INVALID',
    });
    expect(refuse([pnr, 'Frånvaro', '', '2026-09-01', '2026-10-01', '', ''])).toMatchObject({
      code: 'SIGNAL_ROW_PERCENT_INVALID',
    });
    expect(refuse([pnr, 'Okänt', '2026-10-01', '', '', '', ''])).toMatchObject({
      code: 'SIGNAL_ROW_KIND_INVALID',
      field: 'Signal',
    });
  });
});
