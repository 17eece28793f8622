import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';

import { actorOf, AuditService } from '@app/core/audit';
import type { Principal } from '@app/core/auth';
import type { AppAbility } from '@app/core/authz';
import { dayIn } from '@app/core/clock';
import { isUniqueViolation } from '@app/core/database';
import { conflict, DomainError, ErrorCode, forbidden, notFound } from '@app/core/errors';
import type { Caller, KeysetArgs, Page } from '@app/core/graphql';
import { PgPubSub } from '@app/core/pubsub';
import { IdentityRepository } from '@app/identity';
import { OrganizationsRepository } from '@app/organizations';
import { YoungPeopleService } from '@app/young-people';

import { PlanActionStatus, PlanParticipation, PlanScope, PlanStatus } from './action-plans.enums';
import { ActionPlansRepository, type PlanHead, type PlanHeadPatch } from './action-plans.repository';
import type {
  CloseActionPlanInput,
  CreateActionPlanInput,
  PlanHeadInput,
  RecordPlanFollowUpInput,
  ReviseActionPlanInput,
  SetPlanActionStatusInput,
  UpdateAssignedPlanActionInput,
} from './dto/action-plans.inputs';
import type { ActionPlanEntity } from './entities/action-plan.entity';
import {
  ActionPlanActionEntity,
  ActionPlanFollowUpEntity,
  ActionPlanGoalEntity,
  type ActionPlanRevisionEntity,
} from './entities/plan-parts.entity';
import { diffDocuments, toDocument, type PlanChange, type PlanDocument } from './plan-document';

export const ACTION_PLAN_CHANGED = 'action-plan.changed';

function planError(code: ErrorCode, message: string, details?: Record<string, string | string[]>): DomainError {
  return new DomainError(code, message, details);
}

type Parts = Awaited<ReturnType<ActionPlansRepository['currentParts']>>;

// The people listed for one organisation at most (a municipality's unit has tens).
const PLAN_PEOPLE_LIMIT = 500;

@Injectable()
export class ActionPlansService {
  constructor(
    private readonly repository: ActionPlansRepository,
    private readonly youngPeople: YoungPeopleService,
    private readonly organizations: OrganizationsRepository,
    private readonly identity: IdentityRepository,
    private readonly audit: AuditService,
    private readonly pubsub: PgPubSub,
  ) {}

  // --- Reads ---

  // Who a plan may name as its lead person for an organisation: its active members, by name. Only
  // for those who draw up or revise plans, and an organisation they may read (of the municipality).
  async planPeople(caller: Caller, organizationId: string): Promise<Array<{ id: string; displayName: string }>> {
    const writes = caller.ability.can('create', 'ActionPlan') || caller.ability.can('update', 'ActionPlan');
    const [organization] = writes ? await this.organizations.findMany(caller.ability, [organizationId]) : [];
    if (!organization) throw notFound('Organization');
    return this.identity.activeMemberNames(caller.principal.municipalityId, organization.id, PLAN_PEOPLE_LIMIT);
  }

  async get(ability: AppAbility, id: string): Promise<ActionPlanEntity> {
    const plan = await this.repository.findOne(ability, id);
    if (!plan) throw notFound('ActionPlan');
    return plan;
  }

  list(
    ability: AppAbility,
    args: { scope?: PlanScope; status?: PlanStatus } & KeysetArgs,
  ): Promise<Page<ActionPlanEntity>> {
    return this.repository.page(ability, args);
  }

  async revision(ability: AppAbility, planId: string, version: number): Promise<ActionPlanRevisionEntity> {
    const found = await this.repository.revision(ability, planId, version);
    if (!found) throw notFound('ActionPlanRevision');
    return found;
  }

  async compare(ability: AppAbility, planId: string, fromVersion: number, toVersion: number): Promise<PlanChange[]> {
    const [from, to] = await Promise.all([
      this.revision(ability, planId, fromVersion),
      this.revision(ability, planId, toVersion),
    ]);
    return diffDocuments(from.snapshot as unknown as PlanDocument, to.snapshot as unknown as PlanDocument);
  }

  // --- Changes ---

