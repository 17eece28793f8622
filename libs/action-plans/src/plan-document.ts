import type { ActionPlanEntity } from './entities/action-plan.entity';
import type {
  ActionPlanActionEntity,
  ActionPlanFollowUpEntity,
  ActionPlanGoalEntity,
  GoalEvaluation,
} from './entities/plan-parts.entity';
import { PlanChangeKind } from './action-plans.enums';

// The whole plan as plain data: what a revision stores and what two versions are compared on.
export interface PlanDocument {
  title: string;
  scope: string;
  targetGroup: string;
  background: string;
  backgroundDate: string | null;
  patternsAndFactors: string;
  developmentArea: string;
  leadOrganizationId: string | null;
  leadUserId: string | null;
  participation: string;
  participationNote: string;
  evaluation: string;
  status: string;
  closedOn: string | null;
  goals: Array<{ id: string; position: number; text: string; owner: string }>;
  actions: Array<{
    id: string;
    goalId: string | null;
    position: number;
    description: string;
    responsibleOrganizationId: string;
    responsibleUserId: string | null;
    dueOn: string | null;
    status: string;
  }>;
  followUps: Array<{
    id: string;
    plannedOn: string;
    heldOn: string | null;
    summary: string;
    goalEvaluations: GoalEvaluation[];
  }>;
}

export const PLAN_FIELDS = [
  'title',
  'targetGroup',
  'background',
  'backgroundDate',
  'patternsAndFactors',
  'developmentArea',
  'leadOrganizationId',
  'leadUserId',
  'participation',
  'participationNote',
  'evaluation',
  'status',
  'closedOn',
] as const;

export function toDocument(
  plan: ActionPlanEntity,
  goals: ActionPlanGoalEntity[],
  actions: ActionPlanActionEntity[],
  followUps: ActionPlanFollowUpEntity[],
): PlanDocument {
  return {
    title: plan.title,
    scope: plan.scope,
    targetGroup: plan.targetGroup,
    background: plan.background,
    backgroundDate: plan.backgroundDate,
    patternsAndFactors: plan.patternsAndFactors,
    developmentArea: plan.developmentArea,
    leadOrganizationId: plan.leadOrganizationId,
    leadUserId: plan.leadUserId,
    participation: plan.participation,
    participationNote: plan.participationNote,
    evaluation: plan.evaluation,
    status: plan.status,
    closedOn: plan.closedOn,
    goals: [...goals]
      .sort((a, b) => a.position - b.position)
      .map((g) => ({ id: g.id, position: g.position, text: g.text, owner: g.owner })),
    actions: [...actions]
      .sort((a, b) => a.position - b.position)
      .map((a) => ({
        id: a.id,
        goalId: a.goalId,
        position: a.position,
        description: a.description,
        responsibleOrganizationId: a.responsibleOrganizationId,
        responsibleUserId: a.responsibleUserId,
        dueOn: a.dueOn,
        status: a.status,
      })),
    followUps: [...followUps]
      .sort((a, b) => a.plannedOn.localeCompare(b.plannedOn) || a.id.localeCompare(b.id))
      .map((f) => ({
        id: f.id,
        plannedOn: f.plannedOn,
        heldOn: f.heldOn,
        summary: f.summary,
        goalEvaluations: f.goalEvaluations,
      })),
  };
}

export interface PlanChange {
  // `title`, or `goals/<id>/text` for a field of one item, or `goals/<id>` for a whole item.
  path: string;
  kind: PlanChangeKind;
  // JSON of the value before and after (null when the item did not exist).
  before: string | null;
  after: string | null;
}

type Item = { id: string } & Record<string, unknown>;

// What changed from one version to another: plan fields, and items of each list matched by id
// (added, removed, or changed field by field). Position changes count as changes.
export function diffDocuments(from: PlanDocument, to: PlanDocument): PlanChange[] {
  const changes: PlanChange[] = [];
  for (const field of PLAN_FIELDS) {
    if (!same(from[field], to[field])) {
      changes.push({ path: field, kind: PlanChangeKind.CHANGED, before: json(from[field]), after: json(to[field]) });
    }
  }
  for (const list of ['goals', 'actions', 'followUps'] as const) {
    const before = new Map((from[list] as Item[]).map((item) => [item.id, item]));
    const after = new Map((to[list] as Item[]).map((item) => [item.id, item]));
    for (const [id, item] of before) {
      const next = after.get(id);
      if (!next) {
        changes.push({ path: `${list}/${id}`, kind: PlanChangeKind.REMOVED, before: json(item), after: null });
        continue;
      }
      for (const key of Object.keys(item)) {
        if (key !== 'id' && !same(item[key], next[key])) {
          changes.push({
            path: `${list}/${id}/${key}`,
            kind: PlanChangeKind.CHANGED,
            before: json(item[key]),
            after: json(next[key]),
          });
        }
      }
    }
    for (const [id, item] of after) {
      if (!before.has(id)) {
        changes.push({ path: `${list}/${id}`, kind: PlanChangeKind.ADDED, before: null, after: json(item) });
      }
    }
  }
  return changes;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function json(value: unknown): string {
  return JSON.stringify(value ?? null);
}
