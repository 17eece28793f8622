import {
  DocumentNode,
  FieldNode,
  getNamedType,
  getNullableType,
  getOperationAST,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  NamedTypeNode,
  OperationDefinitionNode,
  SchemaMetaFieldDef,
  SelectionNode,
  SelectionSetNode,
  typeFromAST,
  TypeMetaFieldDef,
  valueFromASTUntyped,
  visit,
} from 'graphql';

import { INTROSPECTION_ROOT_FIELDS, type IntrospectionLimitOptions } from './depth-limit.rule';
import { collectFragments, FragmentMap } from './fragment-graph';

export interface OperationCostArgs {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operationName?: string | null;
  readonly variables?: Readonly<Record<string, unknown>>;
}

export interface OperationCostOptions extends IntrospectionLimitOptions {
  readonly defaultListSize: number;
  readonly maxListSize: number;
}

type Variables = Readonly<Record<string, unknown>>;
type AnyField = GraphQLField<unknown, unknown>;

const LIST_SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;
const CONNECTION_ARGUMENTS: readonly string[] = ['first', 'last'];

interface CostState {
  readonly schema: GraphQLSchema;
  readonly fragments: FragmentMap;
  readonly variables: Variables;
  readonly options: OperationCostOptions;
  readonly fragmentCosts: Map<string, number>;
  readonly expanding: Set<string>;
}

/**
 * `insideConnection` marks the direct children of a Relay connection object: its `edges`
 * and `nodes` lists hold the page the connection already multiplied by, so they must not
 * multiply again (which would square the estimate).
 */
interface Scope {
  readonly parentType: GraphQLCompositeType;
  readonly insideConnection: boolean;
}

/** Variables as the executor will see them: request values win, operation defaults fill gaps. */
function effectiveVariables(operation: OperationDefinitionNode, provided: Variables): Variables {
  const entries = (operation.variableDefinitions ?? []).flatMap((definition) => {
    const name = definition.variable.name.value;
    if (Object.prototype.hasOwnProperty.call(provided, name)) return [[name, provided[name]] as const];
    if (definition.defaultValue !== undefined) return [[name, valueFromASTUntyped(definition.defaultValue)] as const];
    return [];
  });
  return Object.fromEntries(entries);
}

function directiveCondition(
  selection: SelectionNode,
  directiveName: string,
  variables: Variables,
): boolean | undefined {
  const directive = selection.directives?.find((candidate) => candidate.name.value === directiveName);
  const argument = directive?.arguments?.find((candidate) => candidate.name.value === 'if');
  if (argument === undefined) return undefined;
  const value = valueFromASTUntyped(argument.value, variables);
  return typeof value === 'boolean' ? value : undefined;
}

// An unresolvable condition counts the selection: over-estimating is the safe direction.
function isIncluded(selection: SelectionNode, variables: Variables): boolean {
  return (
    directiveCondition(selection, 'skip', variables) !== true &&
    directiveCondition(selection, 'include', variables) !== false
  );
}

