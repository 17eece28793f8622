import type {
  GoalOwner,
  PlanActionInput,
  PlanActionStatus,
  PlanFollowUpInput,
  PlanGoalInput,
  PlanParticipation,
  YoungPersonPlanFragment,
} from '../gql/graphql';

// The plan editor works on a draft: the plan's title, goals, actions and follow-ups as the
// user edits them. Items that exist keep their id (the api keeps their identity and history);
// new ones have a key only. Pure functions, so the version conflict's reapply is tested alone.
export interface GoalDraft {
  key: string;
  id?: string;
  owner: GoalOwner;
  text: string;
}

export interface ActionDraft {
  key: string;
  id?: string;
  description: string;
  responsibleOrganizationId: string;
  dueOn: string;
  // The key of the goal it serves, '' for none.
  goalKey: string;
  status: PlanActionStatus;
}

export interface FollowUpDraft {
  key: string;
  id?: string;
  plannedOn: string;
  // A held follow-up is history: shown, never moved or removed.
  heldOn?: string;
}

// The plan's own fields besides its title: who leads it, its background and the young
// person's participation ('' for none).
export interface PlanDetails {
  leadOrganizationId: string;
  leadUserId: string;
  background: string;
  backgroundDate: string;
  participation: PlanParticipation;
  participationNote: string;
}

export interface PlanDraft {
  title: string;
  details: PlanDetails;
  // The lead person's name as the api gave it (shown, never sent).
  leadUserName?: string | null;
  goals: GoalDraft[];
  actions: ActionDraft[];
  followUps: FollowUpDraft[];
}

let counter = 0;
export function newKey(): string {
  counter += 1;
  return `new-${counter}`;
}

export function emptyDetails(): PlanDetails {
  return {
    leadOrganizationId: '',
    leadUserId: '',
    background: '',
    backgroundDate: '',
    participation: 'NOT_RECORDED',
    participationNote: '',
  };
}

export function emptyDraft(): PlanDraft {
  return { title: '', details: emptyDetails(), goals: [], actions: [], followUps: [] };
}

// A plan as the api gives it: the active plan, a closed one, or one version of either.
export type PlanSource = Pick<
  YoungPersonPlanFragment,
  | 'title'
  | 'goals'
  | 'actions'
  | 'followUps'
  | 'leadOrganizationId'
  | 'leadUserId'
  | 'leadUserName'
  | 'background'
  | 'backgroundDate'
  | 'participation'
  | 'participationNote'
>;

export function draftFromPlan(plan: PlanSource): PlanDraft {
  return {
    title: plan.title,
    details: {
      leadOrganizationId: plan.leadOrganizationId ?? '',
      leadUserId: plan.leadUserId ?? '',
      background: plan.background,
      backgroundDate: plan.backgroundDate ?? '',
      participation: plan.participation,
      participationNote: plan.participationNote,
    },
    leadUserName: plan.leadUserName ?? null,
    goals: [...plan.goals]
      .sort((a, b) => a.position - b.position)
      .map((g) => ({ key: g.id, id: g.id, owner: g.owner, text: g.text })),
    actions: [...plan.actions]
      .sort((a, b) => a.position - b.position)
      .map((a) => ({
        key: a.id,
        id: a.id,
        description: a.description,
        responsibleOrganizationId: a.responsibleOrganizationId,
        dueOn: a.dueOn ?? '',
        goalKey: a.goalId ?? '',
        status: a.status,
      })),
    followUps: [...plan.followUps]
      .sort((a, b) => a.plannedOn.localeCompare(b.plannedOn))
      .map((f) => ({ key: f.id, id: f.id, plannedOn: f.plannedOn, ...(f.heldOn ? { heldOn: f.heldOn } : {}) })),
  };
}

export interface PlanInputParts {
  title?: string;
  leadOrganizationId: string | null;
  leadUserId: string | null;
  background: string;
  backgroundDate: string | null;
  participation: PlanParticipation;
  participationNote: string;
  goals: PlanGoalInput[];
  actions: PlanActionInput[];
  followUps: PlanFollowUpInput[];
}

// The lists as the api takes them: each replaces the stored one; an action names its goal by
// the goal's index in the list; held follow-ups stay on their own and are not sent.
export function draftToInput(draft: PlanDraft): PlanInputParts {
  const goalIndex = new Map(draft.goals.map((g, index) => [g.key, index]));
  return {
    ...(draft.title.trim() ? { title: draft.title.trim() } : {}),
    leadOrganizationId: draft.details.leadOrganizationId || null,
    // A lead person belongs to the lead organisation: none without one.
    leadUserId: (draft.details.leadOrganizationId && draft.details.leadUserId) || null,
    background: draft.details.background.trim(),
    backgroundDate: draft.details.backgroundDate || null,
    participation: draft.details.participation,
    participationNote: draft.details.participationNote.trim(),
    goals: draft.goals.map((g) => ({ ...(g.id ? { id: g.id } : {}), owner: g.owner, text: g.text.trim() })),
    actions: draft.actions.map((a) => {
      const index = goalIndex.get(a.goalKey);
      return {
        ...(a.id ? { id: a.id } : {}),
        description: a.description.trim(),
        responsibleOrganizationId: a.responsibleOrganizationId,
        ...(a.dueOn ? { dueOn: a.dueOn } : {}),
        ...(index === undefined ? {} : { goalIndex: index }),
        status: a.status,
      };
    }),
    followUps: draft.followUps
      .filter((f) => !f.heldOn)
      .map((f) => ({ ...(f.id ? { id: f.id } : {}), plannedOn: f.plannedOn })),
  };
}

