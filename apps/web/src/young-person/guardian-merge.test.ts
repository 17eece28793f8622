import { describe, expect, it } from 'vitest';

import { defaultSide, differingRows, guardianRows, mergeGuardians, type GuardianValue } from './guardian-merge';

const g = (name: string, phone = '', relation = 'PARENT'): GuardianValue => ({ name, relation, phone, email: '' });
const karin = g('Karin Lind', '070-1');
const per = g('Per Lind', '070-2');
const base = [karin, per];
const names = (list: GuardianValue[]) => list.map((x) => `${x.name} ${x.phone}`.trim());

describe('guardianRows', () => {
  it('follows each guardian through both versions: changed, removed and added on either side', () => {
    // I change Karin's phone and add Eva; meanwhile Per was removed and Olle added.
    const mine = [
      { ...karin, phone: '070-9', from: 0 },
      { ...per, from: 1 },
      { ...g('Eva Lind'), from: null },
    ];
    const theirs = [karin, g('Olle Lind')];
    const rows = guardianRows(base, mine, theirs);
    expect(
      rows.map((r) => [r.key, r.mine?.name ?? null, r.theirs?.name ?? null, r.mineChanged, r.theirsChanged]),
    ).toEqual([
      ['base-0', 'Karin Lind', 'Karin Lind', true, false],
      ['base-1', 'Per Lind', null, false, true],
      ['theirs-1', null, 'Olle Lind', false, true],
      ['mine-2', 'Eva Lind', null, true, false],
    ]);
    expect(differingRows(rows).map((r) => r.key)).toEqual(['base-0', 'base-1', 'theirs-1', 'mine-2']);
    expect(rows.map(defaultSide)).toEqual(['mine', 'theirs', 'theirs', 'mine']);
  });

  it('knows a guardian changed in the saved version by their name, also reordered', () => {
    const theirs = [g('Per Lind', '070-5'), karin];
    const rows = guardianRows(
      base,
      [
        { ...karin, from: 0 },
        { ...per, from: 1 },
      ],
      theirs,
    );
    expect(rows.map((r) => [r.key, r.theirs?.phone, r.theirsIndex, r.theirsChanged])).toEqual([
      ['base-0', '070-1', 1, false],
      ['base-1', '070-5', 0, true],
    ]);
  });

  it('has nothing to choose when both made the same change, or nothing changed', () => {
    const mine = [
      { ...karin, phone: '070-9', from: 0 },
      { ...per, from: 1 },
    ];
    const theirs = [{ ...karin, phone: '070-9' }, per];
    expect(differingRows(guardianRows(base, mine, theirs))).toEqual([]);
  });
});

describe('mergeGuardians', () => {
  const mine = [
    { ...karin, phone: '070-9', from: 0 },
    { ...g('Eva Lind'), from: null },
  ];
  // Mine: Karin's phone changed, Per removed, Eva added. Theirs: Karin's phone changed too, Olle added.
  const theirs = [{ ...karin, phone: '070-7' }, per, g('Olle Lind')];
  const rows = guardianRows(base, mine, theirs);

  it('keeps each of my changes and each of theirs by default, guardian by guardian', () => {
    expect(names(mergeGuardians(rows, {}))).toEqual(['Karin Lind 070-9', 'Olle Lind', 'Eva Lind']);
  });

  it('takes the version chosen for each guardian', () => {
    const merged = mergeGuardians(rows, { 'base-0': 'theirs', 'base-1': 'theirs', 'mine-1': 'theirs' });
    expect(names(merged)).toEqual(['Karin Lind 070-7', 'Per Lind 070-2', 'Olle Lind']);
    // Each knows where it stands in the saved version, for a next conflict.
    expect(merged.map((x) => x.from)).toEqual([0, 1, 2]);
  });

  it('drops a guardian added in the saved version when the user chooses their own version', () => {
    const merged = mergeGuardians(rows, { 'theirs-2': 'mine' });
    expect(names(merged)).toEqual(['Karin Lind 070-9', 'Eva Lind']);
    expect(merged.map((x) => x.from)).toEqual([0, null]);
  });
});
