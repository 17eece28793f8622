import DataLoader from 'dataloader';

import type { AppAbility } from '@app/core/authz';
import type { Loaders } from '@app/core/graphql';

import type { EmergencyAccessEntity } from './entities/emergency-access.entity';
import type { OversightRepository } from './oversight.repository';

// Emergency accesses of many reviews in one access-filtered query per request (null: none, or
// not readable by the caller).
export function emergencyAccessByIdLoader(
  loaders: Loaders,
  ability: AppAbility,
  repository: OversightRepository,
): DataLoader<string, EmergencyAccessEntity | null> {
  return loaders.get(
    'emergencyAccessById',
    () =>
      new DataLoader<string, EmergencyAccessEntity | null>(async (ids) => {
        const rows = await repository.emergencyAccessesByIds(ability, ids);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}
