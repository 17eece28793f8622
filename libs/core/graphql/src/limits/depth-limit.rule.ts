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

interface DepthState {
  readonly fragments: FragmentMap;
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
      return selection.name.value === '__typename' ? 0 : 1 + selectionSetDepth(state, selection.selectionSet);
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

export function operationDepth(operation: OperationDefinitionNode, fragments: FragmentMap): number {
  return selectionSetDepth({ fragments, depths: new Map(), expanding: new Set() }, operation.selectionSet);
}

export function depthLimitRule(maxDepth: number, exposeLimits: boolean): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = collectFragments(context.getDocument());
    return {
      OperationDefinition(operation) {
        const depth = operationDepth(operation, fragments);
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
