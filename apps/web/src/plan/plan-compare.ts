// Two versions of a plan compared: the api's changes (`compareActionPlanVersions`: a plan field,
// `goals/<id>` for a whole item added or removed, `goals/<id>/<field>` for one field of an item)
// grouped into one entry per plan field or item, in the plan's order, each with the words that
// name it and its changed fields. Pure, so it is tested alone; the page renders the entries as
// text ("Tillagt", "Borttaget", "Ändrat från … till …"), never by colour only.

export type ChangeKind = 'ADDED' | 'CHANGED' | 'REMOVED';
export type ChangeSection = 'plan' | 'goals' | 'actions' | 'followUps';

export interface PlanChangeInput {
  path: string;
  kind: ChangeKind;
  before?: string | null;
  after?: string | null;
}

// What the compared documents must carry to name the items a change points at.
export interface ComparedDocument {
  leadUserId?: string | null;
  leadUserName?: string | null;
  goals: ReadonlyArray<{ id: string; text: string; position: number }>;
  actions: ReadonlyArray<{ id: string; description: string; position: number; goalId?: string | null }>;
  followUps: ReadonlyArray<{ id: string; plannedOn: string }>;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ChangeEntry {
  section: ChangeSection;
  kind: ChangeKind;
  // The plan field's name for a plan field; the item's id for an item.
  key: string;
  // The item's own words (goal text, action description, follow-up date); '' for a plan field.
  label: string;
  // The changed fields (one for a plan field; none for an item added or removed).
  fields: FieldChange[];
}

const SECTIONS: ChangeSection[] = ['plan', 'goals', 'actions', 'followUps'];
const KIND_ORDER: Record<ChangeKind, number> = { ADDED: 0, CHANGED: 1, REMOVED: 2 };

function parse(json: string | null | undefined): unknown {
  if (json === null || json === undefined) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function itemLabel(section: ChangeSection, item: Record<string, unknown>): string {
  const value = section === 'goals' ? item.text : section === 'actions' ? item.description : item.plannedOn;
  return typeof value === 'string' ? value : '';
}

function position(doc: ComparedDocument, section: ChangeSection, id: string): number {
  if (section === 'goals') return doc.goals.findIndex((g) => g.id === id);
  if (section === 'actions') return doc.actions.findIndex((a) => a.id === id);
  if (section === 'followUps') return doc.followUps.findIndex((f) => f.id === id);
  return -1;
}

function findItem(doc: ComparedDocument, section: ChangeSection, id: string): Record<string, unknown> | undefined {
  const list: ReadonlyArray<{ id: string }> =
    section === 'goals'
      ? doc.goals
      : section === 'actions'
        ? doc.actions
        : section === 'followUps'
          ? doc.followUps
          : [];
  const found = list.find((item) => item.id === id);
  return found ? { ...found } : undefined;
}

// The api's changes, one entry per plan field or item: plan fields first, then goals, actions
// and follow-ups; within a list added, changed, then removed items, each in the plan's order.
export function groupChanges(
  changes: readonly PlanChangeInput[],
  from: ComparedDocument,
  to: ComparedDocument,
): ChangeEntry[] {
  const entries = new Map<string, ChangeEntry>();
  for (const change of changes) {
    const [head = '', id, field] = change.path.split('/');
    const section = (SECTIONS as string[]).includes(head) && head !== 'plan' ? (head as ChangeSection) : 'plan';
    if (section === 'plan') {
      entries.set(`plan/${change.path}`, {
        section,
        kind: 'CHANGED',
        key: change.path,
        label: '',
        fields: [{ field: change.path, before: parse(change.before), after: parse(change.after) }],
      });
      continue;
    }
    if (!id) continue;
    const key = `${section}/${id}`;
    if (!field) {
      const item = record(parse(change.kind === 'REMOVED' ? change.before : change.after));
      entries.set(key, { section, kind: change.kind, key: id, label: itemLabel(section, item), fields: [] });
      continue;
    }
    const entry = entries.get(key) ?? {
      section,
      kind: 'CHANGED' as const,
      key: id,
      label: itemLabel(section, findItem(to, section, id) ?? findItem(from, section, id) ?? {}),
      fields: [],
    };
    entry.fields.push({ field, before: parse(change.before), after: parse(change.after) });
    entries.set(key, entry);
  }
  const order = (entry: ChangeEntry): number => {
    if (entry.section === 'plan') return 0;
    const doc = entry.kind === 'REMOVED' ? from : to;
    return position(doc, entry.section, entry.key);
  };
  return [...entries.values()].sort(
    (a, b) =>
      SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      order(a) - order(b),
  );
}

export interface ChangeCounts {
  added: number;
  changed: number;
  removed: number;
}

export function countChanges(entries: readonly ChangeEntry[]): ChangeCounts {
  return {
    added: entries.filter((e) => e.kind === 'ADDED').length,
    changed: entries.filter((e) => e.kind === 'CHANGED').length,
    removed: entries.filter((e) => e.kind === 'REMOVED').length,
  };
}

// How a field's value is worded; the page passes the catalog's words and the page's lookups.
export interface ValueWords {
  empty: string;
  date: (iso: string) => string;
  organization: (id: string) => string;
  // A person named by id: the lead person's name from the compared documents, else a generic word.
  person: (id: string, name: string | null) => string;
  goal: (id: string) => string;
  enumLabel: (field: 'participation' | 'status' | 'owner' | 'actionStatus', value: string) => string;
  position: (n: number) => string;
  evaluations: (n: number) => string;
}

const DATE_FIELDS = new Set(['backgroundDate', 'closedOn', 'dueOn', 'plannedOn', 'heldOn']);

// One field's value as words: dates in sv-SE, organisations and goals by name, enums by label.
export function formatValue(
  section: ChangeSection,
  field: string,
  value: unknown,
  words: ValueWords,
  names: { from: ComparedDocument; to: ComparedDocument },
): string {
  if (value === null || value === undefined || value === '') return words.empty;
  if (Array.isArray(value)) return field === 'goalEvaluations' ? words.evaluations(value.length) : words.empty;
  if (typeof value === 'number') return field === 'position' ? words.position(value + 1) : String(value);
  if (typeof value !== 'string') return words.empty;
  if (DATE_FIELDS.has(field)) return words.date(value);
  if (field === 'leadOrganizationId' || field === 'responsibleOrganizationId') return words.organization(value);
  if (field === 'leadUserId' || field === 'responsibleUserId') {
    const named = [names.from, names.to].find((doc) => doc.leadUserId === value && doc.leadUserName);
    return words.person(value, field === 'leadUserId' ? (named?.leadUserName ?? null) : null);
  }
  if (field === 'goalId') return words.goal(value);
  if (field === 'participation') return words.enumLabel('participation', value);
  if (field === 'owner') return words.enumLabel('owner', value);
  if (field === 'status') return words.enumLabel(section === 'actions' ? 'actionStatus' : 'status', value);
  return value;
}

// The catalog key (under ypPlan.field) of a field's name; unknown fields share one word.
const FIELD_NAMES = {
  plan: [
    'title',
    'background',
    'backgroundDate',
    'leadOrganizationId',
    'leadUserId',
    'participation',
    'participationNote',
    'evaluation',
    'status',
    'closedOn',
    'targetGroup',
    'patternsAndFactors',
    'developmentArea',
  ],
  goals: ['text', 'owner', 'position'],
  actions: ['description', 'responsibleOrganizationId', 'responsibleUserId', 'dueOn', 'goalId', 'status', 'position'],
  followUps: ['plannedOn', 'heldOn', 'summary', 'goalEvaluations'],
} as const;

export type FieldNameKey = { [S in ChangeSection]: `${S}.${(typeof FIELD_NAMES)[S][number]}` }[ChangeSection] | 'other';

export function fieldNameKey(section: ChangeSection, field: string): FieldNameKey {
  return (FIELD_NAMES[section] as readonly string[]).includes(field)
    ? (`${section}.${field}` as FieldNameKey)
    : 'other';
}
