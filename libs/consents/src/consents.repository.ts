import { Injectable } from '@nestjs/common';

import { whereAccessible, type AppAbility } from '@app/core/authz';
import { TransactionHost } from '@app/core/database';

import { CONSENT_MAPPING, INFORMATION_CATEGORY_MAPPING } from './consents.sql-mapping';
import { InformationCategoryDefinitionEntity } from './entities/information-category-definition.entity';
import { ConsentRefusalEntity } from './entities/consent-refusal.entity';
import { ConsentEntity, ConsentGrantEntity } from './entities/consent.entity';

// All SQL for consents. Reads carry the caller's access predicate. Writes only ever insert, or
// set a consent's withdrawal or replacement once (a trigger refuses anything else).
@Injectable()
export class ConsentsRepository {
  constructor(private readonly tx: TransactionHost) {}

  private consents(ability: AppAbility) {
    const qb = this.tx.manager.getRepository(ConsentEntity).createQueryBuilder('cs');
    return whereAccessible(qb, ability, 'read', CONSENT_MAPPING);
  }

  findOne(ability: AppAbility, id: string): Promise<ConsentEntity | null> {
    return this.consents(ability).andWhere('cs.id = :id', { id }).getOne();
  }

  ofYoungPeople(ability: AppAbility, youngPersonIds: readonly string[]): Promise<ConsentEntity[]> {
    return this.consents(ability)
      .andWhere('cs.young_person_id IN (:...ids)', { ids: youngPersonIds })
      .orderBy('cs.created_at', 'DESC')
      .addOrderBy('cs.id', 'DESC')
      .getMany();
  }

  insert(values: Omit<ConsentEntity, 'id' | 'createdAt'>): Promise<ConsentEntity> {
    const repo = this.tx.manager.getRepository(ConsentEntity);
    return repo.save(repo.create(values));
  }

  async insertGrants(consent: ConsentEntity): Promise<void> {
    await this.tx.manager.getRepository(ConsentGrantEntity).insert(
      consent.categories.map((category) => ({
        municipalityId: consent.municipalityId,
        consentId: consent.id,
        youngPersonId: consent.youngPersonId,
        organizationId: consent.recipientOrganizationId,
        category,
        validFrom: consent.validFrom,
        validTo: consent.validTo,
        revokedAt: null,
      })),
    );
  }

