import { Args, Context, ID, Info, Mutation, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';

import { FieldPolicy, Policy } from '@app/core/authz';
import {
  callerOf,
  Connection,
  type GraphqlContext,
  IdArg,
  type MaybePromise,
  type NoArgs,
  noteRead,
  PageArgs,
  refreshForEvent,
  totalCountAsked,
  whenLoaded,
} from '@app/core/graphql';
import { eventIterator, PgPubSub } from '@app/core/pubsub';
import { IdentityRepository } from '@app/identity';
import { YoungPerson } from '@app/young-people';

import { ActionPlanLoaders } from './action-plans.loaders';
import { ActionPlansRepository } from './action-plans.repository';
import { ACTION_PLAN_CHANGED, ActionPlansService } from './action-plans.service';
import {
  ActionPlansArgs,
  CloseActionPlanInput,
  ComparePlanVersionsArgs,
  CreateActionPlanInput,
  PlanPeopleArgs,
  PlanVersionArgs,
  RecordPlanFollowUpInput,
  ReviseActionPlanInput,
  SetPlanActionStatusInput,
  UpdateAssignedPlanActionInput,
} from './dto/action-plans.inputs';
import type { ActionPlanEntity } from './entities/action-plan.entity';
import { toAction, toActionPlan, toAssignedAction, toFollowUp, toGoal, toVersion } from './models/action-plan.mapper';
import {
  ActionPlan,
  ActionPlanAction,
  ActionPlanChange,
  ActionPlanDocument,
  ActionPlanFollowUp,
  ActionPlanGoal,
  ActionPlanVersion,
  AssignedPlanAction,
  PlanPerson,
} from './models/action-plan.models';

const ActionPlanConnection = Connection(ActionPlan, 'ActionPlanConnection');
const AssignedPlanActionConnection = Connection(AssignedPlanAction, 'AssignedPlanActionConnection');
type AssignedPlanActionConnection = InstanceType<typeof AssignedPlanActionConnection>;
type ActionPlanConnection = InstanceType<typeof ActionPlanConnection>;

// A young person's plan shown to a reader is noted for the access log (group, class and school
// plans name no young person).
function presentPlan(ctx: GraphqlContext, row: ActionPlanEntity): ActionPlan {
  if (row.youngPersonId) noteRead(ctx, row.youngPersonId, 'PLAN');
  return toActionPlan(row);
}

@Resolver(() => ActionPlan)
export class ActionPlansResolver {
  constructor(
    private readonly service: ActionPlansService,
    private readonly repository: ActionPlansRepository,
    private readonly pubsub: PgPubSub,
    private readonly identity: IdentityRepository,
  ) {}

  private loaders(ctx: GraphqlContext): ActionPlanLoaders {
    return new ActionPlanLoaders(ctx.loaders, ctx.ability, this.repository);
  }

  @Query(() => ActionPlan, { description: 'One plan the caller may read.' })
  @Policy('read', 'ActionPlan', { oneRecord: true })
  async actionPlan(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<ActionPlan> {
    return presentPlan(ctx, await this.service.get(callerOf(ctx).ability, id));
  }

  @Query(() => ActionPlanConnection, { description: 'Plans the caller may read, by title.' })
  @Policy('read', 'ActionPlan')
  async actionPlans(
    @Args() args: ActionPlansArgs,
    @Context() ctx: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ActionPlanConnection> {
    const page = await this.service.list(callerOf(ctx).ability, { ...args, countTotal: totalCountAsked(info) });
    return { ...page, nodes: page.nodes.map((row) => presentPlan(ctx, row)) };
  }

  @Query(() => [PlanPerson], {
    description:
      'Who a plan may name as its lead person for an organisation of the municipality: its active members, by name (at most 500).',
  })
  // A read of one record, the organisation (its members' names), so the guard asks for reading
  // organisations; the service also requires the right to write plans and otherwise answers as for
  // a missing organisation: one NOT_FOUND for every role, whatever it may read.
  @Policy('read', 'Organization', { oneRecord: true })
  async planPeople(@Args() args: PlanPeopleArgs, @Context() ctx: GraphqlContext): Promise<PlanPerson[]> {
    const people = await this.service.planPeople(callerOf(ctx), args.organizationId);
    return people.map((p) => ({ id: p.id, name: p.displayName }));
  }

  @Query(() => ActionPlanVersion, { description: 'A plan as it was at one version.' })
  @Policy('read', 'ActionPlan', { oneRecord: true })
  async actionPlanVersion(@Args() args: PlanVersionArgs, @Context() ctx: GraphqlContext): Promise<ActionPlanVersion> {
    const { ability } = callerOf(ctx);
    presentPlan(ctx, await this.service.get(ability, args.planId));
    return toVersion(await this.service.revision(ability, args.planId, args.version));
  }

  @Query(() => [ActionPlanChange], { description: 'What changed between two versions of a plan.' })
  @Policy('read', 'ActionPlan', { oneRecord: true })
  async compareActionPlanVersions(
    @Args() args: ComparePlanVersionsArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<ActionPlanChange[]> {
    const { ability } = callerOf(ctx);
    presentPlan(ctx, await this.service.get(ability, args.planId));
    return this.service.compare(ability, args.planId, args.fromVersion, args.toVersion);
  }

  @Query(() => AssignedPlanActionConnection, {
    description: 'Actions of open plans assigned to the caller’s organisation, oldest first.',
  })
  @Policy('read', 'PlanAction')
  async assignedPlanActions(
    @Args() args: PageArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<AssignedPlanActionConnection> {
    const page = await this.service.assignedActions(callerOf(ctx).ability, args);
    const heads = await this.service.planHeads([...new Set(page.nodes.map((row) => row.planId))]);
    return {
      ...page,
      nodes: page.nodes.map((row) => {
        const head = heads.get(row.planId);
        // An action of a young person's plan is part of their plan: logged (ground ASSIGNED_ACTION).
        if (head?.youngPersonId) noteRead(ctx, head.youngPersonId, 'PLAN');
        return toAssignedAction(row, head?.version ?? 0);
      }),
    };
  }

  @Mutation(() => AssignedPlanAction, { description: 'The assigned organisation reports on its action.' })
  @Policy('update', 'PlanAction')
  async updateAssignedPlanAction(
    @Args('input') input: UpdateAssignedPlanActionInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AssignedPlanAction> {
    const { action, plan } = await this.service.updateAssignedAction(callerOf(ctx), input);
    if (plan.youngPersonId) noteRead(ctx, plan.youngPersonId, 'PLAN');
    return toAssignedAction(action, plan.version);
  }

  @ResolveField(() => [ActionPlanGoal])
  @FieldPolicy('read', 'ActionPlan')
  async goals(plan: ActionPlan, _args: NoArgs, ctx: GraphqlContext): Promise<ActionPlanGoal[]> {
    return (await this.loaders(ctx).goals.load(plan.id)).map(toGoal);
  }

  @ResolveField(() => [ActionPlanAction])
  @FieldPolicy('read', 'ActionPlan')
  async actions(plan: ActionPlan, _args: NoArgs, ctx: GraphqlContext): Promise<ActionPlanAction[]> {
    return (await this.loaders(ctx).actions.load(plan.id)).map(toAction);
  }

  @ResolveField(() => [ActionPlanFollowUp])
  @FieldPolicy('read', 'ActionPlan')
  followUps(plan: ActionPlan, _args: NoArgs, ctx: GraphqlContext): MaybePromise<ActionPlanFollowUp[]> {
    return whenLoaded(this.loaders(ctx).followUps.loadNow(plan.id), (rows) => rows.map(toFollowUp));
  }

  @ResolveField(() => String, { nullable: true, description: 'The earliest follow-up not yet held.' })
  @FieldPolicy('read', 'ActionPlan')
  nextFollowUpOn(plan: ActionPlan, _args: NoArgs, ctx: GraphqlContext): MaybePromise<string | null> {
    return whenLoaded(
      this.loaders(ctx).followUps.loadNow(plan.id),
      (rows) => rows.find((row) => !row.heldOn)?.plannedOn ?? null,
    );
  }

  @ResolveField(() => String, { nullable: true, description: 'The lead person’s name, when one is named.' })
  @FieldPolicy('read', 'ActionPlan')
  async leadUserName(plan: ActionPlan, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    if (!plan.leadUserId) return null;
    const { principal } = callerOf(ctx);
    return this.loaders(ctx).userNames(this.identity, principal.municipalityId).load(plan.leadUserId);
  }

  @ResolveField(() => [ActionPlanVersion], { description: 'Every version, oldest first.' })
  @FieldPolicy('read', 'ActionPlan')
  async versions(plan: ActionPlan, _args: NoArgs, ctx: GraphqlContext): Promise<ActionPlanVersion[]> {
    return (await this.repository.revisions(ctx.ability, plan.id)).map(toVersion);
  }

  @Mutation(() => ActionPlan, { description: 'Draw up a plan (version 1).' })
  @Policy('create', 'ActionPlan')
  async createActionPlan(
    @Args('input') input: CreateActionPlanInput,
    @Context() ctx: GraphqlContext,
  ): Promise<ActionPlan> {
    return presentPlan(ctx, await this.service.create(callerOf(ctx), input));
  }

  @Mutation(() => ActionPlan, {
    description: 'Revise a plan from the version it was based on; lists given replace the stored ones.',
  })
  @Policy('update', 'ActionPlan')
  async reviseActionPlan(
    @Args('input') input: ReviseActionPlanInput,
    @Context() ctx: GraphqlContext,
  ): Promise<ActionPlan> {
    return presentPlan(ctx, await this.service.revise(callerOf(ctx), input));
  }

  @Mutation(() => ActionPlan, { description: 'Change the status of one action of a plan.' })
  @Policy('update', 'ActionPlan')
  async setPlanActionStatus(
    @Args('input') input: SetPlanActionStatusInput,
    @Context() ctx: GraphqlContext,
  ): Promise<ActionPlan> {
    return presentPlan(ctx, await this.service.setActionStatus(callerOf(ctx), input));
  }

  @Mutation(() => ActionPlan, { description: 'Record a held follow-up that evaluates every goal.' })
  @Policy('update', 'ActionPlan')
  async recordPlanFollowUp(
    @Args('input') input: RecordPlanFollowUpInput,
    @Context() ctx: GraphqlContext,
  ): Promise<ActionPlan> {
    return presentPlan(ctx, await this.service.recordFollowUp(callerOf(ctx), input));
  }

  @Mutation(() => ActionPlan, { description: 'Close a plan with its evaluation.' })
  @Policy('update', 'ActionPlan')
  async closeActionPlan(
    @Args('input') input: CloseActionPlanInput,
    @Context() ctx: GraphqlContext,
  ): Promise<ActionPlan> {
    return presentPlan(ctx, await this.service.close(callerOf(ctx), input));
  }

  @Subscription(() => ActionPlan, {
    description: 'A plan as it changes (every version), re-checked against access at each event.',
    resolve: (value: ActionPlan) => value,
  })
  @Policy('read', 'ActionPlan')
  actionPlanChanged(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
  ): AsyncIterableIterator<ActionPlan> {
    const { principal } = callerOf(ctx);
    return eventIterator(
      this.pubsub,
      ACTION_PLAN_CHANGED,
      (event) => event.municipalityId === principal.municipalityId && event.id === id,
      async (event) => {
        const ability = await refreshForEvent(ctx, event);
        if (!ability) return undefined;
        const row = await this.repository.findOne(ability, event.id);
        return row ? presentPlan(ctx, row) : undefined;
      },
    );
  }
}

// Which plan an action assigned to the caller's organisation belongs to, by its title, so that
// a partner's list of actions says whose work each is (found missing in a new user's walk: 50
// cards of bare action texts). Through the plans' own read predicate: null for a plan the
// caller may not read (the assignment alone shows the action, not the plan). The read is the
// plan's, already logged for the page by assignedPlanActions (ground ASSIGNED_ACTION).
@Resolver(() => AssignedPlanAction)
export class AssignedPlanActionResolver {
  constructor(private readonly repository: ActionPlansRepository) {}

  @ResolveField(() => String, { nullable: true, description: 'The plan’s title, when the caller may read the plan.' })
  @FieldPolicy('read', 'ActionPlan')
  planTitle(action: AssignedPlanAction, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    return new ActionPlanLoaders(ctx.loaders, ctx.ability, this.repository).titles.load(action.planId);
  }
}

// Who saved a version, by name (a plan's reader sees who changed it), batched per request.
@Resolver(() => ActionPlanVersion)
export class ActionPlanVersionResolver {
  constructor(
    private readonly repository: ActionPlansRepository,
    private readonly identity: IdentityRepository,
  ) {}

  @ResolveField(() => String, { nullable: true, description: 'The name of who saved this version.' })
  @FieldPolicy('read', 'ActionPlan')
  changedByName(version: ActionPlanVersion, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    const { principal } = callerOf(ctx);
    return new ActionPlanLoaders(ctx.loaders, ctx.ability, this.repository)
      .userNames(this.identity, principal.municipalityId)
      .load(version.changedById);
  }
}

// The lead person of a plan as it was at one version, by name.
@Resolver(() => ActionPlanDocument)
export class ActionPlanDocumentResolver {
  constructor(
    private readonly repository: ActionPlansRepository,
    private readonly identity: IdentityRepository,
  ) {}

  @ResolveField(() => String, { nullable: true, description: 'The lead person’s name, when one is named.' })
  @FieldPolicy('read', 'ActionPlan')
  async leadUserName(document: ActionPlanDocument, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    if (!document.leadUserId) return null;
    const { principal } = callerOf(ctx);
    return new ActionPlanLoaders(ctx.loaders, ctx.ability, this.repository)
      .userNames(this.identity, principal.municipalityId)
      .load(document.leadUserId);
  }
}

// The plan as a field of the young person (the caseload shows its status), batched.
@Resolver(() => YoungPerson)
export class YoungPersonPlanResolver {
  constructor(private readonly repository: ActionPlansRepository) {}

  @ResolveField(() => ActionPlan, { nullable: true, description: 'The active individual plan, if any.' })
  @FieldPolicy('read', 'ActionPlan')
  actionPlan(person: YoungPerson, _args: NoArgs, ctx: GraphqlContext): MaybePromise<ActionPlan | null> {
    const loader = new ActionPlanLoaders(ctx.loaders, ctx.ability, this.repository).activeByYoungPerson;
    return whenLoaded(loader.loadNow(person.id), (row) => (row ? presentPlan(ctx, row) : null));
  }

  @ResolveField(() => [ActionPlan], { description: 'Every plan of the young person, newest first.' })
  @FieldPolicy('read', 'ActionPlan')
  async actionPlans(person: YoungPerson, _args: NoArgs, ctx: GraphqlContext): Promise<ActionPlan[]> {
    return (await this.repository.ofYoungPerson(ctx.ability, person.id)).map((row) => presentPlan(ctx, row));
  }
}
