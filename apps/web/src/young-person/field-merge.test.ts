import { describe, expect, it } from 'vitest';

import { changedFields, clashingFields, reapplyFields } from './field-merge';

const base = { street: 'Storgatan 1', phone: '070-1', tags: ['A'], guardians: [{ name: 'Karin' }] };

describe('changedFields', () => {
  it('lists the fields that differ from the version started from, lists compared by content', () => {
    expect(changedFields(base, { ...base, tags: ['A'], guardians: [{ name: 'Karin' }] })).toEqual([]);
    expect(changedFields(base, { ...base, phone: '070-2', tags: ['A', 'B'] })).toEqual(['phone', 'tags']);
    expect(changedFields(base, { ...base, guardians: [{ name: 'Karin' }, { name: 'Per' }] })).toEqual(['guardians']);
  });
});

describe('reapplyFields', () => {
  it('keeps what was saved meanwhile and puts the user’s changes on top of it', () => {
    const mine = { ...base, street: 'Lillgatan 2' };
    const theirs = { ...base, phone: '070-9', guardians: [] };
    expect(reapplyFields(base, mine, theirs)).toEqual({
      ...base,
      street: 'Lillgatan 2',
      phone: '070-9',
      guardians: [],
    });
  });

  it('lets the user’s value win a field both changed, and says which ones clashed', () => {
    const mine = { ...base, phone: '070-2', tags: ['B'] };
    const theirs = { ...base, phone: '070-9', tags: ['B'] };
    expect(reapplyFields(base, mine, theirs)).toEqual({ ...base, phone: '070-2', tags: ['B'] });
    expect(clashingFields(base, mine, theirs)).toEqual(['phone']);
  });

  it('gives back the saved version unchanged when the user changed nothing', () => {
    const theirs = { ...base, street: 'Torget 3' };
    expect(reapplyFields(base, base, theirs)).toEqual(theirs);
    expect(clashingFields(base, base, theirs)).toEqual([]);
  });
});
