import { describe, expect, it } from 'vitest';

import { chosenOrganization, namedOrganization, withOrganization } from '../organization/named-organization';
import { namedOrganizations } from './plan-organizations';

describe('namedOrganizations', () => {
  it('names each organisation a plan names once, from the lead and the actions', () => {
    const plan = {
      leadOrganizationId: 'o1',
      leadOrganizationName: 'Aaa Partner 111',
      actions: [
        { responsibleOrganizationId: 'o2', responsibleOrganizationName: 'Aaa Partner 110' },
        { responsibleOrganizationId: 'o1', responsibleOrganizationName: 'Aaa Partner 111' },
      ],
    };
    expect(namedOrganizations(plan)).toEqual([
      { id: 'o1', name: 'Aaa Partner 111' },
      { id: 'o2', name: 'Aaa Partner 110' },
    ]);
  });

  it('joins two versions and leaves out what the caller may not read (no name)', () => {
    const before = { leadOrganizationId: 'o1', leadOrganizationName: null, actions: [] };
    const after = {
      leadOrganizationId: null,
      actions: [{ responsibleOrganizationId: 'o3', responsibleOrganizationName: 'Komvux' }],
    };
    expect(namedOrganizations(before, after, undefined)).toEqual([{ id: 'o3', name: 'Komvux' }]);
  });
});

describe('named organisations', () => {
  it('keeps one chosen in a picker once', () => {
    const list = withOrganization([], { id: 'o1', name: 'Aaa Partner 120' });
    expect(withOrganization(list, { id: 'o1', name: 'Aaa Partner 120' })).toBe(list);
    expect(withOrganization(list, { id: 'o2', name: 'Komvux' })).toHaveLength(2);
  });

  it('names the chosen id, a dash for one the caller may not read, none for no id', () => {
    const list = [{ id: 'o1', name: 'Aaa Partner 120' }];
    expect(chosenOrganization(list, 'o1')).toEqual({ id: 'o1', name: 'Aaa Partner 120' });
    expect(chosenOrganization(list, 'o9')).toEqual({ id: 'o9', name: '–' });
    expect(chosenOrganization(list, '')).toBeUndefined();
  });

  it('makes one named organisation of an id and a name only when both are there', () => {
    expect(namedOrganization('o1', 'Komvux')).toEqual([{ id: 'o1', name: 'Komvux' }]);
    expect(namedOrganization('o1', null)).toEqual([]);
    expect(namedOrganization(null, 'Komvux')).toEqual([]);
  });
});
