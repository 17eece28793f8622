import { Injectable } from '@nestjs/common';

import { accessPredicate, whereAccessible, type AppAbility, type SqlFragment } from '@app/core/authz';
import { addOrder, orderSql, TransactionHost, type SqlOrder } from '@app/core/database';

import { MeasureTypeEntity } from './entities/measure-type.entity';
import { MeasureEntity } from './entities/measure.entity';
import { MEASURE_MAPPING, MEASURE_TYPE_MAPPING } from './measures.sql-mapping';

export type MeasurePatch = Partial<
  Pick<
    MeasureEntity,
    | 'status'
    | 'respondedOn'
    | 'startedOn'
    | 'endedOn'
    | 'endReason'
    | 'occupationAfter'
    | 'tier'
    | 'level'
    | 'plannedStartOn'
    | 'plannedEndOn'
    | 'planningAndGoal'
    | 'youngPersonResponsibility'
    | 'municipalityResponsibility'
    | 'otherActorResponsibility'
    | 'otherActorOrganizationId'
    | 'followUpOn'
    | 'evaluationOn'
    | 'evidenceBasis'
  >
>;

// A young person's measures, newest offer first: for the loader and the caseload page alike.
const newestFirst = (alias: string): SqlOrder => [
  [`${alias}.offered_on`, 'DESC'],
  [`${alias}.created_at`, 'DESC'],
  [`${alias}.id`, 'DESC'],
];

// All SQL for measures and the catalogue; every read carries the caller's access predicate.
@Injectable()
export class MeasuresRepository {
  constructor(private readonly tx: TransactionHost) {}

  private measures(ability: AppAbility, action: 'read' | 'update' = 'read') {
    const qb = this.tx.manager.getRepository(MeasureEntity).createQueryBuilder('ms');
    return whereAccessible(qb, ability, action, MEASURE_MAPPING);
  }

  findOne(ability: AppAbility, id: string, action: 'read' | 'update' = 'read'): Promise<MeasureEntity | null> {
    return this.measures(ability, action).andWhere('ms.id = :id', { id }).getOne();
  }

  // Measures of many young people in one statement (DataLoader batches), newest first.
  ofYoungPeople(ability: AppAbility, youngPersonIds: readonly string[]): Promise<MeasureEntity[]> {
    const query = this.measures(ability).andWhere('ms.young_person_id IN (:...ids)', { ids: youngPersonIds });
    return addOrder(query, newestFirst('ms')).getMany();
  }

  // The same for one row of a caseload page (its young person is `yp`), as a JSON array of
  // to_json rows: the page statement carries it (CaseloadPrefetch).
  ofPageRow(ability: AppAbility): SqlFragment {
    const rule = accessPredicate(ability, 'read', MEASURE_MAPPING, 'pf_ms');
    return {
      sql: `(SELECT COALESCE(json_agg(to_json(pf_ms) ORDER BY ${orderSql(newestFirst('pf_ms'))}), '[]'::json)
               FROM measure pf_ms
              WHERE pf_ms.municipality_id = yp.municipality_id AND pf_ms.young_person_id = yp.id AND ${rule.sql})`,
      params: rule.params,
    };
  }

  types(ability: AppAbility, includeRetired: boolean): Promise<MeasureTypeEntity[]> {
    const qb = whereAccessible(
      this.tx.manager.getRepository(MeasureTypeEntity).createQueryBuilder('mt'),
      ability,
      'read',
      MEASURE_TYPE_MAPPING,
    );
    if (!includeRetired) qb.andWhere('mt.active');
    return qb.orderBy('mt.code').getMany();
  }

  typesByIds(ability: AppAbility, ids: readonly string[]): Promise<MeasureTypeEntity[]> {
    return whereAccessible(
      this.tx.manager.getRepository(MeasureTypeEntity).createQueryBuilder('mt'),
      ability,
      'read',
      MEASURE_TYPE_MAPPING,
    )
      .andWhere('mt.id IN (:...ids)', { ids })
      .getMany();
  }

  // A catalogue entry of the municipality, for validating a new measure.
  activeType(municipalityId: string, id: string): Promise<MeasureTypeEntity | null> {
    return this.tx.manager.getRepository(MeasureTypeEntity).findOneBy({ municipalityId, id, active: true });
  }

  findType(ability: AppAbility, id: string, action: 'read' | 'update'): Promise<MeasureTypeEntity | null> {
    return whereAccessible(
      this.tx.manager.getRepository(MeasureTypeEntity).createQueryBuilder('mt'),
      ability,
      action,
      MEASURE_TYPE_MAPPING,
    )
      .andWhere('mt.id = :id', { id })
      .getOne();
  }

  async typeCodeTaken(municipalityId: string, code: string): Promise<boolean> {
    return (await this.tx.manager.getRepository(MeasureTypeEntity).countBy({ municipalityId, code })) > 0;
  }

  insertType(
    values: Pick<MeasureTypeEntity, 'municipalityId' | 'code' | 'name' | 'scbCategory' | 'defaultTier'>,
  ): Promise<MeasureTypeEntity> {
    const repo = this.tx.manager.getRepository(MeasureTypeEntity);
    return repo.save(repo.create({ ...values, active: true }));
  }

  async updateTypeIfVersion(
    municipalityId: string,
    id: string,
    version: number,
    patch: Partial<Pick<MeasureTypeEntity, 'name' | 'scbCategory' | 'defaultTier' | 'active'>>,
  ): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(MeasureTypeEntity)
      .set({ ...patch, version: () => 'version + 1' })
      .where('id = :id AND municipality_id = :municipalityId AND version = :version', { id, municipalityId, version })
      .execute();
    return result.affected === 1;
  }

  insert(values: Omit<MeasureEntity, 'id' | 'createdAt' | 'updatedAt' | 'version'>): Promise<MeasureEntity> {
    const repo = this.tx.manager.getRepository(MeasureEntity);
    return repo.save(repo.create(values));
  }

  // Explicit optimistic lock, and the expected current status, so a transition based on a
  // stale view (or racing another transition) changes nothing.
  async updateIfVersion(
    municipalityId: string,
    id: string,
    version: number,
    patch: MeasurePatch,
  ): Promise<MeasureEntity | null> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(MeasureEntity)
      .set({ ...patch, version: () => 'version + 1' })
      .where('id = :id AND municipality_id = :municipalityId AND version = :version', { id, municipalityId, version })
      .execute();
    if (result.affected !== 1) return null;
    return this.tx.manager.getRepository(MeasureEntity).findOneByOrFail({ id, municipalityId });
  }
}
