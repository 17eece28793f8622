import { MeasureStatus, ScbMeasureCategory } from '@app/measures';
import { EnrollmentEndReason, makeIdentityNumber, OccupationCategory, RegistrationReason } from '@app/young-people';

import { codeTableFor, SCB_CODE_TABLES } from './code-tables';
import { emptyCounts, encodeFile, encodePerson } from './encoder';
import { halfYearOf, parseHalfYear, previousHalfYear } from './half-year';
import { SCB_COLUMNS, SCB_FILE, ScbBlock } from './layout';
import type { ScbPerson } from './records';
import { checkPerson, hasErrors, ScbIssueCode, ScbIssueSeverity } from './validation';

const H1 = parseHalfYear('2026H1')!;
const TABLE = codeTableFor('2026H1')!;
const ctx = { period: H1, table: TABLE, municipalityCode: '1480' };
const PIN = makeIdentityNumber('2008-03-14', 123);

function person(overrides: Partial<ScbPerson> = {}): ScbPerson {
  return {
    youngPersonId: '00000000-0000-4000-8000-000000000001',
    personalIdentityNumber: PIN,
    dateOfBirth: '2008-03-14',
    registrations: [
      { registeredOn: '2025-11-03', reason: RegistrationReason.DROPPED_OUT, endedOn: null, endReason: null },
    ],
    contacts: [{ on: '2026-02-10', occupation: OccupationCategory.WORK }],
    measures: [],
    occupationAtEnd: OccupationCategory.WORK,
    ...overrides,
  };
}

describe('half-years', () => {
  it('parses keys and knows their days', () => {
    expect(parseHalfYear('2026H2')).toMatchObject({ from: '2026-07-01', to: '2026-12-31', key: '2026H2' });
    expect(parseHalfYear('2026H3')).toBeNull();
    expect(parseHalfYear('26H1')).toBeNull();
    expect(halfYearOf('2026-06-30').key).toBe('2026H1');
    expect(halfYearOf('2026-07-01').key).toBe('2026H2');
    expect(previousHalfYear(H1).key).toBe('2025H2');
  });
});

describe('code tables', () => {
  it('are versioned per period without gaps or overlaps from 2015H1', () => {
    expect(codeTableFor('2014H2')).toBeNull();
    expect(codeTableFor('2015H1')?.version).toBe('KAA-2015H1');
    expect(codeTableFor('2017H1')?.version).toBe('KAA-2015H1');
    expect(codeTableFor('2017H2')?.version).toBe('KAA-2017H2');
    expect(codeTableFor('2018H1')?.version).toBe('KAA-2017H2');
    expect(codeTableFor('2018H2')?.version).toBe('KAA-2018H2');
    expect(codeTableFor('2030H2')?.version).toBe('KAA-2018H2');
  });

  it('map only onto codes of their own list', () => {
    for (const table of SCB_CODE_TABLES) {
      const has = (list: readonly { code: string }[], code: string | null) =>
        code === null || list.some((c) => c.code === code);
      for (const code of Object.values(table.mapRegistrationReason))
        expect(has(table.registrationReasons, code)).toBe(true);
      for (const code of Object.values(table.mapOccupation)) expect(has(table.occupations, code)).toBe(true);
      for (const code of Object.values(table.mapMeasureCategory)) expect(has(table.measureTypes, code)).toBe(true);
      for (const code of Object.values(table.mapEndReason)) expect(has(table.endReasons, code)).toBe(true);
    }
  });

  it('drops the introduction-programme reason from 2018H2', () => {
    expect(codeTableFor('2018H1')!.registrationReasons.map((c) => c.code)).toContain('1');
    expect(codeTableFor('2018H2')!.registrationReasons.map((c) => c.code)).not.toContain('1');
  });
});

