import { describe, expect, it } from 'vitest';

import {
  countChanges,
  fieldNameKey,
  formatValue,
  groupChanges,
  type ComparedDocument,
  type ValueWords,
} from './plan-compare';

const from: ComparedDocument = {
  leadUserId: 'u1',
  leadUserName: 'Sam Samordnare',
  goals: [
    { id: 'g1', text: 'Jag vill börja plugga', position: 0 },
    { id: 'g2', text: 'Stabil vardag', position: 1 },
  ],
  actions: [{ id: 'a1', description: 'Studiebesök', position: 0, goalId: 'g1' }],
  followUps: [],
};

const to: ComparedDocument = {
  leadUserId: null,
  leadUserName: null,
  goals: [
    { id: 'g1', text: 'Jag vill börja på Komvux', position: 0 },
    { id: 'g3', text: 'Körkort', position: 1 },
  ],
  actions: [
    { id: 'a1', description: 'Studiebesök', position: 0, goalId: 'g1' },
    { id: 'a2', description: 'Praktik', position: 1, goalId: null },
  ],
  followUps: [{ id: 'f1', plannedOn: '2027-02-01' }],
};

const json = (value: unknown) => JSON.stringify(value);

// What compareActionPlanVersions answers for these two versions (paths and JSON values).
const changes = [
  { path: 'leadUserId', kind: 'CHANGED' as const, before: json('u1'), after: json(null) },
  { path: 'background', kind: 'CHANGED' as const, before: json(''), after: json('Hoppade av') },
  { path: 'goals/g2', kind: 'REMOVED' as const, before: json({ id: 'g2', text: 'Stabil vardag' }), after: null },
  {
    path: 'goals/g1/text',
    kind: 'CHANGED' as const,
    before: json('Jag vill börja plugga'),
    after: json('Jag vill börja på Komvux'),
  },
  { path: 'actions/a1/status', kind: 'CHANGED' as const, before: json('PLANNED'), after: json('IN_PROGRESS') },
  { path: 'actions/a1/dueOn', kind: 'CHANGED' as const, before: json(null), after: json('2027-01-15') },
  { path: 'goals/g3', kind: 'ADDED' as const, before: null, after: json({ id: 'g3', text: 'Körkort' }) },
  { path: 'followUps/f1', kind: 'ADDED' as const, before: null, after: json({ id: 'f1', plannedOn: '2027-02-01' }) },
  { path: 'actions/a2', kind: 'ADDED' as const, before: null, after: json({ id: 'a2', description: 'Praktik' }) },
];

describe('comparing plan versions', () => {
  it('groups the changes per plan field and item, in the plan’s order, with the item’s words', () => {
    const entries = groupChanges(changes, from, to);
    expect(entries.map((e) => [e.section, e.kind, e.label || e.key])).toEqual([
      ['plan', 'CHANGED', 'leadUserId'],
      ['plan', 'CHANGED', 'background'],
      ['goals', 'ADDED', 'Körkort'],
      ['goals', 'CHANGED', 'Jag vill börja på Komvux'],
      ['goals', 'REMOVED', 'Stabil vardag'],
      ['actions', 'ADDED', 'Praktik'],
      ['actions', 'CHANGED', 'Studiebesök'],
      ['followUps', 'ADDED', '2027-02-01'],
    ]);
    // The two field changes of one action are one entry with both fields.
    expect(entries[6]?.fields).toEqual([
      { field: 'status', before: 'PLANNED', after: 'IN_PROGRESS' },
      { field: 'dueOn', before: null, after: '2027-01-15' },
    ]);
    expect(countChanges(entries)).toEqual({ added: 3, changed: 4, removed: 1 });
  });

  it('words each value: empty, dates, organisations, people, goals and enums by their labels', () => {
    const words: ValueWords = {
      empty: 'tomt',
      date: (iso) => `datum ${iso}`,
      organization: (id) => (id === 'kaa' ? 'KAA-enheten' : '?'),
      person: (_id, name) => name ?? 'en person',
      goal: (id) => `mål ${id}`,
      enumLabel: (field, value) => `${field}:${value}`,
      position: (n) => `plats ${n}`,
      evaluations: (n) => `${n} bedömda`,
    };
    const names = { from, to };
    expect(formatValue('plan', 'background', '', words, names)).toBe('tomt');
    expect(formatValue('plan', 'backgroundDate', '2026-09-01', words, names)).toBe('datum 2026-09-01');
    expect(formatValue('plan', 'leadOrganizationId', 'kaa', words, names)).toBe('KAA-enheten');
    expect(formatValue('plan', 'leadUserId', 'u1', words, names)).toBe('Sam Samordnare');
    expect(formatValue('actions', 'responsibleUserId', 'u1', words, names)).toBe('en person');
    expect(formatValue('actions', 'goalId', 'g1', words, names)).toBe('mål g1');
    expect(formatValue('actions', 'status', 'DONE', words, names)).toBe('actionStatus:DONE');
    expect(formatValue('plan', 'status', 'CLOSED', words, names)).toBe('status:CLOSED');
    expect(formatValue('plan', 'participation', 'CONSULTED', words, names)).toBe('participation:CONSULTED');
    expect(formatValue('goals', 'position', 0, words, names)).toBe('plats 1');
    expect(formatValue('followUps', 'goalEvaluations', [{}, {}], words, names)).toBe('2 bedömda');
    expect(formatValue('goals', 'text', 'Körkort', words, names)).toBe('Körkort');
  });

  it('names a field by its catalog key, an unknown one by a shared word', () => {
    expect(fieldNameKey('plan', 'background')).toBe('plan.background');
    expect(fieldNameKey('actions', 'dueOn')).toBe('actions.dueOn');
    expect(fieldNameKey('goals', 'dueOn')).toBe('other');
  });
});
