import { Injectable } from '@nestjs/common';

import { whereAccessible, type AppAbility } from '@app/core/authz';
import { TransactionHost } from '@app/core/database';
import { keysetPage, type Page } from '@app/core/graphql';

import { DisclosureEntity } from './entities/disclosure.entity';
import { ReferralEntity } from './entities/referral.entity';
import { ReferralStatus } from './referrals.enums';
import { DISCLOSURE_MAPPING, REFERRAL_MAPPING } from './referrals.sql-mapping';

// All SQL for referrals and disclosures. Reads carry the caller's access predicate; a referral
// changes only by a transition from the status it was read in (one of two racing answers wins).
@Injectable()
export class ReferralsRepository {
  constructor(private readonly tx: TransactionHost) {}

  private referrals(ability: AppAbility, action: 'read' | 'update' = 'read') {
    const qb = this.tx.manager.getRepository(ReferralEntity).createQueryBuilder('rf');
    return whereAccessible(qb, ability, action, REFERRAL_MAPPING);
  }

  findReferral(ability: AppAbility, id: string, action: 'read' | 'update' = 'read'): Promise<ReferralEntity | null> {
    return this.referrals(ability, action).andWhere('rf.id = :id', { id }).getOne();
  }

  referralPage(
    ability: AppAbility,
    filter: { fromOrganizationId?: string; toOrganizationId?: string; status?: ReferralStatus },
    page: { first?: number; after?: string },
  ): Promise<Page<ReferralEntity>> {
    const qb = this.referrals(ability);
    if (filter.fromOrganizationId) qb.andWhere('rf.from_organization_id = :from', { from: filter.fromOrganizationId });
    if (filter.toOrganizationId) qb.andWhere('rf.to_organization_id = :to', { to: filter.toOrganizationId });
    if (filter.status) qb.andWhere('rf.status = :status', { status: filter.status });
    // Oldest first: the longest-waiting referral is the one to answer.
    return keysetPage(qb, page, { column: 'rf.sent_at', value: (r) => r.sentAt.toISOString(), type: 'timestamptz' });
  }

  referralsOfYoungPeople(ability: AppAbility, youngPersonIds: readonly string[]): Promise<ReferralEntity[]> {
    return this.referrals(ability)
      .andWhere('rf.young_person_id IN (:...ids)', { ids: youngPersonIds })
      .orderBy('rf.sent_at', 'DESC')
      .addOrderBy('rf.id', 'DESC')
      .getMany();
  }

  insertReferral(values: Omit<ReferralEntity, 'id' | 'createdAt' | 'updatedAt' | 'version'>): Promise<ReferralEntity> {
    const repo = this.tx.manager.getRepository(ReferralEntity);
    return repo.save(repo.create(values));
  }

  // Moves a referral on from one of `from`: false when it is no longer in any of them.
  async transition(id: string, from: readonly ReferralStatus[], values: Partial<ReferralEntity>): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(ReferralEntity)
      .set({ ...values, version: () => 'version + 1' })
      .where('id = :id AND status IN (:...from)', { id, from })
      .execute();
    return result.affected === 1;
  }

  reload(id: string): Promise<ReferralEntity | null> {
    return this.tx.manager.getRepository(ReferralEntity).findOne({ where: { id } });
  }

  // --- Disclosures ---

  insertDisclosure(values: Omit<DisclosureEntity, 'id' | 'createdAt'>): Promise<DisclosureEntity> {
    const repo = this.tx.manager.getRepository(DisclosureEntity);
    return repo.save(repo.create(values));
  }

  disclosuresOfYoungPeople(ability: AppAbility, youngPersonIds: readonly string[]): Promise<DisclosureEntity[]> {
    const qb = this.tx.manager.getRepository(DisclosureEntity).createQueryBuilder('ds');
    return whereAccessible(qb, ability, 'read', DISCLOSURE_MAPPING)
      .andWhere('ds.young_person_id IN (:...ids)', { ids: youngPersonIds })
      .orderBy('ds.disclosed_at', 'DESC')
      .addOrderBy('ds.id', 'DESC')
      .getMany();
  }
}
