import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { from, lastValueFrom, Observable } from 'rxjs';

import { TransactionHost } from '@app/core/database';

// One transaction per mutation: every root Mutation field runs inside its own transaction,
// and the transaction is rolled back unless the mutation recorded an audit event. Repositories,
// the audit writer and the event publisher pick the transaction up from TransactionHost.
@Injectable()
export class MutationTransactionInterceptor implements NestInterceptor {
  constructor(private readonly tx: TransactionHost) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    // next.handle() binds the handler to the async context it is called in, so it must be
    // called inside the transaction's context.
    return from(this.tx.run(() => lastValueFrom(next.handle()), { requireAudit: true }));
  }
}
