import {
  decideGrounds,
  groupEntries,
  MAX_YOUNG_PEOPLE_PER_ROW,
  type AccessEntry,
  type AccessReader,
  type SubjectFacts,
} from './access-grounds';
import { AccessGround } from './access-log.entity';

const reader = (role: string, secrecyDomain: string): AccessReader => ({
  userId: 'u1',
  membershipId: 'm1',
  municipalityId: 'mun',
  organizationId: 'org',
  secrecyDomain,
  role,
  today: '2026-12-06',
  emergencyYoungPersonIds: [],
  standInForUserIds: [],
});

const facts = (overrides: Partial<SubjectFacts> = {}): SubjectFacts => ({
  ownCase: false,
  unitCase: false,
  coveredCase: false,
  grants: [],
  emergencyAccessId: null,
  assignedAction: false,
  disclosureId: null,
  ...overrides,
});

const reads = (categories: string[]) => new Map([['yp', new Set(categories)]]);

describe('decideGrounds', () => {
  it('names the caseload for the responsible coordinator and the unit for the team lead', () => {
    expect(
      decideGrounds(
        reader('COORDINATOR', 'KAA'),
        reads(['IDENTITY']),
        new Map([['yp', facts({ ownCase: true, unitCase: true })]]),
      ),
    ).toEqual([
      {
        youngPersonId: 'yp',
        categories: ['IDENTITY'],
        ground: AccessGround.CASELOAD,
        consentIds: [],
        emergencyAccessId: null,
        disclosureId: null,
      },
    ]);
    expect(
      decideGrounds(reader('TEAM_LEAD', 'KAA'), reads(['PLAN']), new Map([['yp', facts({ unitCase: true })]]))[0]
        ?.ground,
    ).toBe(AccessGround.UNIT);
    // A coordinator's unit is not their ground: another coordinator's case is not theirs.
    expect(
      decideGrounds(reader('COORDINATOR', 'KAA'), reads(['PLAN']), new Map([['yp', facts({ unitCase: true })]]))[0]
        ?.ground,
    ).toBe(AccessGround.NONE);
  });

  it("names the unit for a coordinator reading a signal about a colleague's young person, and nothing else", () => {
    const unitCase = new Map([['yp', facts({ unitCase: true })]]);
    expect(decideGrounds(reader('COORDINATOR', 'KAA'), reads(['SIGNALS']), unitCase)).toEqual([
      expect.objectContaining({ categories: ['SIGNALS'], ground: AccessGround.UNIT }),
    ]);
    // The same response reading the plan too: the plan has no ground, the signal keeps its own.
    const both = decideGrounds(reader('COORDINATOR', 'KAA'), reads(['SIGNALS', 'PLAN']), unitCase);
    expect(both.map((entry) => [entry.categories, entry.ground])).toEqual([
      [['PLAN'], AccessGround.NONE],
      [['SIGNALS'], AccessGround.UNIT],
    ]);
    // Outside the unit, the plan has no ground.
    expect(decideGrounds(reader('COORDINATOR', 'KAA'), reads(['PLAN']), new Map([['yp', facts()]]))[0]?.ground).toBe(
      AccessGround.NONE,
    );
  });

  it("names the unit for a signal about the other KAA unit's young person: the signal queue is the municipality's", () => {
    // signals.policy lets the KAA units' coordinators and team leads read every signal whose
    // pupil lives in the municipality; the young person of such a signal may be another unit's.
    const otherUnit = new Map([['yp', facts()]]);
    for (const role of ['COORDINATOR', 'TEAM_LEAD']) {
      expect(decideGrounds(reader(role, 'KAA'), reads(['SIGNALS']), otherUnit)[0]?.ground).toBe(AccessGround.UNIT);
    }
    // Roles that read no signals get no ground for one, and without facts (another
    // municipality's young person) there is none either.
    expect(decideGrounds(reader('ADMIN', 'KAA'), reads(['SIGNALS']), otherUnit)[0]?.ground).toBe(AccessGround.NONE);
    expect(decideGrounds(reader('COORDINATOR', 'KAA'), reads(['SIGNALS']), new Map())[0]?.ground).toBe(
      AccessGround.NONE,
    );
  });

  it('names STAND_IN for a coordinator covering an absent colleague, and only for a coordinator', () => {
    const covered = new Map([['yp', facts({ unitCase: true, coveredCase: true })]]);
    expect(decideGrounds(reader('COORDINATOR', 'KAA'), reads(['PLAN']), covered)[0]?.ground).toBe(
      AccessGround.STAND_IN,
    );
    // Their own case stays CASELOAD; a team lead reads the unit's on UNIT whatever the facts say.
    const own = new Map([['yp', facts({ ownCase: true, unitCase: true, coveredCase: true })]]);
    expect(decideGrounds(reader('COORDINATOR', 'KAA'), reads(['PLAN']), own)[0]?.ground).toBe(AccessGround.CASELOAD);
    expect(decideGrounds(reader('TEAM_LEAD', 'KAA'), reads(['PLAN']), covered)[0]?.ground).toBe(AccessGround.UNIT);
  });

  it('names, per category, the consents that allowed it; the name rests on every consent', () => {
    const grants = [
      { category: 'PLAN', consentId: 'c2' },
      { category: 'OCCUPATION', consentId: 'c1' },
      { category: 'PLAN', consentId: 'c1' },
    ];
    const entries = decideGrounds(
      reader('PARTNER_CASEWORKER', 'LABOUR_MARKET'),
      reads(['NAME', 'PLAN', 'OCCUPATION', 'CONTACT']),
      new Map([['yp', facts({ grants })]]),
    );
    expect(entries).toEqual([
      {
        youngPersonId: 'yp',
        categories: ['CONTACT'],
        ground: AccessGround.NONE,
        consentIds: [],
        emergencyAccessId: null,
        disclosureId: null,
      },
      {
        youngPersonId: 'yp',
        categories: ['NAME', 'PLAN'],
        ground: AccessGround.CONSENT,
        consentIds: ['c1', 'c2'],
        emergencyAccessId: null,
        disclosureId: null,
      },
      {
        youngPersonId: 'yp',
        categories: ['OCCUPATION'],
        ground: AccessGround.CONSENT,
        consentIds: ['c1'],
        emergencyAccessId: null,
        disclosureId: null,
      },
    ]);
  });

  it('names an emergency access only where no ordinary ground applies', () => {
    const emergency = facts({ emergencyAccessId: 'e1', grants: [{ category: 'PLAN', consentId: 'c1' }] });
    const entries = decideGrounds(
      reader('PARTNER_CASEWORKER', 'SOCIAL'),
      reads(['PLAN', 'CONTACT']),
      new Map([['yp', emergency]]),
    );
    expect(entries.map((e) => [e.categories, e.ground, e.emergencyAccessId])).toEqual([
      [['CONTACT'], AccessGround.EMERGENCY_ACCESS, 'e1'],
      [['PLAN'], AccessGround.CONSENT, null],
    ]);
    expect(
      decideGrounds(
        reader('COORDINATOR', 'KAA'),
        reads(['PLAN']),
        new Map([['yp', facts({ emergencyAccessId: 'e1' })]]),
      )[0]?.ground,
    ).toBe(AccessGround.EMERGENCY_ACCESS);
  });

  it('names an assigned action for a partner’s plan read without a consent, and NONE for an unknown person', () => {
    expect(
      decideGrounds(
        reader('PARTNER_CASEWORKER', 'HEALTH'),
        reads(['PLAN']),
        new Map([['yp', facts({ assignedAction: true })]]),
      )[0]?.ground,
    ).toBe(AccessGround.ASSIGNED_ACTION);
    expect(decideGrounds(reader('COORDINATOR', 'KAA'), reads(['PLAN']), new Map())[0]?.ground).toBe(AccessGround.NONE);
  });
});

