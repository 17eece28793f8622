import {
  Kind,
  OperationDefinitionNode,
  SelectionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';

import { collectFragments, FragmentMap } from './fragment-graph';
import { limitError } from './limit-error';

export const DEPTH_LIMIT_CODE = 'GRAPHQL_DEPTH_LIMIT';

// The schema's own description, read from memory without a resolver of ours. Where introspection
// is allowed (development), tools send the standard introspection query, whose `ofType` chain is
// deeper than any domain query and whose size the cost walk prices at over 12,000; so those
// subtrees count nothing. graphql-js's MaxIntrospectionDepthRule (in the specified rules) still
// bounds the nesting of their lists, and the token limit their size.
export const INTROSPECTION_ROOT_FIELDS: ReadonlySet<string> = new Set(['__schema', '__type']);

export interface IntrospectionLimitOptions {
  // True where introspection is allowed: its fields count nothing against the limit.
  readonly freeIntrospection?: boolean;
}

interface DepthState {
  readonly fragments: FragmentMap;
  readonly freeIntrospection: boolean;
  readonly depths: Map<string, number>;
  readonly expanding: Set<string>;
}

function selectionSetDepth(state: DepthState, selectionSet: SelectionSetNode | undefined): number {
  if (selectionSet === undefined) return 0;
  return selectionSet.selections.reduce((max, selection) => Math.max(max, selectionDepth(state, selection)), 0);
}

function selectionDepth(state: DepthState, selection: SelectionNode): number {
  switch (selection.kind) {
    case Kind.FIELD:
      // __typename is answered without resolving anything, so it must not push a query over the limit.
      if (selection.name.value === '__typename') return 0;
      if (state.freeIntrospection && INTROSPECTION_ROOT_FIELDS.has(selection.name.value)) return 0;
      return 1 + selectionSetDepth(state, selection.selectionSet);
    case Kind.INLINE_FRAGMENT:
      return selectionSetDepth(state, selection.selectionSet);
    case Kind.FRAGMENT_SPREAD:
      return fragmentDepth(state, selection.name.value);
  }
}

// Memoised so that heavily re-spread fragments stay linear; a fragment already being
// expanded counts as zero so cycles terminate (NoFragmentCyclesRule reports them).
function fragmentDepth(state: DepthState, name: string): number {
  const known = state.depths.get(name);
  if (known !== undefined) return known;
  const fragment = state.fragments.get(name);
  if (fragment === undefined || state.expanding.has(name)) return 0;
  state.expanding.add(name);
  const depth = selectionSetDepth(state, fragment.selectionSet);
  state.expanding.delete(name);
  state.depths.set(name, depth);
  return depth;
}

export function operationDepth(
  operation: OperationDefinitionNode,
  fragments: FragmentMap,
  options: IntrospectionLimitOptions = {},
): number {
  return selectionSetDepth(
    { fragments, freeIntrospection: options.freeIntrospection === true, depths: new Map(), expanding: new Set() },
    operation.selectionSet,
  );
}

export function depthLimitRule(
  maxDepth: number,
  exposeLimits: boolean,
  options: IntrospectionLimitOptions = {},
): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = collectFragments(context.getDocument());
    return {
      OperationDefinition(operation) {
        const depth = operationDepth(operation, fragments, options);
        if (depth <= maxDepth) return;
        context.reportError(
          limitError({
            message: 'Query is too deep',
            detail: `max ${maxDepth}`,
            code: DEPTH_LIMIT_CODE,
            exposeLimits,
            nodes: operation,
          }),
        );
      },
    };
  };
}
