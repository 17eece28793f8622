import DataLoader from 'dataloader';

import type { AppAbility } from '@app/core/authz';
import { PrimedLoader, type Loaders } from '@app/core/graphql';

import type { ContactAttemptEntity } from './entities/contact-attempt.entity';
import type { GuardianEntity } from './entities/guardian.entity';
import type { KaaEnrollmentEntity } from './entities/kaa-enrollment.entity';
import type { OccupationEntity } from './entities/occupation.entity';
import type { EnrollmentStatusChangeEntity } from './entities/enrollment-status-change.entity';
import { YoungPeopleRepository } from './young-people.repository';

// Per-request loaders: one access-filtered statement per field of a page, however many young
// people the page holds (DESIGN.md §9: statements grow with depth, not rows).

function single<T>(key: (row: T) => string) {
  return (ids: readonly string[], rows: T[]): Array<T | null> => {
    const byKey = new Map(rows.map((row) => [key(row), row]));
    return ids.map((id) => byKey.get(id) ?? null);
  };
}

function grouped<T>(key: (row: T) => string) {
  return (ids: readonly string[], rows: T[]): T[][] => {
    const byKey = new Map<string, T[]>();
    for (const row of rows) byKey.set(key(row), [...(byKey.get(key(row)) ?? []), row]);
    return ids.map((id) => byKey.get(id) ?? []);
  };
}

export class YoungPeopleLoaders {
  constructor(
    private readonly loaders: Loaders,
    private readonly ability: AppAbility,
    private readonly repository: YoungPeopleRepository,
  ) {}

  get openEnrollment(): PrimedLoader<string, KaaEnrollmentEntity | null> {
    return this.loaders.get(
      'youngPerson.openEnrollment',
      () =>
        new PrimedLoader(async (ids: readonly string[]) =>
          single<KaaEnrollmentEntity>((e) => e.youngPersonId)(
            ids,
            await this.repository.openEnrollments(this.ability, ids),
          ),
        ),
    );
  }

  get latestContact(): PrimedLoader<string, ContactAttemptEntity | null> {
    return this.loaders.get(
      'youngPerson.latestContact',
      () =>
        new PrimedLoader(async (ids: readonly string[]) =>
          single<ContactAttemptEntity>((c) => c.youngPersonId)(
            ids,
            await this.repository.latestContacts(this.ability, ids),
          ),
        ),
    );
  }

  get guardians(): DataLoader<string, GuardianEntity[]> {
    return this.loaders.get(
      'youngPerson.guardians',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          grouped<GuardianEntity>((g) => g.youngPersonId)(ids, await this.repository.guardians(this.ability, ids)),
        ),
    );
  }

  get currentOccupations(): DataLoader<string, OccupationEntity[]> {
    return this.loaders.get(
      'youngPerson.currentOccupations',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          grouped<OccupationEntity>((o) => o.youngPersonId)(
            ids,
            await this.repository.currentOccupations(this.ability, ids),
          ),
        ),
    );
  }

  get statusChanges(): DataLoader<string, EnrollmentStatusChangeEntity[]> {
    return this.loaders.get(
      'enrollment.statusChanges',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          grouped<EnrollmentStatusChangeEntity>((s) => s.enrollmentId)(
            ids,
            await this.repository.statusChanges(this.ability, ids),
          ),
        ),
    );
  }
}
