// Reapplying the guardians after a version conflict of the contact details, one guardian at a
// time rather than the whole list as one field: each guardian added, removed or changed on
// either side is a row of its own, and the user chooses their version or the saved one for each.
//
// The api replaces a young person's guardians on every save (new ids each time), so a guardian is
// followed through the versions by what it says: the user's form remembers which guardian of the
// version they started from (`base`) each of theirs came from (`from`, null for one they added);
// a guardian of the version saved meanwhile (`theirs`) is the base guardian it equals, or else the
// one with the same name (changed), or else one they added. A base guardian found in neither is
// removed on that side.

// R: the relation's type (the app's GuardianRelation; any string in the tests).
export interface GuardianValue<R extends string = string> {
  name: string;
  relation: R;
  phone: string;
  email: string;
}

export interface MineGuardian<R extends string = string> extends GuardianValue<R> {
  // Index of the guardian in `base` this one started as; null when the user added it.
  from: number | null;
}

export type GuardianSide = 'mine' | 'theirs';

export interface GuardianRow<R extends string = string> {
  key: string;
  base: GuardianValue<R> | null;
  // Null: not there on that side (removed, or added only on the other side).
  mine: GuardianValue<R> | null;
  theirs: GuardianValue<R> | null;
  // Index of the guardian in `theirs`, for following it into the next round.
  theirsIndex: number | null;
  mineChanged: boolean;
  theirsChanged: boolean;
}

const value = <R extends string>({ name, relation, phone, email }: GuardianValue<R>): GuardianValue<R> => ({
  name,
  relation,
  phone,
  email,
});

export function sameGuardian(a: GuardianValue | null, b: GuardianValue | null): boolean {
  if (a === null || b === null) return a === b;
  return a.name === b.name && a.relation === b.relation && a.phone === b.phone && a.email === b.email;
}

const nameKey = (g: GuardianValue) => g.name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');

// For each guardian of `theirs`, the index of the base guardian it is (or null: added by them).
function matchTheirs(base: GuardianValue[], theirs: GuardianValue[]): (number | null)[] {
  const taken = new Set<number>();
  const match: (number | null)[] = theirs.map(() => null);
  // Unchanged guardians first, so that a changed one cannot take an unchanged one's place.
  theirs.forEach((g, j) => {
    const i = base.findIndex((b, index) => !taken.has(index) && sameGuardian(b, g));
    if (i >= 0) {
      taken.add(i);
      match[j] = i;
    }
  });
  theirs.forEach((g, j) => {
    if (match[j] !== null) return;
    const i = base.findIndex((b, index) => !taken.has(index) && nameKey(b) === nameKey(g));
    if (i >= 0) {
      taken.add(i);
      match[j] = i;
    }
  });
  return match;
}

// Every guardian of the three versions as one row: the base guardians in their order, then those
// added in the saved version, then those the user added.
export function guardianRows<R extends string>(
  base: GuardianValue<R>[],
  mine: MineGuardian<R>[],
  theirs: GuardianValue<R>[],
): GuardianRow<R>[] {
  const theirsMatch = matchTheirs(base, theirs);
  const rows: GuardianRow<R>[] = base.map((b, i) => {
    const m = mine.find((g) => g.from === i);
    const j = theirsMatch.indexOf(i);
    const mineValue = m ? value(m) : null;
    const theirsValue = j >= 0 ? value(theirs[j]) : null;
    return {
      key: `base-${i}`,
      base: value(b),
      mine: mineValue,
      theirs: theirsValue,
      theirsIndex: j >= 0 ? j : null,
      mineChanged: !sameGuardian(b, mineValue),
      theirsChanged: !sameGuardian(b, theirsValue),
    };
  });
  theirs.forEach((g, j) => {
    if (theirsMatch[j] !== null) return;
    rows.push({
      key: `theirs-${j}`,
      base: null,
      mine: null,
      theirs: value(g),
      theirsIndex: j,
      mineChanged: false,
      theirsChanged: true,
    });
  });
  mine.forEach((g, k) => {
    if (g.from !== null) return;
    rows.push({
      key: `mine-${k}`,
      base: null,
      mine: value(g),
      theirs: null,
      theirsIndex: null,
      mineChanged: true,
      theirsChanged: false,
    });
  });
  return rows;
}

// The rows whose two versions differ: the ones the user chooses between.
export function differingRows<R extends string>(rows: GuardianRow<R>[]): GuardianRow<R>[] {
  return rows.filter((row) => !sameGuardian(row.mine, row.theirs));
}

// What a row keeps unless the user chooses otherwise: the user's change where they made one,
// the saved version everywhere else (as reapplying a field does).
export function defaultSide<R extends string>(row: GuardianRow<R>): GuardianSide {
  return row.mineChanged ? 'mine' : 'theirs';
}

// The guardians after reapplying: each row's chosen version (a missing one drops the guardian),
// with the index in `theirs` each came from, for the next round's `from`.
export function mergeGuardians<R extends string>(
  rows: GuardianRow<R>[],
  choices: Readonly<Record<string, GuardianSide>>,
): Array<GuardianValue<R> & { from: number | null }> {
  const merged: Array<GuardianValue<R> & { from: number | null }> = [];
  for (const row of rows) {
    const side = choices[row.key] ?? defaultSide(row);
    const chosen = side === 'mine' ? row.mine : row.theirs;
    if (chosen) merged.push({ ...chosen, from: row.theirsIndex });
  }
  return merged;
}
