import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { getOperationAST, Kind, type DocumentNode, type FormattedExecutionResult } from 'graphql';

import { AccessLogService } from '@app/core/audit';
import { ErrorCode } from '@app/core/errors';
import type { GraphqlContext } from '@app/core/graphql';
import type { AppLogger } from '@app/core/logging';

// `query youngPerson,caseload`: the operation's type and root fields (never arguments, which
// may hold search terms), for the reviewer reading the log.
// Apollo keeps one DocumentNode per query text, so a label is worked out once per document.
const labels = new WeakMap<DocumentNode, Map<string, string>>();

export function operationLabel(document: DocumentNode | undefined, operationName?: string | null): string {
  if (!document) return 'unknown';
  let byName = labels.get(document);
  if (!byName) {
    byName = new Map();
    labels.set(document, byName);
  }
  const known = byName.get(operationName ?? '');
  if (known !== undefined) return known;
  const operation = getOperationAST(document, operationName ?? undefined);
  const fields = operation?.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD ? [selection.name.value] : [],
  );
  const label = operation ? `${operation.operation} ${[...new Set(fields)].join(',')}` : 'unknown';
  byName.set(operationName ?? '', label);
  return label;
}

const UNAVAILABLE: FormattedExecutionResult = {
  errors: [
    {
      message: 'The access log could not be written, so the data is not shown. Try again.',
      extensions: { code: ErrorCode.ACCESS_LOG_UNAVAILABLE },
    },
  ],
};

// Writes the reads a response made to the access log before the response leaves, and sends an
// error instead of the data when the log cannot be written: nothing about a young person is
// shown without its log row. Returns undefined when the response may go as it is.
export async function logReads(
  log: AccessLogService,
  logger: AppLogger,
  ctx: GraphqlContext,
  operation: () => string,
  // A subscription's event rather than a response: its ground lookup is shared with the other
  // deliveries of the moment (AccessLogService.record).
  delivery = false,
): Promise<FormattedExecutionResult | undefined> {
  if (!ctx.principal || ctx.accessReads.size === 0) return undefined;
  try {
    const { reads, cases } = ctx.accessReads.take();
    await log.record(ctx.principal, reads, operation(), cases, { delivery });
    return undefined;
  } catch (error) {
    logger.error({ err: error instanceof Error ? { message: error.message } : {} }, 'access log write failed');
    return UNAVAILABLE;
  }
}

// HTTP: after execution (the response body is built, not yet sent).
export function accessLogPlugin(log: AccessLogService, logger: AppLogger): ApolloServerPlugin<GraphqlContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        executionDidStart(requestContext: GraphQLRequestContext<GraphqlContext>) {
          return Promise.resolve({
            async executionDidEnd() {
              const failed = await logReads(log, logger, requestContext.contextValue, () =>
                operationLabel(requestContext.document, requestContext.operationName),
              );
              if (!failed) return;
              requestContext.response.body = { kind: 'single', singleResult: failed };
              requestContext.response.http.status = 503;
            },
          });
        },
      });
    },
  };
}