  // Ends a consent that is still in force (neither withdrawn nor replaced): false when another
  // change got there first.
  async end(
    municipalityId: string,
    id: string,
    change: { withdrawnAt: Date; withdrawnById: string | null } | { replacedById: string },
  ): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(ConsentEntity)
      .set(change)
      .where('id = :id AND municipality_id = :municipalityId AND withdrawn_at IS NULL AND replaced_by_id IS NULL', {
        id,
        municipalityId,
      })
      .execute();
    return result.affected === 1;
  }

  async revokeGrants(consentId: string, revokedAt: Date): Promise<void> {
    await this.tx.manager
      .createQueryBuilder()
      .update(ConsentGrantEntity)
      .set({ revokedAt })
      .where('consent_id = :consentId AND revoked_at IS NULL', { consentId })
      .execute();
  }

  // A consent not withdrawn or replaced, whoever asks (a referral's recipient re-checks the
  // sender's ground with it); whether it is valid today is for consentStatus to say.
  inForce(municipalityId: string, id: string): Promise<ConsentEntity | null> {
    return this.tx.manager
      .getRepository(ConsentEntity)
      .createQueryBuilder('cs')
      .where('cs.id = :id AND cs.municipality_id = :municipalityId', { id, municipalityId })
      .andWhere('cs.withdrawn_at IS NULL AND cs.replaced_by_id IS NULL')
      .getOne();
  }

  // --- Refusals ---

  // A young person's refusals (read under the consent rules: they are part of the consent record).
  refusalsOfYoungPeople(ability: AppAbility, youngPersonIds: readonly string[]): Promise<ConsentRefusalEntity[]> {
    const qb = this.tx.manager.getRepository(ConsentRefusalEntity).createQueryBuilder('cr');
    return whereAccessible(qb, ability, 'read', CONSENT_MAPPING)
      .andWhere('cr.young_person_id IN (:...ids)', { ids: youngPersonIds })
      .orderBy('cr.recorded_at', 'DESC')
      .addOrderBy('cr.id', 'DESC')
      .getMany();
  }

  findRefusal(ability: AppAbility, id: string): Promise<ConsentRefusalEntity | null> {
    const qb = this.tx.manager.getRepository(ConsentRefusalEntity).createQueryBuilder('cr');
    return whereAccessible(qb, ability, 'update', CONSENT_MAPPING).andWhere('cr.id = :id', { id }).getOne();
  }

  // The categories the young person withholds from the organisation now.
  async refusedCategories(youngPersonId: string, organizationId: string): Promise<string[]> {
    const rows = await this.tx.manager
      .getRepository(ConsentRefusalEntity)
      .createQueryBuilder('cr')
      .select('cr.category', 'category')
      .where('cr.young_person_id = :youngPersonId AND cr.organization_id = :organizationId AND cr.lifted_at IS NULL', {
        youngPersonId,
        organizationId,
      })
      .getRawMany<{ category: string }>();
    return rows.map((row) => row.category);
  }

  async insertRefusals(values: Array<Omit<ConsentRefusalEntity, 'id' | 'createdAt'>>): Promise<ConsentRefusalEntity[]> {
    const repo = this.tx.manager.getRepository(ConsentRefusalEntity);
    return repo.save(values.map((value) => repo.create(value)));
  }

  // Lifts a refusal still in force: false when it was already lifted.
  async liftRefusal(id: string, liftedById: string, liftedAt: Date): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(ConsentRefusalEntity)
      .set({ liftedAt, liftedById })
      .where('id = :id AND lifted_at IS NULL', { id })
      .execute();
    return result.affected === 1;
  }

  // Revokes the organisation's grants of the categories (a refusal ends what consents gave).
  async revokeGrantsOf(
    youngPersonId: string,
    organizationId: string,
    categories: readonly string[],
    revokedAt: Date,
  ): Promise<void> {
    await this.tx.manager
      .createQueryBuilder()
      .update(ConsentGrantEntity)
      .set({ revokedAt })
      .where('young_person_id = :youngPersonId AND organization_id = :organizationId', {
        youngPersonId,
        organizationId,
      })
      .andWhere('category IN (:...categories) AND revoked_at IS NULL', { categories })
      .execute();
  }

  // --- The municipality's own categories ---

  categoryDefinitions(ability: AppAbility, includeRetired: boolean): Promise<InformationCategoryDefinitionEntity[]> {
    const qb = whereAccessible(
      this.tx.manager.getRepository(InformationCategoryDefinitionEntity).createQueryBuilder('ic'),
      ability,
      'read',
      INFORMATION_CATEGORY_MAPPING,
    );
    if (!includeRetired) qb.andWhere('ic.retired_at IS NULL');
    return qb.orderBy('ic.code').getMany();
  }

  // Which of `codes` are not active categories of the municipality.
  async unknownCategoryCodes(municipalityId: string, codes: readonly string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows = await this.tx.manager.query<Array<{ code: string }>>(
      `SELECT code FROM information_category_definition
        WHERE municipality_id = $1 AND code = ANY($2::varchar[]) AND retired_at IS NULL`,
      [municipalityId, [...codes]],
    );
    const known = new Set(rows.map((row) => row.code));
    return codes.filter((code) => !known.has(code));
  }

  async categoryCodeTaken(municipalityId: string, code: string): Promise<boolean> {
    const count = await this.tx.manager
      .getRepository(InformationCategoryDefinitionEntity)
      .count({ where: { municipalityId, code } });
    return count > 0;
  }

  insertCategoryDefinition(
    values: Pick<InformationCategoryDefinitionEntity, 'municipalityId' | 'code' | 'name'>,
  ): Promise<InformationCategoryDefinitionEntity> {
    const repo = this.tx.manager.getRepository(InformationCategoryDefinitionEntity);
    return repo.save(repo.create({ ...values, retiredAt: null }));
  }

  async retireCategoryDefinition(
    ability: AppAbility,
    code: string,
    retiredAt: Date,
  ): Promise<InformationCategoryDefinitionEntity | null> {
    const row = await whereAccessible(
      this.tx.manager.getRepository(InformationCategoryDefinitionEntity).createQueryBuilder('ic'),
      ability,
      'update',
      INFORMATION_CATEGORY_MAPPING,
    )
      .andWhere('ic.code = :code AND ic.retired_at IS NULL', { code })
      .getOne();
    if (!row) return null;
    // Only while still active: of two concurrent retirements, one retires it and the other
    // finds nothing to retire (and writes no second audit row).
    const result = await this.tx.manager
      .getRepository(InformationCategoryDefinitionEntity)
      .createQueryBuilder()
      .update()
      .set({ retiredAt })
      .where('id = :id AND retired_at IS NULL', { id: row.id })
      .execute();
    return result.affected === 1 ? { ...row, retiredAt } : null;
  }
}
