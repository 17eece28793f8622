import { AccessGround } from './access-log.entity';

// Who read: the parts of the principal that decide the ground.
export interface AccessReader {
  userId: string;
  membershipId: string;
  municipalityId: string;
  organizationId: string;
  secrecyDomain: string;
  role: string;
}

// What the database says about one young person and the reader at the time of the read.
export interface SubjectFacts {
  ownCase: boolean;
  unitCase: boolean;
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
    if (reader.role === 'TEAM_LEAD' && facts.unitCase) return ground(AccessGround.UNIT);
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