describe('encoder', () => {
  it('writes the five blocks in order, one line per event, with the layout of layout.ts', () => {
    const counts = emptyCounts();
    const text = encodePerson(
      person({
        registrations: [
          {
            registeredOn: '2025-11-03',
            reason: RegistrationReason.DROPPED_OUT,
            endedOn: '2026-05-31',
            endReason: EnrollmentEndReason.STARTED_EDUCATION,
          },
        ],
        contacts: [
          { on: '2026-02-10', occupation: OccupationCategory.WORK },
          { on: '2026-03-01', occupation: null },
          // Outside the half-year, and after the registration ended: not sent.
          { on: '2025-12-20', occupation: OccupationCategory.NONE },
          { on: '2026-06-10', occupation: OccupationCategory.NONE },
        ],
        measures: [
          {
            measureId: 'm1',
            category: ScbMeasureCategory.WORK_PLACEMENT,
            status: MeasureStatus.ENDED,
            offeredOn: '2025-12-01',
            respondedOn: '2025-12-02',
            startedOn: '2025-12-10',
            endedOn: '2026-04-30',
            occupationAfter: OccupationCategory.EDUCATION,
          },
          {
            measureId: 'm2',
            category: ScbMeasureCategory.STUDY_AND_CAREER_GUIDANCE,
            status: MeasureStatus.DECLINED,
            offeredOn: '2026-01-15',
            respondedOn: '2026-01-20',
            startedOn: null,
            endedOn: null,
            occupationAfter: null,
          },
        ],
      }),
      ctx,
      counts,
    );
    expect(text.split('\r\n')).toEqual([
      `1;1480;${PIN};20251103;2`,
      `2;1480;${PIN};20260210;2`,
      `2;1480;${PIN};20260301;`,
      // The placement ran into the half-year: repeated with its start (A10); the declined offer.
      `3;1480;${PIN};20251210;05;1`,
      `3;1480;${PIN};20260120;02;2`,
      `4;1480;${PIN};20260430;05;1`,
      `5;1480;${PIN};20260531;2`,
      '',
    ]);
    expect(counts).toEqual({
      people: 1,
      registrations: 1,
      contacts: 2,
      measuresStarted: 2,
      measuresEnded: 1,
      ended: 1,
    });
    // Every line has exactly its block's columns.
    for (const row of text.split(SCB_FILE.lineEnd).filter(Boolean)) {
      const fields = row.split(SCB_FILE.separator);
      expect(fields).toHaveLength(SCB_COLUMNS[fields[0] as ScbBlock].length);
    }
  });

  it('sends no reason for registration before 2017H2, when SCB did not ask for one', () => {
    const period = parseHalfYear('2016H2')!;
    const text = encodePerson(
      person({
        registrations: [
          { registeredOn: '2016-09-01', reason: RegistrationReason.OTHER, endedOn: null, endReason: null },
        ],
        contacts: [],
      }),
      { period, table: codeTableFor(period.key)!, municipalityCode: '1480' },
    );
    expect(text).toBe(`1;1480;${PIN};20160901;\r\n`);
  });

  it('refuses to write a mandatory field empty', () => {
    expect(() =>
      encodePerson(
        person({
          registrations: [
            {
              registeredOn: '2025-11-03',
              reason: RegistrationReason.DROPPED_OUT,
              endedOn: '2026-03-01',
              endReason: null,
            },
          ],
        }),
        ctx,
      ),
    ).toThrow('OrsakTillAvregistrering is empty');
  });

  it('streams the file in chunks', async () => {
    const people = Array.from({ length: 2000 }, (_, i) => person({ youngPersonId: String(i) }));
    const counts = emptyCounts();
    const chunks: string[] = [];
    for await (const chunk of encodeFile(people, ctx, counts)) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('').split('\r\n')).toHaveLength(4001);
    expect(counts.people).toBe(2000);
  });
});

describe('validation', () => {
  it('passes a complete record with no issues', () => {
    expect(checkPerson(person(), H1, TABLE)).toEqual([]);
  });

  it('reports a deliberately incomplete record with stable codes and clear messages, errors first', () => {
    const issues = checkPerson(
      person({
        personalIdentityNumber: PIN.slice(0, 11) + String((Number(PIN[11]) + 1) % 10),
        registrations: [
          {
            registeredOn: '2025-11-03',
            reason: RegistrationReason.OTHER,
            endedOn: '2026-05-02',
            endReason: EnrollmentEndReason.TURNED_20,
          },
        ],
        contacts: [{ on: '2026-02-10', occupation: null }],
        measures: [
          {
            measureId: 'm1',
            category: ScbMeasureCategory.OTHER,
            status: MeasureStatus.ENDED,
            offeredOn: '2026-01-01',
            respondedOn: '2026-01-02',
            startedOn: null,
            endedOn: '2026-03-01',
            occupationAfter: null,
          },
        ],
        occupationAtEnd: null,
      }),
      H1,
      TABLE,
    );
    expect(issues.map((i) => [i.code, i.severity, i.date])).toEqual([
      [ScbIssueCode.IDENTITY_NUMBER_INVALID, 'ERROR', null],
      [ScbIssueCode.REGISTRATION_REASON_MISSING, 'ERROR', '2025-11-03'],
      [ScbIssueCode.END_REASON_TURNED_20_TOO_EARLY, 'ERROR', '2026-05-02'],
      [ScbIssueCode.MEASURE_START_DATE_MISSING, 'ERROR', '2026-01-01'],
      [ScbIssueCode.MEASURE_OCCUPATION_AFTER_MISSING, 'ERROR', '2026-03-01'],
      [ScbIssueCode.CONTACT_OCCUPATION_MISSING, 'WARNING', '2026-02-10'],
      [ScbIssueCode.OCCUPATION_UNKNOWN, 'WARNING', null],
    ]);
    expect(issues[1].message).toBe(
      "The reason for registration has no code in SCB's list for the period: choose one of SCB's reasons",
    );
    expect(hasErrors(issues)).toBe(true);
  });

  it('warns, without an error, when nobody reached the young person in the period', () => {
    const issues = checkPerson(person({ contacts: [{ on: '2025-10-01', occupation: null }] }), H1, TABLE);
    expect(issues.map((i) => i.code)).toEqual([ScbIssueCode.NO_CONTACT_IN_PERIOD]);
    expect(issues[0].severity).toBe(ScbIssueSeverity.WARNING);
    expect(hasErrors(issues)).toBe(false);
  });

  it('judges a registration reason by the code table of the period', () => {
    const other = person({
      registrations: [{ registeredOn: '2016-09-01', reason: RegistrationReason.OTHER, endedOn: null, endReason: null }],
      contacts: [{ on: '2016-10-01', occupation: OccupationCategory.WORK }],
    });
    const h2016 = parseHalfYear('2016H2')!;
    expect(checkPerson(other, h2016, codeTableFor(h2016.key)!)).toEqual([]);
    const h2017 = parseHalfYear('2017H2')!;
    expect(
      checkPerson(
        { ...other, contacts: [{ on: '2017-10-01', occupation: OccupationCategory.WORK }] },
        h2017,
        codeTableFor(h2017.key)!,
      ).map((i) => i.code),
    ).toEqual([ScbIssueCode.REGISTRATION_REASON_MISSING]);
  });
});
