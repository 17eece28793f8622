// Requests per key within a sliding minute, in this process. The import endpoint is a school
// system's, called a few times a day: a limit per credential and one on refused calls per client
// address keep a runaway or probing client from taking the api's time. Per instance (several
// instances each allow as many); the security events' anomaly rules see across instances.
export class RequestThrottle {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  // Counts a request and answers whether it is within the limit.
  admit(key: string): boolean {
    const now = this.now();
    const recent = (this.hits.get(key) ?? []).filter((at) => at > now - 60_000);
    const admitted = recent.length < this.perMinute;
    if (admitted) recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.prune(now);
    return admitted;
  }

  // Whether the key is over the limit, without counting.
  blocked(key: string): boolean {
    const now = this.now();
    return (this.hits.get(key) ?? []).filter((at) => at > now - 60_000).length >= this.perMinute;
  }

  private prune(now: number): void {
    for (const [key, times] of this.hits) {
      if (!times.some((at) => at > now - 60_000)) this.hits.delete(key);
    }
  }
}
