import { PlanChangeKind } from './action-plans.enums';
import { diffDocuments, type PlanDocument } from './plan-document';

const base: PlanDocument = {
  title: 'Plan',
  scope: 'INDIVIDUAL',
  targetGroup: '',
  background: 'Bakgrund',
  backgroundDate: '2026-09-01',
  patternsAndFactors: '',
  developmentArea: '',
  leadOrganizationId: 'org-1',
  leadUserId: null,
  participation: 'PARTICIPATED',
  participationNote: '',
  evaluation: '',
  status: 'ACTIVE',
  closedOn: null,
  goals: [{ id: 'g1', position: 0, text: 'Börja plugga', owner: 'YOUNG_PERSON' }],
  actions: [
    {
      id: 'a1',
      goalId: 'g1',
      position: 0,
      description: 'Studiebesök',
      responsibleOrganizationId: 'org-2',
      responsibleUserId: null,
      dueOn: '2026-12-01',
      status: 'PLANNED',
    },
  ],
  followUps: [{ id: 'f1', plannedOn: '2027-01-10', heldOn: null, summary: '', goalEvaluations: [] }],
};

describe('comparing two versions of a plan', () => {
  it('finds nothing between equal versions', () => {
    expect(diffDocuments(base, structuredClone(base))).toEqual([]);
  });

  it('names changed plan fields and changed fields of list items, with before and after', () => {
    const next = structuredClone(base);
    next.title = 'Ny plan';
    next.actions[0].status = 'DONE';
    expect(diffDocuments(base, next)).toEqual([
      { path: 'title', kind: PlanChangeKind.CHANGED, before: '"Plan"', after: '"Ny plan"' },
      { path: 'actions/a1/status', kind: PlanChangeKind.CHANGED, before: '"PLANNED"', after: '"DONE"' },
    ]);
  });

  it('reports added and removed items whole', () => {
    const next = structuredClone(base);
    next.goals = [{ id: 'g2', position: 0, text: 'Få jobb', owner: 'YOUNG_PERSON' }];
    const changes = diffDocuments(base, next);
    expect(changes.map((c) => [c.path, c.kind])).toEqual([
      ['goals/g1', PlanChangeKind.REMOVED],
      ['goals/g2', PlanChangeKind.ADDED],
    ]);
    expect(JSON.parse(changes[1].after!)).toMatchObject({ text: 'Få jobb' });
    expect(changes[0].after).toBeNull();
  });
});
