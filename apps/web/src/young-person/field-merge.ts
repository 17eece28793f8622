// Reapplying a change after a version conflict, for a form whose draft is a flat record of
// fields (the contact details, a measure's documentation). Each top-level field is one unit:
// a field the user changed from the version they started from (`base`) keeps the user's value,
// every other field takes the value saved meanwhile (`theirs`). A list (the guardians, the
// evidence basis) is one field: the user's list wins when they changed it at all.

export type Draft = Record<string, unknown>;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// The fields the user changed from the version they started from, in the draft's order.
export function changedFields<T extends Draft>(base: T, mine: T): (keyof T & string)[] {
  return (Object.keys(mine) as (keyof T & string)[]).filter((key) => !same(base[key], mine[key]));
}

// The fields changed on both sides to different values: the user's value replaces theirs.
export function clashingFields<T extends Draft>(base: T, mine: T, theirs: T): (keyof T & string)[] {
  return changedFields(base, mine).filter((key) => !same(base[key], theirs[key]) && !same(mine[key], theirs[key]));
}

// The version saved meanwhile with the user's changes made again on it.
export function reapplyFields<T extends Draft>(base: T, mine: T, theirs: T): T {
  const result: T = { ...theirs };
  for (const key of changedFields(base, mine)) result[key] = mine[key];
  return result;
}
