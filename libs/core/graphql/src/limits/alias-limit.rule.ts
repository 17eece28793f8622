import { ASTNode, Kind, ValidationContext, ValidationRule } from 'graphql';

import { collectFragments, countWithFragments } from './fragment-graph';
import { limitError } from './limit-error';

export const ALIAS_LIMIT_CODE = 'GRAPHQL_ALIAS_LIMIT';

// Aliases are what let a single request call the same expensive field many times.
function isAliasedField(node: ASTNode): boolean {
  return node.kind === Kind.FIELD && node.alias !== undefined;
}

export function aliasLimitRule(maxAliases: number, exposeLimits: boolean): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = collectFragments(context.getDocument());
    return {
      OperationDefinition(operation) {
        const aliases = countWithFragments(operation, fragments, isAliasedField);
        if (aliases <= maxAliases) return;
        context.reportError(
          limitError({
            message: 'Query has too many aliases',
            detail: `max ${maxAliases}`,
            code: ALIAS_LIMIT_CODE,
            exposeLimits,
            nodes: operation,
          }),
        );
      },
    };
  };
}