  async create({ principal, ability }: Caller, input: CreateActionPlanInput): Promise<ActionPlanEntity> {
    let ownerOrganizationId = principal.organizationId;
    if (input.scope === PlanScope.INDIVIDUAL) {
      if (!input.youngPersonId) {
        throw planError(ErrorCode.PLAN_SCOPE_INVALID, 'An individual plan needs a young person', {
          field: 'youngPersonId',
        });
      }
      // A young person's plan is work on the young person: the same access as changing them.
      const person = await this.youngPeople.enrolledForUpdate(ability, principal, input.youngPersonId);
      ownerOrganizationId = person.kaaUnitId ?? principal.organizationId;
    } else if (input.youngPersonId) {
      throw planError(ErrorCode.PLAN_SCOPE_INVALID, 'A group, class or school plan names no young person', {
        field: 'youngPersonId',
      });
    }
    const scope = { municipalityId: principal.municipalityId, ownerOrganizationId, scope: input.scope };
    if (input.scope !== PlanScope.INDIVIDUAL && !ability.can('create', subject('ActionPlan', scope))) {
      throw forbidden();
    }
    if (!input.title) throw planError(ErrorCode.BAD_USER_INPUT, 'A plan needs a title', { field: 'title' });
    if (input.youngPersonId && (await this.repository.hasActivePlan(principal.municipalityId, input.youngPersonId))) {
      throw activePlanExists();
    }
    await this.checkPeople(ability, input);

    const plan = await this.repository
      .insertPlan({
        ...scope,
        youngPersonId: input.youngPersonId ?? null,
        title: input.title.trim(),
        targetGroup: input.targetGroup?.trim() ?? '',
        background: input.background?.trim() ?? '',
        backgroundDate: input.backgroundDate ?? null,
        patternsAndFactors: input.patternsAndFactors?.trim() ?? '',
        developmentArea: input.developmentArea?.trim() ?? '',
        leadOrganizationId: input.leadOrganizationId ?? null,
        leadUserId: input.leadUserId ?? null,
        participation: input.participation ?? PlanParticipation.NOT_RECORDED,
        participationNote: input.participationNote?.trim() ?? '',
        evaluation: '',
        status: PlanStatus.ACTIVE,
        closedOn: null,
        createdById: principal.userId,
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'uq_action_plan_active_individual')) throw activePlanExists();
        throw error;
      });
    const empty: Parts = { goals: [], actions: [], followUps: [] };
    const parts = await this.replaceParts(principal, plan.id, input, empty);
    await this.repository.insertRevision({
      municipalityId: principal.municipalityId,
      planId: plan.id,
      version: plan.version,
      snapshot: toDocument(plan, parts.goals, parts.actions, parts.followUps) as unknown as Record<string, unknown>,
      changedFields: ['created'],
      changedById: principal.userId,
    });
    await this.audit.record(actorOf(principal), {
      action: 'action_plan.create',
      subjectType: 'ActionPlan',
      subjectId: plan.id,
      summary: {
        scope: plan.scope,
        youngPersonId: plan.youngPersonId,
        goals: parts.goals.length,
        actions: parts.actions.length,
      },
    });
    await this.published(principal, plan);
    return plan;
  }

  async revise(caller: Caller, input: ReviseActionPlanInput): Promise<ActionPlanEntity> {
    return this.change(caller, input.id, input.version, 'action_plan.revise', async (plan, parts) => {
      await this.checkPeople(caller.ability, input, plan);
      const head = headPatch(input);
      return { head, parts: await this.replaceParts(caller.principal, plan.id, input, parts) };
    });
  }

  async setActionStatus(caller: Caller, input: SetPlanActionStatusInput): Promise<ActionPlanEntity> {
    const planId = await this.planOfAction(caller.ability, input.actionId);
    return this.change(caller, planId, input.planVersion, 'action_plan.action_status', async (_plan, parts) => {
      const action = parts.actions.find((a) => a.id === input.actionId);
      if (!action) throw notFound('ActionPlanAction');
      const saved = await this.repository.savePart(ActionPlanActionEntity, { ...action, status: input.status });
      return { head: {}, parts: { ...parts, actions: parts.actions.map((a) => (a.id === saved.id ? saved : a)) } };
    });
  }

  // A follow-up evaluates every goal of the plan; it may plan the next one.
  async recordFollowUp(caller: Caller, input: RecordPlanFollowUpInput): Promise<ActionPlanEntity> {
    return this.change(caller, input.planId, input.version, 'action_plan.follow_up', async (plan, parts) => {
      const followUp = parts.followUps.find((f) => f.id === input.followUpId);
      if (!followUp) throw notFound('ActionPlanFollowUp');
      if (followUp.heldOn) throw planError(ErrorCode.PLAN_FOLLOW_UP_HELD, 'This follow-up is already recorded');
      if (input.heldOn > caller.principal.today || input.heldOn < dayOf(caller, plan.createdAt)) {
        throw planError(ErrorCode.PLAN_DATE_INVALID, 'The follow-up must be held between the plan’s start and today', {
          field: 'heldOn',
        });
      }
      const evaluated = new Set(input.goalEvaluations.map((e) => e.goalId));
      const missing = parts.goals.filter((g) => !evaluated.has(g.id)).map((g) => g.id);
      const unknown = [...evaluated].filter((id) => !parts.goals.some((g) => g.id === id));
      if (missing.length > 0 || unknown.length > 0 || evaluated.size !== input.goalEvaluations.length) {
        throw planError(ErrorCode.PLAN_GOAL_NOT_EVALUATED, 'A follow-up evaluates each goal of the plan once', {
          missingGoalIds: missing,
          unknownGoalIds: unknown,
        });
      }
      const held = await this.repository.savePart(ActionPlanFollowUpEntity, {
        ...followUp,
        heldOn: input.heldOn,
        summary: input.summary.trim(),
        goalEvaluations: input.goalEvaluations.map((e) => ({
          goalId: e.goalId,
          assessment: e.assessment,
          comment: e.comment?.trim() ?? '',
        })),
      });
      const followUps = parts.followUps.map((f) => (f.id === held.id ? held : f));
      if (input.nextFollowUpOn) {
        if (input.nextFollowUpOn <= input.heldOn) {
          throw planError(ErrorCode.PLAN_DATE_INVALID, 'The next follow-up comes after this one', {
            field: 'nextFollowUpOn',
          });
        }
        followUps.push(
          await this.repository.savePart(ActionPlanFollowUpEntity, {
            municipalityId: caller.principal.municipalityId,
            planId: plan.id,
            plannedOn: input.nextFollowUpOn,
            heldOn: null,
            summary: '',
            goalEvaluations: [],
          }),
        );
      }
      return { head: {}, parts: { ...parts, followUps } };
    });
  }

  close(caller: Caller, input: CloseActionPlanInput): Promise<ActionPlanEntity> {
    return this.change(caller, input.id, input.version, 'action_plan.close', (plan, parts) => {
      if (input.closedOn > caller.principal.today || input.closedOn < dayOf(caller, plan.createdAt)) {
        throw planError(ErrorCode.PLAN_DATE_INVALID, 'The plan closes between its start and today', {
          field: 'closedOn',
        });
      }
      return {
        head: { status: PlanStatus.CLOSED, closedOn: input.closedOn, evaluation: input.evaluation.trim() },
        parts,
      };
    });
  }

  // --- Actions assigned to the caller's organisation ---

  assignedActions(ability: AppAbility, args: { first?: number; after?: string }) {
    return this.repository.assignedActions(ability, args);
  }

  planHeads(planIds: readonly string[]): Promise<Map<string, PlanHead>> {
    return this.repository.planHeads(planIds);
  }

  // The organisation an action is assigned to reports on it without seeing the rest of the
  // plan: the change still goes through the plan's version check and becomes a new version.
  async updateAssignedAction(
    caller: Caller,
    input: UpdateAssignedPlanActionInput,
  ): Promise<{ action: ActionPlanActionEntity; plan: ActionPlanEntity }> {
    const action = await this.repository.findAssignedAction(caller.ability, input.actionId, 'update');
    if (!action) throw notFound('ActionPlanAction');
    const plan = await this.change(
      caller,
      action.planId,
      input.planVersion,
      'action_plan.assigned_action_status',
      async (_plan, parts) => {
        const saved = await this.repository.savePart(ActionPlanActionEntity, { ...action, status: input.status });
        return { head: {}, parts: { ...parts, actions: parts.actions.map((a) => (a.id === saved.id ? saved : a)) } };
      },
      { authorizedThroughAction: true },
    );
    const updated = await this.repository.findAssignedAction(caller.ability, action.id, 'read');
    if (!updated) throw notFound('ActionPlanAction');
    return { action: updated, plan };
  }

  // --- The one path every change takes ---

  // Checks the version the change was based on (and locks the plan), applies the change,
  // refuses a change that changes nothing, stores the new version's snapshot, audits and
  // notifies. Any refusal rolls the whole change back.
  private async change(
    { principal, ability }: Caller,
    planId: string,
    version: number,
    action: string,
    apply: (
      plan: ActionPlanEntity,
      parts: Parts,
    ) => Promise<{ head: PlanHeadPatch; parts: Parts }> | { head: PlanHeadPatch; parts: Parts },
    options: { authorizedThroughAction?: boolean } = {},
  ): Promise<ActionPlanEntity> {
    // Normally the caller must be allowed to change the plan; an assigned organisation was
    // authorised through its action instead, and changes that action only.
    const before = options.authorizedThroughAction
      ? await this.repository.planOf(principal.municipalityId, planId)
      : await this.repository.findOne(ability, planId, 'update');
    if (!before) throw notFound('ActionPlan');
    if (before.status === PlanStatus.CLOSED) throw planError(ErrorCode.PLAN_CLOSED, 'The plan is closed');
    const locked = await this.repository.bumpVersion(principal.municipalityId, planId, version, {});
    if (!locked) throw conflict();
    const partsBefore = await this.repository.currentParts(planId);
    const result = await apply(locked, partsBefore);
    // Under the lock just taken, the head is written without counting another version.
    const after =
      Object.keys(result.head).length > 0
        ? await this.repository.updateHead(principal.municipalityId, planId, result.head)
        : locked;
    const changes = diffDocuments(
      toDocument(before, partsBefore.goals, partsBefore.actions, partsBefore.followUps),
      toDocument(after, result.parts.goals, result.parts.actions, result.parts.followUps),
    );
    if (changes.length === 0) throw planError(ErrorCode.BAD_USER_INPUT, 'Nothing to change');
    const changedFields = [...new Set(changes.map((c) => c.path.split('/')[0]))];
    await this.repository.insertRevision({
      municipalityId: principal.municipalityId,
      planId,
      version: after.version,
      snapshot: toDocument(
        after,
        result.parts.goals,
        result.parts.actions,
        result.parts.followUps,
      ) as unknown as Record<string, unknown>,
      changedFields,
      changedById: principal.userId,
    });
    await this.audit.record(actorOf(principal), {
      action,
      subjectType: 'ActionPlan',
      subjectId: planId,
      summary: { version: after.version, changed: changedFields },
    });
    await this.published(principal, after);
    return after;
  }

  private async planOfAction(ability: AppAbility, actionId: string): Promise<string> {
    const planId = await this.repository.planIdOfAction(ability, actionId);
    if (!planId) throw notFound('ActionPlanAction');
    return planId;
  }

  // Goals, actions and follow-ups: each list given replaces the stored one; items with an id
  // keep their identity (and history), items without are added, missing ones are removed,
  // except follow-ups already held, which are history.
  private async replaceParts(
    principal: Principal,
    planId: string,
    input: PlanHeadInput,
    current: Parts,
  ): Promise<Parts> {
    const municipalityId = principal.municipalityId;
    let goals = current.goals;
    if (input.goals) {
      const kept = new Map(current.goals.map((g) => [g.id, g]));
      goals = [];
      for (const [position, goal] of input.goals.entries()) {
        const existing = goal.id ? kept.get(goal.id) : undefined;
        if (goal.id && !existing) throw partNotFound('goals', goal.id);
        goals.push(
          await this.repository.savePart(ActionPlanGoalEntity, {
            ...(existing ?? { municipalityId, planId }),
            position,
            text: goal.text.trim(),
            owner: goal.owner,
          }),
        );
      }
      await this.repository.deleteParts(ActionPlanGoalEntity, planId, removed(current.goals, goals));
    }
    let actions = current.actions;
    const goalIds = new Set(goals.map((g) => g.id));
    if (input.actions) {
      const kept = new Map(current.actions.map((a) => [a.id, a]));
      actions = [];
      for (const [position, action] of input.actions.entries()) {
        const existing = action.id ? kept.get(action.id) : undefined;
        if (action.id && !existing) throw partNotFound('actions', action.id);
        let goalId: string | null = null;
        if (action.goalIndex !== undefined) {
          const goal = goals[action.goalIndex];
          if (!goal) throw partNotFound('goals', String(action.goalIndex));
          goalId = goal.id;
        }
        actions.push(
          await this.repository.savePart(ActionPlanActionEntity, {
            ...(existing ?? { municipalityId, planId }),
            position,
            goalId,
            description: action.description.trim(),
            responsibleOrganizationId: action.responsibleOrganizationId,
            responsibleUserId: action.responsibleUserId ?? null,
            dueOn: action.dueOn ?? null,
            status: action.status ?? existing?.status ?? PlanActionStatus.PLANNED,
          }),
        );
      }
      await this.repository.deleteParts(ActionPlanActionEntity, planId, removed(current.actions, actions));
    } else if (input.goals) {
      // Goals were replaced but actions kept: an action whose goal is gone serves no goal now.
      const orphaned = actions.filter((a) => a.goalId && !goalIds.has(a.goalId));
      for (const action of orphaned) {
        const saved = await this.repository.savePart(ActionPlanActionEntity, { ...action, goalId: null });
        actions = actions.map((a) => (a.id === saved.id ? saved : a));
      }
    }
    let followUps = current.followUps;
    if (input.followUps) {
      const kept = new Map(current.followUps.map((f) => [f.id, f]));
      const held = current.followUps.filter((f) => f.heldOn);
      followUps = [...held];
      for (const followUp of input.followUps) {
        const existing = followUp.id ? kept.get(followUp.id) : undefined;
        if (followUp.id && !existing) throw partNotFound('followUps', followUp.id);
        if (existing?.heldOn) {
          if (existing.plannedOn !== followUp.plannedOn) {
            throw planError(ErrorCode.PLAN_FOLLOW_UP_HELD, 'A held follow-up cannot be moved');
          }
          continue;
        }
        followUps.push(
          await this.repository.savePart(ActionPlanFollowUpEntity, {
            ...(existing ?? { municipalityId, planId, heldOn: null, summary: '', goalEvaluations: [] }),
            plannedOn: followUp.plannedOn,
          }),
        );
      }
      await this.repository.deleteParts(ActionPlanFollowUpEntity, planId, removed(current.followUps, followUps));
    }
    return { goals, actions, followUps };
  }

  // Organisations named on the plan belong to the municipality; named people are active
  // members of the organisation they act for.
  private async checkPeople(ability: AppAbility, input: PlanHeadInput, plan?: ActionPlanEntity): Promise<void> {
    const leadOrganizationId = input.leadOrganizationId ?? plan?.leadOrganizationId ?? null;
    const organizationIds = new Set<string>();
    if (leadOrganizationId) organizationIds.add(leadOrganizationId);
    for (const action of input.actions ?? []) organizationIds.add(action.responsibleOrganizationId);
    if (organizationIds.size > 0) {
      const found = await this.organizations.findMany(ability, [...organizationIds]);
      if (found.length !== organizationIds.size) {
        throw planError(ErrorCode.PLAN_ORGANIZATION_INVALID, 'Every organisation must be one of the municipality');
      }
    }
    const people: Array<[string | null | undefined, string | null]> = [
      [input.leadUserId, leadOrganizationId],
      ...(input.actions ?? []).map((a): [string | undefined, string] => [
        a.responsibleUserId,
        a.responsibleOrganizationId,
      ]),
    ];
    for (const [userId, organizationId] of people) {
      if (!userId) continue;
      if (!organizationId || (await this.identity.activeMembers(organizationId, [userId])).length === 0) {
        throw planError(ErrorCode.PLAN_PERSON_INVALID, 'A named person must be an active member of the organisation', {
          userId,
        });
      }
    }
  }

  private async published(principal: Principal, plan: ActionPlanEntity): Promise<void> {
    await this.pubsub.publish({ topic: ACTION_PLAN_CHANGED, municipalityId: principal.municipalityId, id: plan.id });
    if (plan.youngPersonId) await this.youngPeople.notifyChanged(principal, plan.youngPersonId);
  }
}

