import { ASTNode, DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, visit } from 'graphql';

export type FragmentMap = ReadonlyMap<string, FragmentDefinitionNode>;

export function collectFragments(document: DocumentNode): FragmentMap {
  return new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment] as const),
  );
}

interface LocalCount {
  readonly own: number;
  readonly spreads: readonly string[];
}

// Spreads are kept with multiplicity because a fragment spread twice really is expanded twice.
function countLocally(root: ASTNode, isCounted: (node: ASTNode) => boolean): LocalCount {
  let own = 0;
  const spreads: string[] = [];
  visit(root, {
    enter(node) {
      if (isCounted(node)) own += 1;
      if (node.kind === Kind.FRAGMENT_SPREAD) spreads.push(node.name.value);
    },
  });
  return { own, spreads };
}

/**
 * Counts matching nodes of an operation as if every fragment spread were inlined.
 * Fragment totals are memoised so that fragments spreading each other many times
 * (an exponential expansion) cost linear work instead of hanging the validator, and a
 * fragment already being expanded counts as zero so cycles terminate (graphql's own
 * NoFragmentCyclesRule reports them).
 */
export function countWithFragments(
  operation: OperationDefinitionNode,
  fragments: FragmentMap,
  isCounted: (node: ASTNode) => boolean,
): number {
  const totals = new Map<string, number>();
  const expanding = new Set<string>();

  const total = (root: ASTNode): number => {
    const { own, spreads } = countLocally(root, isCounted);
    return spreads.reduce((sum, name) => sum + fragmentTotal(name), own);
  };

  const fragmentTotal = (name: string): number => {
    const known = totals.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (fragment === undefined || expanding.has(name)) return 0;
    expanding.add(name);
    const value = total(fragment);
    expanding.delete(name);
    totals.set(name, value);
    return value;
  };

  return total(operation);
}
