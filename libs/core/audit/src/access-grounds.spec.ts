import { decideGrounds, type AccessReader, type SubjectFacts } from './access-grounds';
import { AccessGround } from './access-log.entity';

const reader = (role: string, secrecyDomain: string): AccessReader => ({
  userId: 'u1',
  membershipId: 'm1',
  municipalityId: 'mun',
  organizationId: 'org',
  secrecyDomain,
  role,
});

const facts = (overrides: Partial<SubjectFacts> = {}): SubjectFacts => ({
  ownCase: false,
  unitCase: false,
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
