import DataLoader from 'dataloader';

import type { AppAbility } from '@app/core/authz';
import { PrimedLoader, type Loaders } from '@app/core/graphql';
import type { IdentityRepository } from '@app/identity';

import { ActionPlansRepository } from './action-plans.repository';
import type { ActionPlanEntity } from './entities/action-plan.entity';
import type {
  ActionPlanActionEntity,
  ActionPlanFollowUpEntity,
  ActionPlanGoalEntity,
} from './entities/plan-parts.entity';

function byKey<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}

// Per-request batches through the plans' access predicate: a page of plans (or of young
// people with their plan) costs one statement per nested field, whatever its length.
export class ActionPlanLoaders {
  constructor(
    private readonly loaders: Loaders,
    private readonly ability: AppAbility,
    private readonly repository: ActionPlansRepository,
  ) {}

  get activeByYoungPerson(): PrimedLoader<string, ActionPlanEntity | null> {
    return this.loaders.get(
      'actionPlan.activeByYoungPerson',
      () =>
        new PrimedLoader<string, ActionPlanEntity | null>(async (ids) => {
          const rows = await this.repository.activeOfYoungPeople(this.ability, ids);
          const map = new Map(rows.map((row) => [row.youngPersonId, row]));
          return ids.map((id) => map.get(id) ?? null);
        }),
    );
  }

  get titles(): DataLoader<string, string | null> {
    return this.loaders.get(
      'actionPlan.titles',
      () =>
        new DataLoader<string, string | null>(async (ids) => {
          const titles = await this.repository.titles(this.ability, ids);
          return ids.map((id) => titles.get(id) ?? null);
        }),
    );
  }

  get goals(): DataLoader<string, ActionPlanGoalEntity[]> {
    return this.loaders.get(
      'actionPlan.goals',
      () =>
        new DataLoader<string, ActionPlanGoalEntity[]>(async (ids) => {
          const map = byKey(await this.repository.goals(this.ability, ids), (row) => row.planId);
          return ids.map((id) => map.get(id) ?? []);
        }),
    );
  }

  get actions(): DataLoader<string, ActionPlanActionEntity[]> {
    return this.loaders.get(
      'actionPlan.actions',
      () =>
        new DataLoader<string, ActionPlanActionEntity[]>(async (ids) => {
          const map = byKey(await this.repository.actions(this.ability, ids), (row) => row.planId);
          return ids.map((id) => map.get(id) ?? []);
        }),
    );
  }

  get followUps(): PrimedLoader<string, ActionPlanFollowUpEntity[]> {
    return this.loaders.get(
      'actionPlan.followUps',
      () =>
        new PrimedLoader<string, ActionPlanFollowUpEntity[]>(async (ids) => {
          const map = byKey(await this.repository.followUps(this.ability, ids), (row) => row.planId);
          return ids.map((id) => map.get(id) ?? []);
        }),
    );
  }

  // Display names of the people a plan names (who saved a version, the lead person), of the
  // reader's municipality, batched per request; only names leave it (null for someone unknown).
  userNames(identity: IdentityRepository, municipalityId: string): DataLoader<string, string | null> {
    return this.loaders.get(
      'actionPlan.userNames',
      () =>
        new DataLoader<string, string | null>(async (ids) => {
          const names = await identity.displayNames(municipalityId, ids);
          return ids.map((id) => names.get(id) ?? null);
        }),
    );
  }
}
