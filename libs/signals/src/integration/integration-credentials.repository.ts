import { Injectable } from '@nestjs/common';

import { whereAccessible, type AppAbility, type SubjectMapping } from '@app/core/authz';
import { TransactionHost } from '@app/core/database';

import { IntegrationCredentialEntity } from '../entities/integration-credential.entity';

export const INTEGRATION_CREDENTIAL_MAPPING: SubjectMapping = {
  subjectType: 'IntegrationCredential',
  columns: { id: 'id', municipalityId: 'municipality_id', organizationId: 'organization_id' },
};

// The credential a presented secret names, with what the import needs of its school.
export interface PresentedCredential {
  credential: IntegrationCredentialEntity;
  secrecyDomain: string;
  timeZone: string;
}

@Injectable()
export class IntegrationCredentialsRepository {
  constructor(private readonly tx: TransactionHost) {}

  private credentials(ability: AppAbility, action: 'read' | 'update' = 'read') {
    const qb = this.tx.manager.getRepository(IntegrationCredentialEntity).createQueryBuilder('ic');
    return whereAccessible(qb, ability, action, INTEGRATION_CREDENTIAL_MAPPING);
  }

  // Newest first; revoked and expired ones too (their last use is worth seeing).
  list(ability: AppAbility): Promise<IntegrationCredentialEntity[]> {
    return this.credentials(ability).orderBy('ic.created_at', 'DESC').addOrderBy('ic.id', 'DESC').limit(500).getMany();
  }

  find(
    ability: AppAbility,
    id: string,
    action: 'read' | 'update' = 'read',
  ): Promise<IntegrationCredentialEntity | null> {
    return this.credentials(ability, action).andWhere('ic.id = :id', { id }).getOne();
  }

  insert(values: Omit<IntegrationCredentialEntity, 'id'>): Promise<IntegrationCredentialEntity> {
    const repo = this.tx.manager.getRepository(IntegrationCredentialEntity);
    return repo.save(repo.create(values));
  }

  // Revokes a credential not revoked yet: false when it was.
  async revoke(id: string, revokedById: string, at: Date): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(IntegrationCredentialEntity)
      .set({ revokedAt: at, revokedById })
      .where('id = :id AND revoked_at IS NULL', { id })
      .execute();
    return result.affected === 1;
  }

  // The organisation a credential may be made for: the municipality's own, with its secrecy domain.
  async organization(
    municipalityId: string,
    id: string,
  ): Promise<{ id: string; name: string; secrecyDomain: string } | undefined> {
    const rows = await this.tx.manager.query<Array<{ id: string; name: string; secrecy_domain: string }>>(
      'SELECT id, name, secrecy_domain FROM organization WHERE id = $1 AND municipality_id = $2',
      [id, municipalityId],
    );
    const row = rows[0];
    return row ? { id: row.id, name: row.name, secrecyDomain: row.secrecy_domain } : undefined;
  }

  // Outside any request's access rules: the presented secret is the only way in.
  async bySecretHash(secretHash: string): Promise<PresentedCredential | undefined> {
    const { entities, raw } = await this.tx.manager
      .getRepository(IntegrationCredentialEntity)
      .createQueryBuilder('ic')
      .innerJoin('organization', 'o', 'o.id = ic.organization_id AND o.municipality_id = ic.municipality_id')
      .innerJoin('municipality', 'mu', 'mu.id = ic.municipality_id')
      .addSelect('o.secrecy_domain', 'secrecy_domain')
      .addSelect('mu.time_zone', 'time_zone')
      .where('ic.secret_hash = :secretHash', { secretHash })
      .getRawAndEntities<{ secrecy_domain: string; time_zone: string }>();
    const credential = entities[0];
    if (!credential) return undefined;
    return {
      credential,
      secrecyDomain: raw[0]?.secrecy_domain ?? '',
      timeZone: raw[0]?.time_zone ?? 'Europe/Stockholm',
    };
  }

  // Committed on its own (not in the import's transaction): a refused file still used it.
  async touch(id: string, at: Date): Promise<void> {
    await this.tx.manager.connection.query('UPDATE integration_credential SET last_used_at = $2 WHERE id = $1', [
      id,
      at,
    ]);
  }

  async names(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.tx.manager.query<Array<{ id: string; name: string }>>(
      `SELECT id, name FROM organization WHERE id = ANY($1::uuid[])
       UNION ALL SELECT id, display_name AS name FROM app_user WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
