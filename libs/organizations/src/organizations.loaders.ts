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

// An organisation's name for a field that names one by id (a consent's recipient, a referral's
// addressee): batched with every other organisation the request names, access-filtered; null
// for no id or an organisation the caller may not read. Such fields replace the app's list of
// the first 100 organisations as a name table (issue 15).
export async function organizationNameById(
  loaders: Loaders,
  ability: AppAbility,
  repository: OrganizationsRepository,
  id: string | null | undefined,
): Promise<string | null> {
  if (!id) return null;
  const row = await organizationByIdLoader(loaders, ability, repository).load(id);
  return row?.name ?? null;
}
