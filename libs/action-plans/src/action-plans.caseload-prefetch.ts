import { Injectable, OnModuleInit } from '@nestjs/common';

import type { AppAbility, SqlFragment } from '@app/core/authz';
import { jsonHydrator, TransactionHost } from '@app/core/database';
import type { GraphqlContext } from '@app/core/graphql';
import { CaseloadPrefetchRegistry, type CaseloadPrefetch } from '@app/young-people';

import { ActionPlanLoaders } from './action-plans.loaders';
import { ActionPlansRepository } from './action-plans.repository';
import { ActionPlanEntity } from './entities/action-plan.entity';
import { ActionPlanFollowUpEntity } from './entities/plan-parts.entity';

interface PrefetchedPlan {
  plan: Record<string, unknown>;
  followUps: Array<Record<string, unknown>>;
}

function isPrefetchedPlan(value: unknown): value is PrefetchedPlan {
  return typeof value === 'object' && value !== null && 'plan' in value && 'followUps' in value;
}

// The caseload page's rows carry their active plan and its follow-ups (YoungPerson.actionPlan
// with its status and next follow-up) in the page statement.
@Injectable()
export class ActionPlansCaseloadPrefetch implements CaseloadPrefetch, OnModuleInit {
  readonly field = 'actionPlan';

  constructor(
    private readonly registry: CaseloadPrefetchRegistry,
    private readonly repository: ActionPlansRepository,
    private readonly tx: TransactionHost,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  select(ability: AppAbility): SqlFragment {
    return this.repository.activeOfPageRow(ability);
  }

  prime(ctx: GraphqlContext, values: ReadonlyMap<string, unknown>): void {
    const toPlan = jsonHydrator(this.tx.manager, ActionPlanEntity);
    const toFollowUp = jsonHydrator(this.tx.manager, ActionPlanFollowUpEntity);
    const loaders = new ActionPlanLoaders(ctx.loaders, ctx.ability, this.repository);
    for (const [id, value] of values) {
      if (!isPrefetchedPlan(value)) {
        loaders.activeByYoungPerson.prime(id, null);
        continue;
      }
      const plan = toPlan(value.plan);
      loaders.activeByYoungPerson.prime(id, plan);
      loaders.followUps.prime(plan.id, value.followUps.map(toFollowUp));
    }
  }
}
