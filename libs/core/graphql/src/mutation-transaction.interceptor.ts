import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { from, lastValueFrom, Observable } from 'rxjs';

import { TransactionHost, type IsolationLevel } from '@app/core/database';

const OWN_TRANSACTION_METADATA = 'brygga:own-transaction';
const ISOLATION_METADATA = 'brygga:isolation';

// A mutation whose invariant spans rows runs at a stricter isolation level; a serialization
// failure or deadlock runs it again (at most three attempts, with jitter; TransactionHost.run),
// and one that still fails answers CONFLICT.
export const Isolation = (level: IsolationLevel): MethodDecorator => SetMetadata(ISOLATION_METADATA, level);

// A mutation that opens its transaction itself (`TransactionHost.run` with `requireAudit`), late,
// because its first steps must not hold a pool connection: login waits for its rate-limit
// reservation and runs scrypt before it writes anything, and a burst of logins holding a
// connection each through those steps starved the pool (issue 14).
export const OwnTransaction = (): MethodDecorator => SetMetadata(OWN_TRANSACTION_METADATA, true);

// One transaction per mutation: every root Mutation field runs inside its own transaction,
// and the transaction is rolled back unless the mutation recorded an audit event. Repositories,
// the audit writer and the event publisher pick the transaction up from TransactionHost.
@Injectable()
export class MutationTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly tx: TransactionHost,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    if (this.reflector.get<boolean | undefined>(OWN_TRANSACTION_METADATA, context.getHandler()) === true) {
      return next.handle();
    }
    // next.handle() binds the handler to the async context it is called in, so it must be
    // called inside the transaction's context.
    const isolation = this.reflector.get<IsolationLevel | undefined>(ISOLATION_METADATA, context.getHandler());
    return from(this.tx.run(() => lastValueFrom(next.handle()), { requireAudit: true, isolation }));
  }
}