function lookupField(schema: GraphQLSchema, parentType: GraphQLCompositeType, name: string): AnyField | undefined {
  if (parentType === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
}

function argumentValue(field: AnyField, node: FieldNode, name: string, variables: Variables): unknown {
  const argument = node.arguments?.find((candidate) => candidate.name.value === name);
  const value = argument === undefined ? undefined : valueFromASTUntyped(argument.value, variables);
  // An absent argument, or a variable nobody supplied, falls back to the schema default like execution does.
  return value === undefined ? field.args.find((candidate) => candidate.name === name)?.defaultValue : value;
}

function isPageSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function listSize(field: AnyField, node: FieldNode, variables: Variables, options: OperationCostOptions): number {
  // With both `first` and `last` the larger one bounds what a resolver might return.
  const requested = LIST_SIZE_ARGUMENTS.map((name) => argumentValue(field, node, name, variables)).filter(isPageSize);
  // A list the domain bounds (a young person has at most four guardians) declares its size
  // with the `listSize` field extension; an unbounded one counts as the default page.
  const declared = field.extensions.listSize;
  const fallback = isPageSize(declared) ? declared : options.defaultListSize;
  const size = requested.length > 0 ? Math.max(...requested) : fallback;
  return Math.min(size, options.maxListSize);
}

function isConnectionField(field: AnyField): boolean {
  return field.args.some((argument) => CONNECTION_ARGUMENTS.includes(argument.name));
}

function fieldCost(state: CostState, node: FieldNode, scope: Scope): number {
  // __typename needs no resolver and clients add it everywhere, so it is free.
  if (node.name.value === '__typename') return 0;
  // Where introspection is allowed it is read from memory; see INTROSPECTION_ROOT_FIELDS.
  if (state.options.freeIntrospection === true && INTROSPECTION_ROOT_FIELDS.has(node.name.value)) return 0;
  const field = lookupField(state.schema, scope.parentType, node.name.value);
  // Unknown fields fail validation and never execute.
  if (field === undefined) return 0;
  const childType = getNamedType(field.type);
  if (node.selectionSet === undefined || !isCompositeType(childType)) return 1;

  const returnsList = isListType(getNullableType(field.type));
  const connection = isConnectionField(field);
  const multiplies = connection || (returnsList && !scope.insideConnection);
  const multiplier = multiplies ? listSize(field, node, state.variables, state.options) : 1;
  const childScope: Scope = { parentType: childType, insideConnection: connection && !returnsList };
  return 1 + multiplier * selectionSetCost(state, node.selectionSet, childScope);
}

function narrowedScope(state: CostState, typeCondition: NamedTypeNode | undefined, scope: Scope): Scope | undefined {
  if (typeCondition === undefined) return scope;
  const type = typeFromAST(state.schema, typeCondition);
  return isCompositeType(type) ? { ...scope, parentType: type } : undefined;
}

// A named fragment's cost only depends on its own type condition and on whether it sits
// directly inside a connection, so it is memoised per that pair: re-spread fragments stay
// linear, and a fragment already being expanded costs zero so cycles terminate.
function fragmentCost(state: CostState, name: string, scope: Scope): number {
  const key = `${name}|${scope.insideConnection}`;
  const known = state.fragmentCosts.get(key);
  if (known !== undefined) return known;
  const fragment = state.fragments.get(name);
  if (fragment === undefined || state.expanding.has(key)) return 0;
  const fragmentScope = narrowedScope(state, fragment.typeCondition, scope);
  if (fragmentScope === undefined) return 0;
  state.expanding.add(key);
  const cost = selectionSetCost(state, fragment.selectionSet, fragmentScope);
  state.expanding.delete(key);
  state.fragmentCosts.set(key, cost);
  return cost;
}

function selectionCost(state: CostState, selection: SelectionNode, scope: Scope): number {
  if (!isIncluded(selection, state.variables)) return 0;
  switch (selection.kind) {
    case Kind.FIELD:
      return fieldCost(state, selection, scope);
    case Kind.INLINE_FRAGMENT: {
      const inlineScope = narrowedScope(state, selection.typeCondition, scope);
      return inlineScope === undefined ? 0 : selectionSetCost(state, selection.selectionSet, inlineScope);
    }
    case Kind.FRAGMENT_SPREAD:
      return fragmentCost(state, selection.name.value, scope);
  }
}

// Sibling fragments on abstract types are summed rather than maxed per concrete type: a
// deliberate over-estimate that keeps the walker simple and never under-charges.
function selectionSetCost(state: CostState, selectionSet: SelectionSetNode, scope: Scope): number {
  return selectionSet.selections.reduce((sum, selection) => sum + selectionCost(state, selection, scope), 0);
}

/**
 * Estimated cost of executing one operation of `document` with the given variables.
 * Throws when the operation cannot be determined (unknown name, or several operations and
 * no name), which mirrors what the executor would refuse.
 */
export function operationCost(args: OperationCostArgs, options: OperationCostOptions): number {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation) {
    throw new Error(`operationCost: cannot determine operation ${JSON.stringify(args.operationName ?? null)}`);
  }
  const rootType = args.schema.getRootType(operation.operation);
  // A root type the schema lacks is rejected by validation, so nothing would run.
  if (!rootType) return 0;
  const state: CostState = {
    schema: args.schema,
    fragments: collectFragments(args.document),
    variables: effectiveVariables(operation, args.variables ?? {}),
    options,
    fragmentCosts: new Map(),
    expanding: new Set(),
  };
  return selectionSetCost(state, operation.selectionSet, { parentType: rootType, insideConnection: false });
}

/**
 * The variables an operation's cost can depend on: those in list-size arguments (`first`,
 * `last`, `limit`) and in directives (`@include(if: $x)`), anywhere in the document. Any other
 * variable (an id, a search term) leaves the cost as it is, so a cost computed once holds for
 * every request that agrees on these.
 */
export function costVariables(document: DocumentNode): readonly string[] {
  const names = new Set<string>();
  let insideDirective = 0;
  let insideSizeArgument = 0;
  visit(document, {
    Directive: { enter: () => void (insideDirective += 1), leave: () => void (insideDirective -= 1) },
    Argument: {
      enter: (node) => {
        if ((LIST_SIZE_ARGUMENTS as readonly string[]).includes(node.name.value)) insideSizeArgument += 1;
      },
      leave: (node) => {
        if ((LIST_SIZE_ARGUMENTS as readonly string[]).includes(node.name.value)) insideSizeArgument -= 1;
      },
    },
    Variable: (node) => {
      if (insideDirective > 0 || insideSizeArgument > 0) names.add(node.name.value);
    },
  });
  return [...names].sort();
}
