import DataLoader from 'dataloader';

import type { AppAbility } from '@app/core/authz';
import type { Loaders } from '@app/core/graphql';

import { MembershipEntity } from './entities/membership.entity';
import { IdentityRepository } from './identity.repository';

// Memberships of many users in one access-filtered query per request.
export function membershipsByUserLoader(
  loaders: Loaders,
  ability: AppAbility,
  repository: IdentityRepository,
): DataLoader<string, MembershipEntity[]> {
  return loaders.get(
    'membershipsByUser',
    () =>
      new DataLoader<string, MembershipEntity[]>(async (userIds) => {
        const rows = await repository.membershipsOfUsers(ability, userIds);
        const byUser = new Map<string, MembershipEntity[]>();
        for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
        return userIds.map((id) => byUser.get(id) ?? []);
      }),
  );
}

// Display names of many users in one access-filtered query per request (null: not readable).
export function userNameByIdLoader(
  loaders: Loaders,
  ability: AppAbility,
  repository: IdentityRepository,
): DataLoader<string, string | null> {
  return loaders.get(
    'userNameById',
    () =>
      new DataLoader<string, string | null>(async (ids) => {
        const names = await repository.namesOfUsers(ability, ids);
        return ids.map((id) => names.get(id) ?? null);
      }),
  );
}
