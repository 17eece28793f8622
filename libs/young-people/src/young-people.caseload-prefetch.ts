import { Injectable, OnModuleInit } from '@nestjs/common';
import type DataLoader from 'dataloader';

import { jsonHydrator, TransactionHost } from '@app/core/database';
import type { GraphqlContext } from '@app/core/graphql';

import { CaseloadPrefetchRegistry } from './caseload-prefetch';
import { ContactAttemptEntity } from './entities/contact-attempt.entity';
import { KaaEnrollmentEntity } from './entities/kaa-enrollment.entity';
import { YoungPeopleLoaders } from './young-people.loaders';
import { YoungPeopleRepository } from './young-people.repository';

// Primes a loader of one entity (or none) per young person with the page's JSON values.
function primeEach<T extends object>(
  loader: DataLoader<string, T | null>,
  values: ReadonlyMap<string, unknown>,
  hydrate: (json: Record<string, unknown>) => T,
): void {
  for (const [id, value] of values) {
    loader.prime(id, typeof value === 'object' && value !== null ? hydrate(value as Record<string, unknown>) : null);
  }
}

// This library's parts of the caseload page's rows: the open registration (the row the page
// already joins) and the latest contact, registered like the parts of the libraries above.
@Injectable()
export class YoungPeopleCaseloadPrefetch implements OnModuleInit {
  constructor(
    private readonly registry: CaseloadPrefetchRegistry,
    private readonly repository: YoungPeopleRepository,
    private readonly tx: TransactionHost,
  ) {}

  onModuleInit(): void {
    const loaders = (ctx: GraphqlContext) => new YoungPeopleLoaders(ctx.loaders, ctx.ability, this.repository);
    this.registry.register({
      field: 'enrollment',
      select: (ability) => this.repository.openEnrollmentOfPageRow(ability),
      prime: (ctx, values) =>
        primeEach(loaders(ctx).openEnrollment, values, jsonHydrator(this.tx.manager, KaaEnrollmentEntity)),
    });
    this.registry.register({
      field: 'latestContact',
      select: (ability) => this.repository.latestContactOfPageRow(ability),
      prime: (ctx, values) =>
        primeEach(loaders(ctx).latestContact, values, jsonHydrator(this.tx.manager, ContactAttemptEntity)),
    });
  }
}
