// The one source of "now" for every rule that depends on time: access that ends (consents,
// emergency access, memberships, the end at 20), token lifetimes and the scheduled jobs. Rules
// never read `new Date()` or PostgreSQL's `now()` themselves; they take the clock's instant (or
// the day derived from it) as an argument or a bound parameter, so that a test can move time
// while one server keeps running and every rule sees the same moment.
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

// A clock a test moves by hand. Starts at the real time so that rows PostgreSQL stamps with its
// own now() (created_at and the like, which no rule reads) stay plausible next to it.
export class ManualClock extends Clock {
  private current: number;

  constructor(start: Date = new Date()) {
    super();
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    const next = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
    if (Number.isNaN(next)) throw new Error(`not an instant: ${String(instant)}`);
    this.current = next;
  }

  advance(ms: number): void {
    this.current += ms;
  }

  advanceDays(days: number): void {
    this.advance(days * 86_400_000);
  }
}
