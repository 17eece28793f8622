import { Injectable, OnModuleInit } from '@nestjs/common';

import type { AppAbility, SqlFragment } from '@app/core/authz';
import { jsonHydrator, TransactionHost } from '@app/core/database';
import type { GraphqlContext } from '@app/core/graphql';
import { CaseloadPrefetchRegistry, type CaseloadPrefetch } from '@app/young-people';

import { MeasureEntity } from './entities/measure.entity';
import { measuresByYoungPersonLoader } from './measures.loaders';
import { MeasuresRepository } from './measures.repository';

// The caseload page's rows carry their measures (YoungPerson.measures) in the page statement.
@Injectable()
export class MeasuresCaseloadPrefetch implements CaseloadPrefetch, OnModuleInit {
  readonly field = 'measures';

  constructor(
    private readonly registry: CaseloadPrefetchRegistry,
    private readonly repository: MeasuresRepository,
    private readonly tx: TransactionHost,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  select(ability: AppAbility): SqlFragment {
    return this.repository.ofPageRow(ability);
  }

  prime(ctx: GraphqlContext, values: ReadonlyMap<string, unknown>): void {
    const hydrate = jsonHydrator(this.tx.manager, MeasureEntity);
    const loader = measuresByYoungPersonLoader(ctx.loaders, ctx.ability, this.repository);
    for (const [id, value] of values) {
      loader.prime(id, Array.isArray(value) ? value.map((row) => hydrate(row as Record<string, unknown>)) : []);
    }
  }
}
