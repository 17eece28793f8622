import DataLoader from 'dataloader';

import type { AppAbility } from '@app/core/authz';
import { PrimedLoader, type Loaders } from '@app/core/graphql';

import type { MeasureTypeEntity } from './entities/measure-type.entity';
import type { MeasureEntity } from './entities/measure.entity';
import { MeasuresRepository } from './measures.repository';

// Per-request, access-filtered batches: measures of every young person on a page in one
// statement, and their catalogue entries in one more.
export function measuresByYoungPersonLoader(
  loaders: Loaders,
  ability: AppAbility,
  repository: MeasuresRepository,
): PrimedLoader<string, MeasureEntity[]> {
  return loaders.get(
    'measuresByYoungPerson',
    () =>
      new PrimedLoader<string, MeasureEntity[]>(async (ids) => {
        const byPerson = new Map<string, MeasureEntity[]>();
        for (const row of await repository.ofYoungPeople(ability, ids)) {
          byPerson.set(row.youngPersonId, [...(byPerson.get(row.youngPersonId) ?? []), row]);
        }
        return ids.map((id) => byPerson.get(id) ?? []);
      }),
  );
}

export function measureTypeByIdLoader(
  loaders: Loaders,
  ability: AppAbility,
  repository: MeasuresRepository,
): DataLoader<string, MeasureTypeEntity | null> {
  return loaders.get(
    'measureTypeById',
    () =>
      new DataLoader<string, MeasureTypeEntity | null>(async (ids) => {
        const byId = new Map((await repository.typesByIds(ability, ids)).map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}
