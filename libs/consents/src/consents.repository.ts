import { Injectable } from '@nestjs/common';

import { whereAccessible, type AppAbility } from '@app/core/authz';
import { TransactionHost } from '@app/core/database';

import { CONSENT_MAPPING } from './consents.sql-mapping';
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
    change: { withdrawnAt: Date; withdrawnById: string } | { replacedById: string },
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

  async revokeGrants(consentId: string): Promise<void> {
    await this.tx.manager
      .createQueryBuilder()
      .update(ConsentGrantEntity)
      .set({ revokedAt: () => 'now()' })
      .where('consent_id = :consentId AND revoked_at IS NULL', { consentId })
      .execute();
  }
}
