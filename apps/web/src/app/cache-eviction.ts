import type { ApolloCache, StoreObject } from '@apollo/client';
import { Kind, type DocumentNode, type FieldNode, type GraphQLFormattedError, type ValueNode } from 'graphql';

// Evicting a young person from the client cache (issue 15, "Quality"): when the api says the
// user may no longer see a young person (a consent withdrawn, a reassignment, an emergency
// access ended), nothing of that young person may stay in memory for another screen to show
// from the cache (every list uses cache-and-network, so it would show it until the network
// answers).

// The codes with which the api refuses a young person's data: NOT_FOUND for a record the caller
// has no ground to read (existence does not leak), FORBIDDEN for one the role may not.
const ACCESS_LOST = new Set(['NOT_FOUND', 'FORBIDDEN']);

// Root fields whose `id` argument names a young person, and those whose `id` names a plan (the
// plan's young person is read from the cache).
const YOUNG_PERSON_FIELDS = new Set(['youngPerson', 'youngPersonChanged']);
const PLAN_FIELDS = new Set(['actionPlan', 'actionPlanChanged']);

const ROOTS = new Set(['ROOT_QUERY', 'ROOT_MUTATION', 'ROOT_SUBSCRIPTION']);

type Store = Record<string, StoreObject | undefined>;

function refersTo(value: unknown, key: string | undefined): boolean {
  return (
    key !== undefined && typeof value === 'object' && value !== null && (value as { __ref?: unknown }).__ref === key
  );
}

// Removes every normalised object of the young person (the record itself, objects that carry its
// `youngPersonId` or refer to it: plans, referrals, disclosures, emergency accesses...) and every
// root field asked with its id, then collects what only they referred to (consents, measures,
// guardians...). Lists that referred to the record drop it when read (dangling references are
// filtered). Returns whether anything was in the cache.
export function evictYoungPerson(cache: ApolloCache, youngPersonId: string): boolean {
  const store = cache.extract() as Store;
  const personKey = cache.identify({ __typename: 'YoungPerson', id: youngPersonId });
  let evicted = false;
  for (const [key, object] of Object.entries(store)) {
    if (!object || ROOTS.has(key)) continue;
    if (key === personKey || object.youngPersonId === youngPersonId || refersTo(object.youngPerson, personKey)) {
      evicted = cache.evict({ id: key }) || evicted;
    }
  }
  for (const root of ROOTS) {
    for (const storeFieldName of Object.keys(store[root] ?? {})) {
      // Store field names carry their arguments as JSON: `youngPerson({"id":"…"})`.
      if (storeFieldName.includes(JSON.stringify(youngPersonId))) {
        evicted = cache.evict({ id: root, fieldName: storeFieldName }) || evicted;
      }
    }
  }
  if (evicted) cache.gc();
  return evicted;
}

function argumentValue(value: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!value) return undefined;
  if (value.kind === Kind.VARIABLE) return variables[value.name.value];
  if (value.kind === Kind.STRING) return value.value;
  return undefined;
}

function rootFields(document: DocumentNode): Map<string, FieldNode> {
  const fields = new Map<string, FieldNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind === Kind.FIELD) fields.set(selection.alias?.value ?? selection.name.value, selection);
    }
  }
  return fields;
}

// The young people a result says the user lost: a root field that names a young person (or a
// plan of one) and failed with NOT_FOUND or FORBIDDEN.
export function youngPeopleLost(
  cache: ApolloCache,
  document: DocumentNode,
  variables: Record<string, unknown>,
  errors: ReadonlyArray<GraphQLFormattedError> | undefined,
): string[] {
  const failed = (errors ?? []).filter((e) => ACCESS_LOST.has(String(e.extensions?.code)));
  if (failed.length === 0) return [];
  const fields = rootFields(document);
  const store = cache.extract() as Store;
  const lost = new Set<string>();
  for (const error of failed) {
    const key = error.path?.[0];
    const field = typeof key === 'string' ? fields.get(key) : undefined;
    if (!field) continue;
    const id = argumentValue(field.arguments?.find((a) => a.name.value === 'id')?.value, variables);
    if (typeof id !== 'string') continue;
    if (YOUNG_PERSON_FIELDS.has(field.name.value)) lost.add(id);
    if (PLAN_FIELDS.has(field.name.value)) {
      const planKey = cache.identify({ __typename: 'ActionPlan', id });
      const youngPersonId = planKey ? store[planKey]?.youngPersonId : undefined;
      if (typeof youngPersonId === 'string') lost.add(youngPersonId);
      // The plan itself goes even when its young person is not known here.
      if (planKey && store[planKey] && cache.evict({ id: planKey })) cache.gc();
    }
  }
  return [...lost];
}

// Called for every result the client receives (app/apollo.ts).
export function evictOnAccessLoss(
  cache: ApolloCache,
  document: DocumentNode,
  variables: Record<string, unknown>,
  errors: ReadonlyArray<GraphQLFormattedError> | undefined,
): string[] {
  const lost = youngPeopleLost(cache, document, variables, errors);
  for (const id of lost) evictYoungPerson(cache, id);
  return lost;
}

// Queries that list what is shared with the caller's organisation: a young person in their
// cached result who is missing from the new one is no longer shared (a consent withdrawn or
// run out), and is evicted before the page that lists them shows them from memory.
const SHARED_LISTS = new Set(['SharedWithUs']);

// The young people a result names: records, and objects that carry a `youngPersonId`.
export function youngPeopleIn(data: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(data)) {
    for (const item of data) youngPeopleIn(item, into);
  } else if (typeof data === 'object' && data !== null) {
    const object = data as Record<string, unknown>;
    if (object.__typename === 'YoungPerson' && typeof object.id === 'string') into.add(object.id);
    if (typeof object.youngPersonId === 'string') into.add(object.youngPersonId);
    for (const value of Object.values(object)) if (typeof value === 'object') youngPeopleIn(value, into);
  }
  return into;
}

// Before a shared list is fetched again: who it named from the cache (undefined for other
// operations); after: evicts those it no longer names.
export function sharedBefore(
  cache: ApolloCache,
  operationName: string | undefined,
  document: DocumentNode,
  variables: Record<string, unknown>,
): Set<string> | undefined {
  if (!operationName || !SHARED_LISTS.has(operationName)) return undefined;
  try {
    return youngPeopleIn(cache.readQuery({ query: document, variables }));
  } catch {
    return undefined;
  }
}

export function evictNoLongerShared(cache: ApolloCache, before: Set<string> | undefined, data: unknown): string[] {
  if (!before || before.size === 0 || !data) return [];
  const now = youngPeopleIn(data);
  const gone = [...before].filter((id) => !now.has(id));
  for (const id of gone) evictYoungPerson(cache, id);
  return gone;
}