describe('groupEntries', () => {
  const entry = (youngPersonId: string, overrides: Partial<AccessEntry> = {}): AccessEntry => ({
    youngPersonId,
    categories: ['IDENTITY', 'PLAN'],
    ground: AccessGround.CASELOAD,
    consentIds: [],
    emergencyAccessId: null,
    disclosureId: null,
    ...overrides,
  });

  it('makes one row of the young people read on the same ground with the same categories', () => {
    expect(groupEntries([entry('c'), entry('a'), entry('b'), entry('a')])).toEqual([
      {
        youngPersonIds: ['a', 'b', 'c'],
        categories: ['IDENTITY', 'PLAN'],
        ground: AccessGround.CASELOAD,
        consentIds: [],
        emergencyAccessId: null,
        disclosureId: null,
      },
    ]);
  });

  it('keeps apart reads that differ in categories, ground, consents, emergency access or disclosure', () => {
    const rows = groupEntries([
      entry('a'),
      entry('b', { categories: ['IDENTITY'] }),
      entry('c', { ground: AccessGround.UNIT }),
      entry('d', { ground: AccessGround.CONSENT, consentIds: ['k1'] }),
      entry('e', { ground: AccessGround.CONSENT, consentIds: ['k2'] }),
      entry('f', { ground: AccessGround.EMERGENCY_ACCESS, emergencyAccessId: 'e1' }),
      entry('g', { ground: AccessGround.DISCLOSURE, disclosureId: 'd1' }),
      entry('h', { ground: AccessGround.CONSENT, consentIds: ['k1'] }),
    ]);
    expect(rows.map((r) => r.youngPersonIds)).toEqual([['a'], ['b'], ['c'], ['d', 'h'], ['e'], ['f'], ['g']]);
    expect(rows[3]).toMatchObject({ ground: AccessGround.CONSENT, consentIds: ['k1'] });
  });

  it('starts a new row after MAX_YOUNG_PEOPLE_PER_ROW young people', () => {
    const ids = Array.from({ length: MAX_YOUNG_PEOPLE_PER_ROW + 3 }, (_, i) => `p${String(i).padStart(4, '0')}`);
    const rows = groupEntries(ids.map((id) => entry(id)));
    expect(rows.map((r) => r.youngPersonIds.length)).toEqual([MAX_YOUNG_PEOPLE_PER_ROW, 3]);
    expect(rows.flatMap((r) => r.youngPersonIds).sort()).toEqual(ids);
  });
});