function headPatch(input: PlanHeadInput): PlanHeadPatch {
  const patch: PlanHeadPatch = {};
  if (input.title !== undefined) patch.title = input.title.trim();
  if (input.targetGroup !== undefined) patch.targetGroup = input.targetGroup.trim();
  if (input.background !== undefined) patch.background = input.background.trim();
  if (input.backgroundDate !== undefined) patch.backgroundDate = input.backgroundDate;
  if (input.patternsAndFactors !== undefined) patch.patternsAndFactors = input.patternsAndFactors.trim();
  if (input.developmentArea !== undefined) patch.developmentArea = input.developmentArea.trim();
  if (input.leadOrganizationId !== undefined) patch.leadOrganizationId = input.leadOrganizationId;
  if (input.leadUserId !== undefined) patch.leadUserId = input.leadUserId;
  if (input.participation !== undefined) patch.participation = input.participation;
  if (input.participationNote !== undefined) patch.participationNote = input.participationNote.trim();
  return patch;
}

function removed(before: Array<{ id: string }>, after: Array<{ id: string }>): string[] {
  const kept = new Set(after.map((item) => item.id));
  return before.filter((item) => !kept.has(item.id)).map((item) => item.id);
}

function partNotFound(list: string, id: string): DomainError {
  return planError(ErrorCode.PLAN_PART_NOT_FOUND, `No such item in ${list}`, { list, id });
}

function activePlanExists(): DomainError {
  return planError(ErrorCode.PLAN_ALREADY_ACTIVE, 'The young person already has an active plan; revise it instead');
}

// The municipality's day of an instant (a plan made at 00:30 in Sweden starts that day).
function dayOf(caller: Caller, instant: Date): string {
  return dayIn(caller.principal.timeZone, instant);
}
