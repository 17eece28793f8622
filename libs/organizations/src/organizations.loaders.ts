import DataLoader from 'dataloader';

import type { AppAbility } from '@app/core/authz';
import type { Loaders } from '@app/core/graphql';

import { OrganizationEntity } from './entities/organization.entity';
import { OrganizationsRepository } from './organizations.repository';

// One batched, access-filtered query per request for all organisations a selection needs.
export function organizationByIdLoader(
  loaders: Loaders,
  ability: AppAbility,
  repository: OrganizationsRepository,
): DataLoader<string, OrganizationEntity | null> {
  return loaders.get(
    'organizationById',
    () =>
      new DataLoader<string, OrganizationEntity | null>(async (ids) => {
        const rows = await repository.findMany(ability, ids);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}
