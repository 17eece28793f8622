import fc from 'fast-check';

import { DomainError, ErrorCode } from '@app/core/errors';

import { ageOn, anniversary, formatIdentityNumber, makeIdentityNumber, parseIdentityNumber } from './identity-number';

const TODAY = '2026-11-24';

function codeOf(fn: () => unknown): string | undefined {
  return refusalOf(fn)?.code;
}

function refusalOf(fn: () => unknown): DomainError | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  return undefined;
}

describe('parseIdentityNumber', () => {
  it('accepts a personnummer in 12 digits, with a separator or in 10 digits, as one normalised number', () => {
    const number = makeIdentityNumber('2008-01-15', 238);
    const short = number.slice(2);
    const forms = [number, `${number.slice(0, 8)}-${number.slice(8)}`, `${short.slice(0, 6)}-${short.slice(6)}`, short];
    for (const form of forms) {
      expect(parseIdentityNumber(form, TODAY)).toEqual({
        normalized: number,
        coordinationNumber: false,
        dateOfBirth: '2008-01-15',
      });
    }
    expect(formatIdentityNumber(number)).toBe(`20080115-${number.slice(8)}`);
  });

  it('refuses a wrong check digit, a non-existent date and garbage with a stable code', () => {
    const valid = makeIdentityNumber('2008-01-15', 238);
    const wrongCheck = `${valid.slice(0, 11)}${(Number(valid[11]) + 1) % 10}`;
    expect(codeOf(() => parseIdentityNumber(wrongCheck, TODAY))).toBe(ErrorCode.YOUNG_PERSON_IDENTITY_NUMBER_INVALID);
    // 30 February, with the check digit that is right for its digits.
    const noSuchDay = makeIdentityNumber('2008-02-30', 238);
    expect(codeOf(() => parseIdentityNumber(noSuchDay, TODAY))).toBe(ErrorCode.YOUNG_PERSON_IDENTITY_NUMBER_INVALID);
    expect(codeOf(() => parseIdentityNumber('not a number', TODAY))).toBe(
      ErrorCode.YOUNG_PERSON_IDENTITY_NUMBER_INVALID,
    );
  });

  it('never echoes the number in the error', () => {
    try {
      parseIdentityNumber(`${makeIdentityNumber('2008-01-15', 238).slice(0, 11)}x`, TODAY);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('2008');
      expect(JSON.stringify((error as DomainError).details)).not.toContain('2008');
    }
  });

  it('reads a coordination number (day + 60) and derives the real date of birth', () => {
    const number = makeIdentityNumber('2007-03-09', 123, true);
    expect(number.slice(6, 8)).toBe('69');
    expect(parseIdentityNumber(number, TODAY)).toEqual({
      normalized: number,
      coordinationNumber: true,
      dateOfBirth: '2007-03-09',
    });
  });

  it('refuses a date of birth in the future', () => {
    expect(codeOf(() => parseIdentityNumber(makeIdentityNumber('2027-01-01', 1), TODAY))).toBe(
      ErrorCode.YOUNG_PERSON_IDENTITY_NUMBER_INVALID,
    );
  });

  it('refuses every malformed form with the one code, naming the field', () => {
    const valid = makeIdentityNumber('2008-01-15', 238);
    for (const input of [
      '',
      '   ',
      valid.slice(0, 9),
      `${valid}0`,
      `${valid}-0000-0000`,
      `${valid.slice(0, 8)}--${valid.slice(8)}`,
      `${valid.slice(0, 8)} ${valid.slice(8)}`,
      `${valid.slice(0, 11)}X`,
      'ÅÅÅÅMMDD-NNNN',
      `${valid.slice(0, 8)}-000${valid[11]}`,
    ]) {
      const refusal = refusalOf(() => parseIdentityNumber(input, TODAY));
      expect({ input, code: refusal?.code, details: refusal?.details }).toEqual({
        input,
        code: ErrorCode.YOUNG_PERSON_IDENTITY_NUMBER_INVALID,
        details: { field: 'personalIdentityNumber', fields: ['personalIdentityNumber'] },
      });
    }
  });

  it('names the field it was given (a search names `query`)', () => {
    expect(refusalOf(() => parseIdentityNumber('12345678-9999', TODAY, 'query'))?.details).toEqual({
      field: 'query',
      fields: ['query'],
    });
  });

  it('decides the century of a 10-digit number from the given day, not the process clock', () => {
    const number = makeIdentityNumber('2008-01-15', 238).slice(2);
    expect(parseIdentityNumber(number, '2026-11-24').dateOfBirth).toBe('2008-01-15');
    // A '-' means under 100: the digits are the latest such date of birth not after the day, so
    // they stay 2008-01-15 until 2108-01-15 is no longer in the future.
    expect(parseIdentityNumber(number, '2107-06-01').dateOfBirth).toBe('2008-01-15');
    expect(parseIdentityNumber(number, '2108-01-15').dateOfBirth).toBe('2108-01-15');
    expect(parseIdentityNumber(number, '2108-01-14').dateOfBirth).toBe('2008-01-15');
  });

  it('reads a 10-digit number as the latest date of birth that is not in the future (under 100)', () => {
    // Born in December: on 24 November 2026 "261215" is 1926 (aged 99), not a day to come.
    const number = makeIdentityNumber('1926-12-15', 42).slice(2);
    expect(parseIdentityNumber(number, TODAY).dateOfBirth).toBe('1926-12-15');
    expect(parseIdentityNumber(`${number.slice(0, 6)}-${number.slice(6)}`, TODAY).dateOfBirth).toBe('1926-12-15');
  });

  describe("a '+' separator (100 years or older)", () => {
    const teen = makeIdentityNumber('2008-01-15', 238);
    const short = teen.slice(2);

    it('is refused for a teenager’s number, with the reason the app turns into a hint', () => {
      for (const input of [`${short.slice(0, 6)}+${short.slice(6)}`, `${teen.slice(0, 8)}+${teen.slice(8)}`]) {
        const refusal = refusalOf(() => parseIdentityNumber(input, TODAY));
        expect(refusal?.code).toBe(ErrorCode.YOUNG_PERSON_IDENTITY_NUMBER_INVALID);
        expect(refusal?.details).toEqual({
          field: 'personalIdentityNumber',
          fields: ['personalIdentityNumber'],
          reason: 'CENTURY_SEPARATOR',
        });
        expect(refusal?.message).not.toContain(short.slice(0, 6));
      }
    });

    it('is refused for someone who really is 100 or older: never a young person here', () => {
      const old = makeIdentityNumber('1920-05-05', 42);
      const refusal = refusalOf(() => parseIdentityNumber(`${old.slice(2, 8)}+${old.slice(8)}`, TODAY));
      expect(refusal?.details).toMatchObject({ reason: 'CENTURY_SEPARATOR' });
    });

    it('gives no hint when the number is wrong anyway (the hint would not fix it)', () => {
      const wrongCheck = `${short.slice(0, 6)}+${short.slice(6, 9)}${(Number(short[9]) + 1) % 10}`;
      const refusal = refusalOf(() => parseIdentityNumber(wrongCheck, TODAY));
      expect(refusal?.code).toBe(ErrorCode.YOUNG_PERSON_IDENTITY_NUMBER_INVALID);
      expect(refusal?.details).not.toHaveProperty('reason');
    });
  });

  it('round-trips every generated number (property)', () => {
    const dates = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2026-01-01T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 999 }), fc.boolean(), (dob, serial, coordination) => {
        const number = makeIdentityNumber(dob, serial, coordination);
        const parsed = parseIdentityNumber(number, TODAY);
        const short = parseIdentityNumber(`${number.slice(2, 8)}-${number.slice(8)}`, TODAY);
        return (
          parsed.normalized === number &&
          parsed.dateOfBirth === dob &&
          parsed.coordinationNumber === coordination &&
          short.normalized === number
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('birthdays', () => {
  it('puts the 20th birthday of someone born on 29 February on 28 February', () => {
    expect(anniversary('2008-02-29', 20)).toBe('2028-02-29');
    expect(anniversary('2007-02-28', 20)).toBe('2027-02-28');
    expect(anniversary('2004-02-29', 19)).toBe('2023-02-28');
  });

  it('counts age in whole years, turning over on the birthday', () => {
    expect(ageOn('2006-11-24', '2026-11-23')).toBe(19);
    expect(ageOn('2006-11-24', '2026-11-24')).toBe(20);
    expect(ageOn('2004-02-29', '2023-02-28')).toBe(19);
  });
});
