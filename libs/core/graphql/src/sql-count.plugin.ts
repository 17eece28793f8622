import type { ApolloServerPlugin } from '@apollo/server';

import { RequestContext } from '@app/core/logging';

// Adds `extensions.sqlStatements` (statements run for this HTTP request) to each response,
// so tests and the benchmark can check that statements grow with depth, not rows. Only
// registered when EXPOSE_SQL_STATEMENT_COUNT is on, which production refuses.
export function sqlStatementCountPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          const count = RequestContext.current()?.sqlStatements;
          if (count !== undefined && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: count };
          }
          return Promise.resolve();
        },
      });
    },
  };
}
