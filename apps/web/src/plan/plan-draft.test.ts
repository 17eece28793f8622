import { describe, expect, it } from 'vitest';

import { draftChanges, draftToInput, reapply, type PlanDraft } from './plan-draft';

const base: PlanDraft = {
  title: 'Plan för Wilma',
  details: {
    leadOrganizationId: 'kaa',
    leadUserId: 'u1',
    background: 'Har hoppat av gymnasiet',
    backgroundDate: '2026-09-01',
    participation: 'PARTICIPATED',
    participationNote: '',
  },
  goals: [
    { key: 'g1', id: 'g1', owner: 'YOUNG_PERSON', text: 'Jag vill börja plugga' },
    { key: 'g2', id: 'g2', owner: 'PROFESSIONAL', text: 'Stabil vardag' },
  ],
  actions: [
    {
      key: 'a1',
      id: 'a1',
      description: 'Studiebesök på Komvux',
      responsibleOrganizationId: 'kaa',
      dueOn: '2027-01-15',
      goalKey: 'g1',
      status: 'PLANNED',
    },
    {
      key: 'a2',
      id: 'a2',
      description: 'Samtal med kurator',
      responsibleOrganizationId: 'region',
      dueOn: '',
      goalKey: 'g2',
      status: 'PLANNED',
    },
  ],
  followUps: [
    { key: 'f0', id: 'f0', plannedOn: '2026-11-01', heldOn: '2026-11-02' },
    { key: 'f1', id: 'f1', plannedOn: '2027-02-01' },
  ],
};

describe('plan drafts', () => {
  it('sends the lists as the api takes them: ids kept, goals by index, held follow-ups left out', () => {
    const draft: PlanDraft = {
      ...base,
      actions: [...base.actions, { ...base.actions[0], key: 'n1', id: undefined, description: ' Ny ', goalKey: 'g2' }],
    };
    const input = draftToInput(draft);
    expect(input.title).toBe('Plan för Wilma');
    expect(input.goals).toEqual([
      { id: 'g1', owner: 'YOUNG_PERSON', text: 'Jag vill börja plugga' },
      { id: 'g2', owner: 'PROFESSIONAL', text: 'Stabil vardag' },
    ]);
    expect(input.actions[0]).toEqual({
      id: 'a1',
      description: 'Studiebesök på Komvux',
      responsibleOrganizationId: 'kaa',
      dueOn: '2027-01-15',
      goalIndex: 0,
      status: 'PLANNED',
    });
    expect(input.actions[1]).not.toHaveProperty('dueOn');
    expect(input.actions[2]).toEqual({
      description: 'Ny',
      responsibleOrganizationId: 'kaa',
      dueOn: '2027-01-15',
      goalIndex: 1,
      status: 'PLANNED',
    });
    expect(input.followUps).toEqual([{ id: 'f1', plannedOn: '2027-02-01' }]);
  });

  it('reapplies my change on the version someone else saved, keeping both', () => {
    // Mine: a new due date on a1, a new action, a2 removed.
    const mine: PlanDraft = {
      ...base,
      actions: [
        { ...base.actions[0], dueOn: '2027-01-30' },
        {
          key: 'n1',
          description: 'Praktik',
          responsibleOrganizationId: 'af',
          dueOn: '',
          goalKey: 'g1',
          status: 'PLANNED',
        },
      ],
    };
    // Theirs: a new title, a1's status changed, a new goal.
    const theirs: PlanDraft = {
      ...base,
      title: 'Wilmas plan',
      goals: [...base.goals, { key: 'g3', id: 'g3', owner: 'YOUNG_PERSON', text: 'Körkort' }],
      actions: [{ ...base.actions[0], status: 'IN_PROGRESS' }, base.actions[1]],
    };
    const merged = reapply(base, mine, theirs);
    expect(merged.title).toBe('Wilmas plan');
    expect(merged.goals.map((g) => g.key)).toEqual(['g1', 'g2', 'g3']);
    // My change wins on the item I changed (all of its fields: mine were based on base).
    expect(merged.actions.map((a) => [a.key, a.id, a.dueOn, a.status])).toEqual([
      ['a1', 'a1', '2027-01-30', 'PLANNED'],
      ['n1', undefined, '', 'PLANNED'],
    ]);
    expect(merged.followUps).toEqual(theirs.followUps);
  });

  it('brings back an item I changed that the other person removed, as a new one', () => {
    const mine: PlanDraft = {
      ...base,
      goals: [{ ...base.goals[0], text: 'Jag vill börja på Komvux' }, base.goals[1]],
    };
    const theirs: PlanDraft = { ...base, goals: [base.goals[1]], actions: [base.actions[1]] };
    const merged = reapply(base, mine, theirs);
    expect(merged.goals).toEqual([
      base.goals[1],
      { key: 'g1', owner: 'YOUNG_PERSON', text: 'Jag vill börja på Komvux' },
    ]);
    // An item they removed and I did not touch stays removed.
    expect(merged.actions.map((a) => a.key)).toEqual(['a2']);
  });

  it('keeps my title when I changed it, and drops goal links to goals that are gone', () => {
    const mine: PlanDraft = { ...base, title: 'Ny titel' };
    const theirs: PlanDraft = { ...base, goals: [base.goals[1]] };
    const merged = reapply(base, mine, theirs);
    expect(merged.title).toBe('Ny titel');
    expect(merged.actions.find((a) => a.key === 'a1')?.goalKey).toBe('');
  });

  it('lists my changes for the conflict screen', () => {
    const mine: PlanDraft = {
      ...base,
      title: 'Ny titel',
      goals: [base.goals[0]],
      actions: [{ ...base.actions[0], status: 'DONE' }, base.actions[1]],
      followUps: [...base.followUps, { key: 'n2', plannedOn: '2027-03-01' }],
    };
    expect(draftChanges(base, mine)).toEqual([
      { part: 'title', kind: 'CHANGED', text: 'Ny titel' },
      { part: 'goal', kind: 'REMOVED', text: 'Stabil vardag' },
      { part: 'action', kind: 'CHANGED', text: 'Studiebesök på Komvux' },
      { part: 'followUp', kind: 'ADDED', text: '2027-03-01' },
    ]);
  });

  it('sends the lead, background and participation; no lead person without a lead organisation', () => {
    const input = draftToInput({ ...base, details: { ...base.details, background: ' Ny bakgrund ' } });
    expect(input).toMatchObject({
      leadOrganizationId: 'kaa',
      leadUserId: 'u1',
      background: 'Ny bakgrund',
      backgroundDate: '2026-09-01',
      participation: 'PARTICIPATED',
      participationNote: '',
    });
    const cleared = draftToInput({
      ...base,
      details: { ...base.details, leadOrganizationId: '', backgroundDate: '' },
    });
    expect(cleared.leadOrganizationId).toBeNull();
    expect(cleared.leadUserId).toBeNull();
    expect(cleared.backgroundDate).toBeNull();
  });

  it('reapplies the details field by field and lists the ones I changed', () => {
    const mine: PlanDraft = { ...base, details: { ...base.details, participation: 'CONSULTED' } };
    const theirs: PlanDraft = { ...base, details: { ...base.details, background: 'Deras bakgrund' } };
    const merged = reapply(base, mine, theirs);
    expect(merged.details.participation).toBe('CONSULTED');
    expect(merged.details.background).toBe('Deras bakgrund');
    expect(draftChanges(base, mine)).toEqual([{ part: 'details', kind: 'CHANGED', text: 'participation' }]);
  });
});
