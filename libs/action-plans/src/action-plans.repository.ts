import { Injectable } from '@nestjs/common';
import { In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

import { accessPredicate, whereAccessible, type AppAbility, type SqlFragment } from '@app/core/authz';
import { addOrder, orderSql, TransactionHost, type SqlOrder } from '@app/core/database';
import { keysetPage, type KeysetArgs, type Page } from '@app/core/graphql';

import { PlanScope, PlanStatus } from './action-plans.enums';
import { ACTION_PLAN_MAPPING, PLAN_ACTION_MAPPING } from './action-plans.sql-mapping';
import { ActionPlanEntity } from './entities/action-plan.entity';
import {
  ActionPlanActionEntity,
  ActionPlanFollowUpEntity,
  ActionPlanGoalEntity,
  ActionPlanRevisionEntity,
} from './entities/plan-parts.entity';

export type PlanHeadPatch = Partial<
  Pick<
    ActionPlanEntity,
    | 'title'
    | 'targetGroup'
    | 'background'
    | 'backgroundDate'
    | 'patternsAndFactors'
    | 'developmentArea'
    | 'leadOrganizationId'
    | 'leadUserId'
    | 'participation'
    | 'participationNote'
    | 'evaluation'
    | 'status'
    | 'closedOn'
  >
>;

type PartEntity = typeof ActionPlanGoalEntity | typeof ActionPlanActionEntity | typeof ActionPlanFollowUpEntity;

// A plan's follow-ups in the order they are planned: for the loader and the caseload page alike.
const followUpsInOrder = (alias: string): SqlOrder => [
  [`${alias}.planned_on`, 'ASC'],
  [`${alias}.id`, 'ASC'],
];

// All SQL for action plans. The parts of a plan (goals, actions, follow-ups, revisions) are
// read only through their plan's access predicate, in the same statement.
export interface PlanHead {
  version: number;
  youngPersonId: string | null;
}

@Injectable()
export class ActionPlansRepository {
  constructor(private readonly tx: TransactionHost) {}

  private plans(ability: AppAbility, action: 'read' | 'update' = 'read') {
    const qb = this.tx.manager.getRepository(ActionPlanEntity).createQueryBuilder('ap');
    return whereAccessible(qb, ability, action, ACTION_PLAN_MAPPING);
  }

  findOne(ability: AppAbility, id: string, action: 'read' | 'update' = 'read'): Promise<ActionPlanEntity | null> {
    return this.plans(ability, action).andWhere('ap.id = :id', { id }).getOne();
  }

  // The active individual plan of each young person, in one statement.
  activeOfYoungPeople(ability: AppAbility, youngPersonIds: readonly string[]): Promise<ActionPlanEntity[]> {
    return this.plans(ability)
      .andWhere('ap.young_person_id IN (:...ids) AND ap.status = :active', {
        ids: youngPersonIds,
        active: PlanStatus.ACTIVE,
      })
      .getMany();
  }

  // The active plan of one row of a caseload page (its young person is `yp`) with the plan's
  // follow-ups, as JSON { plan, followUps } of to_json rows or NULL: what activeOfYoungPeople
  // and followUps return for it, carried by the page statement (CaseloadPrefetch).
  activeOfPageRow(ability: AppAbility): SqlFragment {
    const rule = accessPredicate(ability, 'read', ACTION_PLAN_MAPPING, 'pf_ap');
    return {
      sql: `(SELECT json_build_object('plan', to_json(pf_ap), 'followUps',
                      COALESCE((SELECT json_agg(to_json(pf_f) ORDER BY ${orderSql(followUpsInOrder('pf_f'))})
                                  FROM action_plan_follow_up pf_f
                                 WHERE pf_f.municipality_id = pf_ap.municipality_id AND pf_f.plan_id = pf_ap.id),
                               '[]'::json))
               FROM action_plan pf_ap
              WHERE pf_ap.municipality_id = yp.municipality_id AND pf_ap.young_person_id = yp.id
                AND pf_ap.status = :pf_ap_active AND ${rule.sql})`,
      params: { ...rule.params, pf_ap_active: PlanStatus.ACTIVE },
    };
  }

  ofYoungPerson(ability: AppAbility, youngPersonId: string): Promise<ActionPlanEntity[]> {
    return this.plans(ability)
      .andWhere('ap.young_person_id = :youngPersonId', { youngPersonId })
      .orderBy('ap.created_at', 'DESC')
      .getMany();
  }

  page(
    ability: AppAbility,
    args: { scope?: PlanScope; status?: PlanStatus } & KeysetArgs,
  ): Promise<Page<ActionPlanEntity>> {
    const query = this.plans(ability);
    if (args.scope) query.andWhere('ap.scope = :scope', { scope: args.scope });
    if (args.status) query.andWhere('ap.status = :status', { status: args.status });
    return keysetPage(query, args, { column: 'ap.title', value: (row) => row.title });
  }

  private parts<T extends ObjectLiteral>(
    entity: new () => T,
    alias: string,
    ability: AppAbility,
    planIds: readonly string[],
  ): SelectQueryBuilder<T> {
    const readable = this.plans(ability)
      .select('ap.municipality_id', 'municipality_id')
      .addSelect('ap.id', 'id')
      .andWhere('ap.id IN (:...planIds)', { planIds });
    // By municipality and plan: the parts' index leads with the municipality (a plan id alone
    // scanned the whole index, 130 ms for a partner's page of 20 plans at 20,000 young people).
    // Through a derived table because TypeORM orders a sub-select's columns as it likes.
    return this.tx.manager
      .getRepository(entity)
      .createQueryBuilder(alias)
      .where(
        `(${alias}.municipality_id, ${alias}.plan_id) IN (SELECT r.municipality_id, r.id FROM (${readable.getQuery()}) r)`,
      )
      .setParameters(readable.getParameters());
  }

  // The titles of the plans the caller may read, of those asked (one statement).
  async titles(ability: AppAbility, planIds: readonly string[]): Promise<Map<string, string>> {
    if (planIds.length === 0) return new Map();
    const rows = await this.plans(ability)
      .select(['ap.id', 'ap.title'])
      .andWhere('ap.id IN (:...planIds)', { planIds: [...planIds] })
      .getMany();
    return new Map(rows.map((row) => [row.id, row.title]));
  }

  goals(ability: AppAbility, planIds: readonly string[]): Promise<ActionPlanGoalEntity[]> {
    return this.parts(ActionPlanGoalEntity, 'g', ability, planIds).orderBy('g.position').getMany();
  }

  actions(ability: AppAbility, planIds: readonly string[]): Promise<ActionPlanActionEntity[]> {
    return this.parts(ActionPlanActionEntity, 'a', ability, planIds).orderBy('a.position').getMany();
  }

  followUps(ability: AppAbility, planIds: readonly string[]): Promise<ActionPlanFollowUpEntity[]> {
    return addOrder(this.parts(ActionPlanFollowUpEntity, 'f', ability, planIds), followUpsInOrder('f')).getMany();
  }

  revisions(ability: AppAbility, planId: string): Promise<ActionPlanRevisionEntity[]> {
    return this.parts(ActionPlanRevisionEntity, 'r', ability, [planId]).orderBy('r.version', 'ASC').getMany();
  }

  revision(ability: AppAbility, planId: string, version: number): Promise<ActionPlanRevisionEntity | null> {
    return this.parts(ActionPlanRevisionEntity, 'r', ability, [planId])
      .andWhere('r.version = :version', { version })
      .getOne();
  }

  // Actions the caller may see on their own (assigned to their organisation), open plans only.
  assignedActions(
    ability: AppAbility,
    args: { first?: number; after?: string },
  ): Promise<Page<ActionPlanActionEntity>> {
    const query = whereAccessible(
      this.tx.manager.getRepository(ActionPlanActionEntity).createQueryBuilder('pa'),
      ability,
      'read',
      PLAN_ACTION_MAPPING,
    ).andWhere(`EXISTS (SELECT 1 FROM action_plan p WHERE p.id = pa.plan_id AND p.status = 'ACTIVE')`);
    return keysetPage(query, args, {
      column: 'pa.created_at',
      type: 'timestamptz',
      value: (row) => row.createdAt.toISOString(),
    });
  }

  findAssignedAction(
    ability: AppAbility,
    id: string,
    action: 'read' | 'update',
  ): Promise<ActionPlanActionEntity | null> {
    return whereAccessible(
      this.tx.manager.getRepository(ActionPlanActionEntity).createQueryBuilder('pa'),
      ability,
      action,
      PLAN_ACTION_MAPPING,
    )
      .andWhere('pa.id = :id', { id })
      .getOne();
  }

  // The plan of an action the caller was authorised for through the action itself.
  planOf(municipalityId: string, planId: string): Promise<ActionPlanEntity | null> {
    return this.tx.manager.getRepository(ActionPlanEntity).findOneBy({ municipalityId, id: planId });
  }

  // The current version and young person of plans whose actions the caller was shown.
  async planHeads(planIds: readonly string[]): Promise<Map<string, PlanHead>> {
    if (planIds.length === 0) return new Map();
    const rows = await this.tx.manager
      .getRepository(ActionPlanEntity)
      .createQueryBuilder('p')
      .select(['p.id', 'p.version', 'p.youngPersonId'])
      .where('p.id IN (:...planIds)', { planIds })
      .getMany();
    return new Map(rows.map((row) => [row.id, { version: row.version, youngPersonId: row.youngPersonId }]));
  }

  // --- Writes (inside the mutation's transaction) ---

  insertPlan(values: Omit<ActionPlanEntity, 'id' | 'createdAt' | 'updatedAt' | 'version'>): Promise<ActionPlanEntity> {
    const repo = this.tx.manager.getRepository(ActionPlanEntity);
    return repo.save(repo.create(values));
  }

  // The first write of every plan change: checks the version the change was based on (and
  // that the plan is still open) and takes the row lock that serialises concurrent editors.
  async bumpVersion(
    municipalityId: string,
    id: string,
    version: number,
    patch: PlanHeadPatch,
  ): Promise<ActionPlanEntity | null> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(ActionPlanEntity)
      .set({ ...patch, version: () => 'version + 1' })
      .where('id = :id AND municipality_id = :municipalityId AND version = :version AND status = :active', {
        id,
        municipalityId,
        version,
        active: PlanStatus.ACTIVE,
      })
      .execute();
    if (result.affected !== 1) return null;
    return this.tx.manager.getRepository(ActionPlanEntity).findOneByOrFail({ id, municipalityId });
  }

  // Writes the head under the lock bumpVersion took, without counting another version.
  async updateHead(municipalityId: string, id: string, patch: PlanHeadPatch): Promise<ActionPlanEntity> {
    await this.tx.manager.getRepository(ActionPlanEntity).update({ id, municipalityId }, patch);
    return this.tx.manager.getRepository(ActionPlanEntity).findOneByOrFail({ id, municipalityId });
  }

  async hasActivePlan(municipalityId: string, youngPersonId: string): Promise<boolean> {
    const count = await this.tx.manager
      .getRepository(ActionPlanEntity)
      .countBy({ municipalityId, youngPersonId, status: PlanStatus.ACTIVE });
    return count > 0;
  }

  // The plan of an action, if the caller may change that plan.
  async planIdOfAction(ability: AppAbility, actionId: string): Promise<string | null> {
    const changeable = this.plans(ability, 'update')
      .select('ap.municipality_id', 'municipality_id')
      .addSelect('ap.id', 'id');
    const row = await this.tx.manager
      .getRepository(ActionPlanActionEntity)
      .createQueryBuilder('a')
      .select('a.plan_id', 'planId')
      .where('a.id = :actionId', { actionId })
      .andWhere(`(a.municipality_id, a.plan_id) IN (SELECT r.municipality_id, r.id FROM (${changeable.getQuery()}) r)`)
      .setParameters(changeable.getParameters())
      .getRawOne<{ planId: string }>();
    return row?.planId ?? null;
  }

  // Parts of one plan as stored now (inside the transaction, after the version lock).
  async currentParts(planId: string): Promise<{
    goals: ActionPlanGoalEntity[];
    actions: ActionPlanActionEntity[];
    followUps: ActionPlanFollowUpEntity[];
  }> {
    // One connection holds the transaction: the three reads run one after the other.
    const m = this.tx.manager;
    const goals = await m.getRepository(ActionPlanGoalEntity).find({ where: { planId }, order: { position: 'ASC' } });
    const actions = await m
      .getRepository(ActionPlanActionEntity)
      .find({ where: { planId }, order: { position: 'ASC' } });
    const followUps = await m
      .getRepository(ActionPlanFollowUpEntity)
      .find({ where: { planId }, order: { plannedOn: 'ASC', id: 'ASC' } });
    return { goals, actions, followUps };
  }

  async savePart<E extends PartEntity>(entity: E, values: Partial<InstanceType<E>>): Promise<InstanceType<E>> {
    const repo = this.tx.manager.getRepository<InstanceType<E>>(entity);
    return repo.save(repo.create(values as InstanceType<E>));
  }

  async deleteParts(entity: PartEntity, planId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.tx.manager.getRepository<ObjectLiteral>(entity).delete({ planId, id: In(ids) });
  }

  async insertRevision(
    values: Pick<
      ActionPlanRevisionEntity,
      'municipalityId' | 'planId' | 'version' | 'snapshot' | 'changedFields' | 'changedById'
    >,
  ): Promise<void> {
    const repo = this.tx.manager.getRepository(ActionPlanRevisionEntity);
    await repo.save(repo.create(values));
  }
}
