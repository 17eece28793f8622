import { Injectable } from '@nestjs/common';

import { whereAccessible, type AppAbility } from '@app/core/authz';
import { TransactionHost } from '@app/core/database';
import { keysetPage, type Page } from '@app/core/graphql';
import { MunicipalityEntity } from '@app/organizations';

import { GuardianEntity } from './entities/guardian.entity';
import { HandOverEntity } from './entities/hand-over.entity';
import { YoungPersonEntity } from './entities/young-person.entity';
import { HandOverDirection, HandOverStatus } from './young-people.enums';
import { HAND_OVER_MAPPING } from './young-people.sql-mapping';

// SQL of the hand-over path. Reads carry the caller's access predicate; the writes are the
// defined cross-municipality steps of a hand-over and name both municipalities explicitly.
@Injectable()
export class HandOverRepository {
  constructor(private readonly tx: TransactionHost) {}

  private handOvers(ability: AppAbility, action: 'read' | 'update' = 'read') {
    const qb = this.tx.manager.getRepository(HandOverEntity).createQueryBuilder('h');
    return whereAccessible(qb, ability, action, HAND_OVER_MAPPING);
  }

  page(
    ability: AppAbility,
    municipalityId: string,
    args: { direction: HandOverDirection; status?: HandOverStatus; first?: number; after?: string },
  ): Promise<Page<HandOverEntity>> {
    const query = this.handOvers(ability);
    const column = args.direction === HandOverDirection.INCOMING ? 'h.to_municipality_id' : 'h.municipality_id';
    query.andWhere(`${column} = :municipalityId`, { municipalityId });
    if (args.status) query.andWhere('h.status = :status', { status: args.status });
    return keysetPage(query, args, {
      column: 'h.sent_at',
      type: 'timestamptz',
      value: (row) => row.sentAt.toISOString(),
      descending: true,
    });
  }

  findOne(ability: AppAbility, id: string): Promise<HandOverEntity | null> {
    return this.handOvers(ability).andWhere('h.id = :id', { id }).getOne();
  }

  // The hand-over the caller may receive, locked so two team leads cannot both accept it.
  findForReceiving(ability: AppAbility, id: string): Promise<HandOverEntity | null> {
    return this.handOvers(ability, 'update').andWhere('h.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  municipalityByCode(code: string): Promise<MunicipalityEntity | null> {
    return this.tx.manager.getRepository(MunicipalityEntity).findOneBy({ code });
  }

  municipalities(ids: readonly string[]): Promise<MunicipalityEntity[]> {
    return this.tx.manager
      .getRepository(MunicipalityEntity)
      .createQueryBuilder('m')
      .where('m.id IN (:...ids)', { ids })
      .getMany();
  }

  insert(values: Omit<HandOverEntity, 'id' | 'createdAt' | 'updatedAt'>): Promise<HandOverEntity> {
    const repo = this.tx.manager.getRepository(HandOverEntity);
    return repo.save(repo.create(values));
  }

  async markReceived(id: string, receivedById: string, receivedYoungPersonId: string, receivedAt: Date): Promise<void> {
    await this.tx.manager
      .getRepository(HandOverEntity)
      .update(
        { id, status: HandOverStatus.SENT },
        { status: HandOverStatus.RECEIVED, receivedAt, receivedById, receivedYoungPersonId, entry: null },
      );
  }

  // After the receiver has the entry, the old home municipality keeps only what it must: the
  // identity, the ended registration and the history (for SCB's report and the archive), not
  // how to reach the young person or their guardians.
  async forgetContactDetails(municipalityId: string, youngPersonId: string): Promise<void> {
    await this.tx.manager
      .getRepository(YoungPersonEntity)
      .createQueryBuilder()
      .update()
      .set({
        phone: null,
        email: null,
        streetAddress: null,
        postalCode: null,
        city: null,
        version: () => 'version + 1',
      })
      .where('id = :youngPersonId AND municipality_id = :municipalityId', { youngPersonId, municipalityId })
      .execute();
    await this.tx.manager.getRepository(GuardianEntity).delete({ municipalityId, youngPersonId });
  }

  findPersonByIdentityNumber(
    municipalityId: string,
    personalIdentityNumber: string,
  ): Promise<YoungPersonEntity | null> {
    return this.tx.manager.getRepository(YoungPersonEntity).findOneBy({ municipalityId, personalIdentityNumber });
  }
}
