import { ApolloServerPlugin, BaseContext } from '@apollo/server';

import { limitError } from './limit-error';
import { operationCost, OperationCostOptions } from './operation-cost';

export const COST_LIMIT_CODE = 'GRAPHQL_COST_LIMIT';

export interface CostLimitOptions extends OperationCostOptions {
  readonly maxCost: number;
  readonly exposeLimits: boolean;
}

/**
 * Rejects operations whose estimated cost exceeds `maxCost`.
 * This runs in `didResolveOperation` rather than as a validation rule because list sizes
 * come from variables: Apollo caches validation per document, so a rule would let a
 * document that was cheap once through again with larger variables.
 */
export function costLimitPlugin<TContext extends BaseContext = BaseContext>(
  options: CostLimitOptions,
): ApolloServerPlugin<TContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation(context) {
          const cost = operationCost(
            {
              schema: context.schema,
              document: context.document,
              operationName: context.operationName,
              variables: context.request.variables,
            },
            options,
          );
          if (cost <= options.maxCost) return Promise.resolve();
          throw limitError({
            message: 'Query is too complex',
            detail: `cost ${cost}, max ${options.maxCost}`,
            code: COST_LIMIT_CODE,
            exposeLimits: options.exposeLimits,
            extensions: { http: { status: 400 } },
          });
        },
      });
    },
  };
}
