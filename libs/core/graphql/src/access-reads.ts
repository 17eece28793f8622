import type { KnownCase } from '@app/core/audit';
import type { InformationCategory } from '@app/core/authz';

// What of a young person a response showed: the information categories, plus NAME for a
// response that showed only who the person is (a partner sees the name with any consent) and
// CONSENTS for their consents and disclosures (read only inside the KAA unit), REFERRAL for a
// referral (its purpose), read by the unit that sent it and the organisation it went to.
export type AccessCategory = `${InformationCategory}` | 'NAME' | 'CONSENTS' | 'REFERRAL';

// The young people (and categories) one response has read, collected by the resolvers that
// produce their data and written to the access log before the response leaves (or, for a
// subscription, before each event leaves). Categories are those the response could contain for
// that person, decided by the fields that were resolved, not by the client's exact selection
// inside an object.
export class AccessReads {
  private reads = new Map<string, Set<AccessCategory>>();
  private cases = new Map<string, KnownCase>();

  // What the resolver read about the young person's case, so the access log need not read it
  // again to name the ground (the coordinator's caseload, the team lead's unit).
  knowCase(youngPersonId: string, facts: KnownCase): void {
    this.cases.set(youngPersonId, facts);
  }

  note(youngPersonId: string, ...categories: AccessCategory[]): void {
    let set = this.reads.get(youngPersonId);
    if (!set) {
      set = new Set();
      this.reads.set(youngPersonId, set);
    }
    for (const category of categories) set.add(category);
  }

  get size(): number {
    return this.reads.size;
  }

  // The reads and case facts so far, leaving the collector empty (a subscription's next event
  // starts afresh).
  take(): { reads: Map<string, Set<AccessCategory>>; cases: Map<string, KnownCase> } {
    const taken = { reads: this.reads, cases: this.cases };
    this.reads = new Map();
    this.cases = new Map();
    return taken;
  }
}
