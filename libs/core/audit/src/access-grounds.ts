import { AccessGround } from './access-log.entity';

// Who read: the parts of the principal that decide the ground.
export interface AccessReader {
  userId: string;
  membershipId: string;
  municipalityId: string;
  organizationId: string;
  secrecyDomain: string;
  role: string;
  // The same facts the reader's access rules were built from for this request, so that the log
  // names the ground those rules used: the municipality's day that consents were judged on, and
  // the emergency accesses that were running.
  today: string;
  emergencyYoungPersonIds: readonly string[];
  // The absent coordinators whose caseload the reader works today as stand-in (issue 17).
  standInForUserIds: readonly string[];
}

// What the database says about one young person and the reader at the time of the read.
export interface SubjectFacts {
  ownCase: boolean;
  unitCase: boolean;
  // The absent coordinator's case, in the reader's unit, while the reader stands in (issue 17).
  coveredCase: boolean;
  grants: Array<{ category: string; consentId: string }>;
  emergencyAccessId: string | null;
  assignedAction: boolean;
  // The latest disclosure to the reader's organisation on a ground other than consent.
  disclosureId: string | null;
}

export interface AccessEntry {
  youngPersonId: string;
  categories: string[];
  ground: AccessGround;
  consentIds: string[];
  emergencyAccessId: string | null;
  disclosureId: string | null;
}

type Ground = Omit<AccessEntry, 'youngPersonId' | 'categories'>;

function ground(kind: AccessGround, ids: Partial<Omit<Ground, 'ground'>> = {}): Ground {
  return { ground: kind, consentIds: [], emergencyAccessId: null, disclosureId: null, ...ids };
}

const NONE: Ground = ground(AccessGround.NONE);

function emergencyOr(facts: SubjectFacts | undefined, otherwise: Ground): Ground {
  return facts?.emergencyAccessId
    ? ground(AccessGround.EMERGENCY_ACCESS, { emergencyAccessId: facts.emergencyAccessId })
    : otherwise;
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

// The ground of one category read, mirroring the access rules (young-people, action-plans and
// measures policies): the KAA unit works its caseloads, partners and schools read through
// consent grants (the name with any grant, a plan's actions assigned to them without one), and
// anyone may hold an emergency access. The most specific ordinary ground wins over emergency
// access, so an emergency access is only named when it was what let the read happen.
function groundOf(reader: AccessReader, category: string, facts: SubjectFacts | undefined): Ground {
  if (!facts) return NONE;
  if (reader.secrecyDomain === 'KAA') {
    if (facts.ownCase) return ground(AccessGround.CASELOAD);
    // A coordinator standing in reads the absent colleague's case on that ground alone (the
    // stand-in rules give only coordinators access this way).
    if (reader.role === 'COORDINATOR' && facts.coveredCase) return ground(AccessGround.STAND_IN);
    if (reader.role === 'TEAM_LEAD' && facts.unitCase) return ground(AccessGround.UNIT);
    // Signals from schools are the unit's shared queue (issue 16): any coordinator of the unit
    // reads and handles them, also those about a colleague's young person, on the unit's duty.
    if (category === 'SIGNALS' && facts.unitCase) return ground(AccessGround.UNIT);
    // The queue is the municipality's (signals.policy: every signal whose pupil lives here), so a
    // coordinator or team lead also reads the signals about the other KAA unit's young people
    // (facts exist only for young people of the reader's municipality). Logged without a ground,
    // every look at "Signaler" filled the log review with "Läsning utan grund" for them.
    if (category === 'SIGNALS' && (reader.role === 'COORDINATOR' || reader.role === 'TEAM_LEAD')) {
      return ground(AccessGround.UNIT);
    }
    return emergencyOr(facts, NONE);
  }
  // The name, and a referral sent to the organisation, rest on any consent it holds.
  const any = category === 'NAME' || category === 'REFERRAL';
  const consentIds = unique(facts.grants.filter((grant) => any || grant.category === category).map((g) => g.consentId));
  if (consentIds.length > 0) return ground(AccessGround.CONSENT, { consentIds });
  if (category === 'REFERRAL' && facts.disclosureId) {
    return ground(AccessGround.DISCLOSURE, { disclosureId: facts.disclosureId });
  }
  if (category === 'PLAN' && facts.assignedAction) return emergencyOr(facts, ground(AccessGround.ASSIGNED_ACTION));
  return emergencyOr(facts, NONE);
}

// One entry per young person and distinct ground, with the categories read on that ground.
export function decideGrounds(
  reader: AccessReader,
  reads: ReadonlyMap<string, ReadonlySet<string>>,
  facts: ReadonlyMap<string, SubjectFacts>,
): AccessEntry[] {
  const entries: AccessEntry[] = [];
  for (const [youngPersonId, categories] of reads) {
    const byGround = new Map<string, AccessEntry>();
    for (const category of [...categories].sort()) {
      const decided = groundOf(reader, category, facts.get(youngPersonId));
      const key = [decided.ground, decided.consentIds.join(','), decided.emergencyAccessId, decided.disclosureId].join(
        '|',
      );
      const entry = byGround.get(key);
      if (entry) entry.categories.push(category);
      else byGround.set(key, { youngPersonId, categories: [category], ...decided });
    }
    entries.push(...byGround.values());
  }
  return entries;
}

// One access_log row: the young people one response showed on one ground, with the same
// categories. A caseload page of 50 is then one row (or a few), not 50.
export interface AccessGroup extends Omit<AccessEntry, 'youngPersonId'> {
  youngPersonIds: string[];
}

// Bounds one row's array (a uuid is 16 bytes; 500 of them stay within one TOAST chunk or two).
export const MAX_YOUNG_PEOPLE_PER_ROW = 500;

// Groups entries that differ only in the young person, keeping everything the log must say about
// each read: its categories, ground and the consents, emergency access or disclosure it relied on.
export function groupEntries(entries: readonly AccessEntry[]): AccessGroup[] {
  const open = new Map<string, { group: Omit<AccessEntry, 'youngPersonId'>; ids: Set<string> }>();
  const groups: AccessGroup[] = [];
  const close = (group: Omit<AccessEntry, 'youngPersonId'>, ids: Set<string>) =>
    groups.push({ ...group, youngPersonIds: [...ids].sort() });
  for (const { youngPersonId, ...group } of entries) {
    const key = [
      group.ground,
      group.categories.join(','),
      group.consentIds.join(','),
      group.emergencyAccessId,
      group.disclosureId,
    ].join('|');
    const current = open.get(key) ?? { group, ids: new Set<string>() };
    open.set(key, current);
    current.ids.add(youngPersonId);
    if (current.ids.size === MAX_YOUNG_PEOPLE_PER_ROW) {
      close(current.group, current.ids);
      open.delete(key);
    }
  }
  for (const { group, ids } of open.values()) close(group, ids);
  return groups;
}
