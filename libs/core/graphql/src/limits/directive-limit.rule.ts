import { ASTNode, Kind, ValidationContext, ValidationRule } from 'graphql';

import { collectFragments, countWithFragments } from './fragment-graph';
import { limitError } from './limit-error';

export const DIRECTIVE_LIMIT_CODE = 'GRAPHQL_DIRECTIVE_LIMIT';

// Every directive usage counts wherever it appears (operation, variables, fields, fragments),
// since repeated directives are a cheap way to make parsing and validation expensive.
function isDirective(node: ASTNode): boolean {
  return node.kind === Kind.DIRECTIVE;
}

export function directiveLimitRule(maxDirectives: number, exposeLimits: boolean): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = collectFragments(context.getDocument());
    return {
      OperationDefinition(operation) {
        const directives = countWithFragments(operation, fragments, isDirective);
        if (directives <= maxDirectives) return;
        context.reportError(
          limitError({
            message: 'Query has too many directives',
            detail: `max ${maxDirectives}`,
            code: DIRECTIVE_LIMIT_CODE,
            exposeLimits,
            nodes: operation,
          }),
        );
      },
    };
  };
}
