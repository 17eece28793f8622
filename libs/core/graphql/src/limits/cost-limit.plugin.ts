import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { DocumentNode } from 'graphql';

import { limitError } from './limit-error';
import { costVariables, operationCost, OperationCostOptions } from './operation-cost';

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
// Costs known per document (Apollo keeps one DocumentNode per query text), by operation name and
// the values of the variables the cost depends on; a few variants per document at most.
interface KnownCosts {
  readonly variables: readonly string[];
  readonly costs: Map<string, number>;
}
const MAX_VARIANTS_PER_DOCUMENT = 64;
const ABSENT = '\u0000absent';

function costKey(known: KnownCosts, operationName: string | null | undefined, given: Record<string, unknown>) {
  const values = known.variables.map((name) =>
    Object.prototype.hasOwnProperty.call(given, name) ? given[name] : ABSENT,
  );
  return `${operationName ?? ''}\u0000${JSON.stringify(values)}`;
}

export function costLimitPlugin<TContext extends BaseContext = BaseContext>(
  options: CostLimitOptions,
): ApolloServerPlugin<TContext> {
  const known = new WeakMap<DocumentNode, KnownCosts>();
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation(context) {
          let document = known.get(context.document);
          if (!document) {
            document = { variables: costVariables(context.document), costs: new Map() };
            known.set(context.document, document);
          }
          const key = costKey(document, context.operationName, context.request.variables ?? {});
          let cost = document.costs.get(key);
          if (cost === undefined) {
            cost = operationCost(
              {
                schema: context.schema,
                document: context.document,
                operationName: context.operationName,
                variables: context.request.variables,
              },
              options,
            );
            if (document.costs.size >= MAX_VARIANTS_PER_DOCUMENT) document.costs.clear();
            document.costs.set(key, cost);
          }
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
