import { addDays, dayIn, isTimeZone } from './day';
import { ManualClock } from './clock';

describe('dayIn', () => {
  it('gives the Swedish day, not the UTC one, around midnight', () => {
    // 23:30 UTC in winter is 00:30 the next day in Stockholm (UTC+1).
    expect(dayIn('Europe/Stockholm', new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
    expect(dayIn('Europe/Stockholm', new Date('2026-12-06T22:59:59Z'))).toBe('2026-12-06');
    // Summer time (UTC+2): 22:30 UTC is already the next day.
    expect(dayIn('Europe/Stockholm', new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(dayIn('UTC', new Date('2026-06-30T22:30:00Z'))).toBe('2026-06-30');
  });

  it('handles the switch to and from summer time', () => {
    expect(dayIn('Europe/Stockholm', new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
    expect(dayIn('Europe/Stockholm', new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25');
  });
});

describe('isTimeZone', () => {
  it('accepts IANA zones and refuses anything else', () => {
    expect(isTimeZone('Europe/Stockholm')).toBe(true);
    expect(isTimeZone('Europe/Helsinki')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('addDays', () => {
  it('moves across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('ManualClock', () => {
  it('moves only when told to', () => {
    const clock = new ManualClock(new Date('2026-12-06T10:00:00Z'));
    expect(clock.now().toISOString()).toBe('2026-12-06T10:00:00.000Z');
    clock.advanceDays(2);
    expect(clock.now().toISOString()).toBe('2026-12-08T10:00:00.000Z');
    clock.set('2027-01-01T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(() => clock.set('not a date')).toThrow();
  });
});