const sameGoal = (a: GoalDraft, b: GoalDraft) => a.owner === b.owner && a.text === b.text;
const sameAction = (a: ActionDraft, b: ActionDraft) =>
  a.description === b.description &&
  a.responsibleOrganizationId === b.responsibleOrganizationId &&
  a.dueOn === b.dueOn &&
  a.goalKey === b.goalKey &&
  a.status === b.status;
const sameFollowUp = (a: FollowUpDraft, b: FollowUpDraft) => a.plannedOn === b.plannedOn;
const DETAIL_FIELDS = [
  'leadOrganizationId',
  'leadUserId',
  'background',
  'backgroundDate',
  'participation',
  'participationNote',
] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

// The details field by field: the user's value where they changed it, the saved one otherwise.
function reapplyDetails(base: PlanDetails, mine: PlanDetails, theirs: PlanDetails): PlanDetails {
  const merged = { ...theirs };
  for (const field of DETAIL_FIELDS) {
    if (mine[field] !== base[field]) Object.assign(merged, { [field]: mine[field] });
  }
  return merged;
}

// One list merged: the saved version's items, with the user's own changes on top. An item the
// user removed stays removed; one the user changed takes the user's values; one the user added
// is appended; one the user changed but the other person removed comes back as a new item, so
// nothing the user typed is lost.
function reapplyList<T extends { key: string; id?: string }>(
  base: T[],
  mine: T[],
  theirs: T[],
  same: (a: T, b: T) => boolean,
): T[] {
  const baseByKey = new Map(base.map((item) => [item.key, item]));
  const mineByKey = new Map(mine.map((item) => [item.key, item]));
  const theirKeys = new Set(theirs.map((item) => item.key));
  const merged: T[] = [];
  for (const their of theirs) {
    const before = baseByKey.get(their.key);
    const own = mineByKey.get(their.key);
    if (before && !own) continue;
    if (before && own && !same(before, own)) merged.push({ ...own, key: their.key, id: their.id });
    else merged.push(their);
  }
  for (const own of mine) {
    const before = baseByKey.get(own.key);
    if (!before) merged.push(own);
    else if (!theirKeys.has(own.key) && !same(before, own)) {
      const { id: _id, ...rest } = own;
      merged.push(rest as T);
    }
  }
  return merged;
}

// Reapplying the user's change (base → mine) on the version someone else saved (theirs).
export function reapply(base: PlanDraft, mine: PlanDraft, theirs: PlanDraft): PlanDraft {
  const goals = reapplyList(base.goals, mine.goals, theirs.goals, sameGoal);
  const goalKeys = new Set(goals.map((g) => g.key));
  return {
    title: mine.title !== base.title ? mine.title : theirs.title,
    details: reapplyDetails(base.details, mine.details, theirs.details),
    leadUserName: theirs.leadUserName ?? null,
    goals,
    actions: reapplyList(base.actions, mine.actions, theirs.actions, sameAction).map((a) =>
      a.goalKey && !goalKeys.has(a.goalKey) ? { ...a, goalKey: '' } : a,
    ),
    followUps: reapplyList(base.followUps, mine.followUps, theirs.followUps, sameFollowUp),
  };
}

export type DraftChange =
  | { part: 'title'; kind: 'CHANGED'; text: string }
  | { part: 'details'; kind: 'CHANGED'; text: DetailField }
  | { part: 'goal' | 'action' | 'followUp'; kind: 'ADDED' | 'CHANGED' | 'REMOVED'; text: string };

function listChanges<T extends { key: string }>(
  part: 'goal' | 'action' | 'followUp',
  before: T[],
  after: T[],
  same: (a: T, b: T) => boolean,
  label: (item: T) => string,
): DraftChange[] {
  const beforeByKey = new Map(before.map((item) => [item.key, item]));
  const afterKeys = new Set(after.map((item) => item.key));
  const changes: DraftChange[] = [];
  for (const item of after) {
    const old = beforeByKey.get(item.key);
    if (!old) changes.push({ part, kind: 'ADDED', text: label(item) });
    else if (!same(old, item)) changes.push({ part, kind: 'CHANGED', text: label(item) });
  }
  for (const item of before) if (!afterKeys.has(item.key)) changes.push({ part, kind: 'REMOVED', text: label(item) });
  return changes;
}

// What changed from one draft to another, for the conflict screen ("Dina ändringar").
export function draftChanges(before: PlanDraft, after: PlanDraft): DraftChange[] {
  return [
    ...(before.title !== after.title ? [{ part: 'title' as const, kind: 'CHANGED' as const, text: after.title }] : []),
    ...DETAIL_FIELDS.filter((field) => before.details[field] !== after.details[field]).map((field) => ({
      part: 'details' as const,
      kind: 'CHANGED' as const,
      text: field,
    })),
    ...listChanges('goal', before.goals, after.goals, sameGoal, (g) => g.text),
    ...listChanges('action', before.actions, after.actions, sameAction, (a) => a.description),
    ...listChanges('followUp', before.followUps, after.followUps, sameFollowUp, (f) => f.plannedOn),
  ];
}
