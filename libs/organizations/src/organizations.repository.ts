import { Injectable } from '@nestjs/common';

import { accessibleRows, whereAccessible, type AppAbility } from '@app/core/authz';
import { likeTerm, nameContains, TransactionHost } from '@app/core/database';
import { keysetPage, type Page } from '@app/core/graphql';

import { MunicipalityEntity } from './entities/municipality.entity';
import { OrganizationEntity } from './entities/organization.entity';
import type { OrganizationKind } from './organization-kind';
import { MUNICIPALITY_MAPPING, ORGANIZATION_MAPPING } from './organizations.sql-mapping';

// All SQL for organisations. Every read takes the caller's ability and ANDs its compiled
// access predicate into the statement; nothing is filtered in memory.
@Injectable()
export class OrganizationsRepository {
  constructor(private readonly tx: TransactionHost) {}

  private query(ability: AppAbility, action: 'read' | 'update') {
    const qb = this.tx.manager.getRepository(OrganizationEntity).createQueryBuilder('o');
    return whereAccessible(qb, ability, action, ORGANIZATION_MAPPING);
  }

  private rows(ability: AppAbility, action: 'read' | 'update', condition: string, params: Record<string, unknown>) {
    const access = { ability, action, mapping: ORGANIZATION_MAPPING };
    return accessibleRows(this.tx.manager, OrganizationEntity, 'o', access, condition, params);
  }

  async findOne(
    ability: AppAbility,
    id: string,
    action: 'read' | 'update' = 'read',
  ): Promise<OrganizationEntity | null> {
    const [row] = await this.rows(ability, action, 'o.id = :id', { id });
    return row ?? null;
  }

  findMany(ability: AppAbility, ids: readonly string[]): Promise<OrganizationEntity[]> {
    return this.rows(ability, 'read', 'o.id = ANY(CAST(:ids AS uuid[]))', { ids });
  }

  // Organisations the caller may read, by name, optionally of one kind and only those whose name
  // contains `search` (folded in the query: see @app/core/database's name-search; blank means
  // every one). The filters narrow the access-filtered query, so the total and the keyset cursor
  // (name, id) stay as without them.
  page(
    ability: AppAbility,
    args: { first?: number; after?: string; kind?: OrganizationKind; search?: string },
  ): Promise<Page<OrganizationEntity>> {
    const query = this.query(ability, 'read');
    if (args.kind) query.andWhere('o.kind = :kind', { kind: args.kind });
    const search = likeTerm(args.search);
    if (search) query.andWhere(nameContains('o.name', 'search'), { search });
    return keysetPage(query, args, { column: 'o.name', value: (row) => row.name });
  }

  async insert(
    values: Pick<OrganizationEntity, 'municipalityId' | 'name' | 'kind' | 'secrecyDomain'>,
  ): Promise<OrganizationEntity> {
    const repo = this.tx.manager.getRepository(OrganizationEntity);
    return repo.save(repo.create(values));
  }

  // Explicit optimistic lock: TypeORM's save() would silently overwrite a newer row.
  async updateIfVersion(
    municipalityId: string,
    id: string,
    version: number,
    patch: Partial<Pick<OrganizationEntity, 'name'>>,
  ): Promise<OrganizationEntity | null> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(OrganizationEntity)
      .set({ ...patch, version: () => 'version + 1' })
      .where('id = :id AND municipality_id = :municipalityId AND version = :version', { id, municipalityId, version })
      .returning('*')
      .execute();
    const raw = (result.raw as Array<Record<string, unknown>>)[0];
    return raw ? Object.assign(new OrganizationEntity(), rawToEntity(raw)) : null;
  }

  // The municipality's own consent period, for recording a consent (no caller scope: every
  // consent of the municipality follows it).
  async consentDefaultValidDays(municipalityId: string): Promise<number | null> {
    const row = await this.tx.manager
      .getRepository(MunicipalityEntity)
      .findOne({ where: { id: municipalityId }, select: { id: true, consentDefaultValidDays: true } });
    return row?.consentDefaultValidDays ?? null;
  }

  async updateMunicipalitySettings(
    ability: AppAbility,
    id: string,
    patch: Partial<Pick<MunicipalityEntity, 'consentDefaultValidDays' | 'timeZone' | 'reportMinCell'>>,
  ): Promise<MunicipalityEntity | null> {
    const current = await whereAccessible(
      this.tx.manager.getRepository(MunicipalityEntity).createQueryBuilder('m'),
      ability,
      'update',
      MUNICIPALITY_MAPPING,
    )
      .andWhere('m.id = :id', { id })
      .getOne();
    if (!current) return null;
    await this.tx.manager.getRepository(MunicipalityEntity).update({ id }, patch);
    return { ...current, ...patch };
  }

  municipality(ability: AppAbility, id: string): Promise<MunicipalityEntity | null> {
    const qb = this.tx.manager.getRepository(MunicipalityEntity).createQueryBuilder('m');
    return whereAccessible(qb, ability, 'read', MUNICIPALITY_MAPPING).andWhere('m.id = :id', { id }).getOne();
  }
}

function rawToEntity(raw: Record<string, unknown>): Partial<OrganizationEntity> {
  return {
    id: raw.id as string,
    municipalityId: raw.municipality_id as string,
    name: raw.name as string,
    kind: raw.kind as OrganizationEntity['kind'],
    secrecyDomain: raw.secrecy_domain as OrganizationEntity['secrecyDomain'],
    version: raw.version as number,
    createdAt: raw.created_at as Date,
    updatedAt: raw.updated_at as Date,
  };
}
