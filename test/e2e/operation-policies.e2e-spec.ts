import { randomUUID } from 'node:crypto';

import { GUARDS_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  isLeafType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

import { POLICY_METADATA, PolicyGuard, PUBLIC_METADATA, type PolicyRequirement } from '@app/core/authz';
import { ErrorCode } from '@app/core/errors';

import { startTestApi, type TestApi } from '../support/test-api';

// @nestjs/graphql's method metadata (node_modules/@nestjs/graphql/dist/graphql.constants.js).
// The package does not export these constants, so they are spelled out; if a release renames
// them the walk finds no operations and the schema comparison below fails.
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';
const RESOLVER_PROPERTY_METADATA = 'graphql:resolve_property';
const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'] as const;
type RootType = (typeof ROOT_TYPES)[number];

interface Endpoint {
  // `Query.me`, `User.memberships` or `GET /health/live`.
  name: string;
  rootType?: RootType;
  field?: string;
  access: string;
}

function describeAccess(handler: object): string {
  const isPublic = Reflect.getMetadata(PUBLIC_METADATA, handler) === true;
  const policy = Reflect.getMetadata(POLICY_METADATA, handler) as PolicyRequirement | undefined;
  // The guard lets @Public win, so carrying both hides a policy that is never checked.
  if (isPublic && policy) return `CONFLICT public and policy ${policy.action} ${policy.subject}`;
  if (isPublic) return 'public';
  if (policy)
    return `policy ${policy.action} ${policy.subject}${policy.refused ? ` (refused: ${policy.refused})` : ''}`;
  return 'NONE';
}

function isRootType(value: unknown): value is RootType {
  return typeof value === 'string' && (ROOT_TYPES as readonly string[]).includes(value);
}

function joinPath(...parts: Array<string | undefined>): string {
  const joined = parts
    .flatMap((part) => (part ?? '').split('/'))
    .filter((segment) => segment.length > 0)
    .join('/');
  return `/${joined}`;
}

function pathsOf(metadata: unknown): string[] {
  if (Array.isArray(metadata)) return metadata.map(String);
  return [typeof metadata === 'string' ? metadata : ''];
}

// Every GraphQL resolver method and every HTTP route of the running application, found the way
// Nest finds them (all modules' providers and controllers), with the access it declares.
function discoverEndpoints(t: TestApi): { endpoints: Endpoint[]; localGuards: string[] } {
  const discovery = new DiscoveryService(t.api.app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const endpoints: Endpoint[] = [];
  const localGuards: string[] = [];
  const seen = new Set<object>();

  for (const wrapper of discovery.getProviders()) {
    const metatype = wrapper.metatype;
    if (typeof metatype !== 'function' || !metatype.prototype || seen.has(metatype)) continue;
    seen.add(metatype);
    const prototype = metatype.prototype as Record<string, unknown>;
    const parentType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, metatype) as unknown;
    for (const methodName of scanner.getAllMethodNames(prototype)) {
      const method = prototype[methodName];
      if (typeof method !== 'function') continue;
      const rootType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) as unknown;
      const resolvesField = Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, method) === true;
      if (!isRootType(rootType) && !resolvesField) continue;
      const field = (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? methodName;
      if (Reflect.getMetadata(GUARDS_METADATA, method) || Reflect.getMetadata(GUARDS_METADATA, metatype)) {
        localGuards.push(`${metatype.name}.${methodName}`);
      }
      if (isRootType(rootType)) {
        endpoints.push({ name: `${rootType}.${field}`, rootType, field, access: describeAccess(method) });
      } else {
        endpoints.push({ name: `${String(parentType)}.${field}`, field, access: describeAccess(method) });
      }
    }
  }

  for (const wrapper of discovery.getControllers()) {
    const metatype = wrapper.metatype;
    if (typeof metatype !== 'function' || !metatype.prototype) continue;
    const prototype = metatype.prototype as Record<string, unknown>;
    const prefixes = pathsOf(Reflect.getMetadata(PATH_METADATA, metatype));
    for (const methodName of scanner.getAllMethodNames(prototype)) {
      const method = prototype[methodName];
      if (typeof method !== 'function') continue;
      const verb = Reflect.getMetadata(METHOD_METADATA, method) as RequestMethod | undefined;
      if (verb === undefined) continue;
      if (Reflect.getMetadata(GUARDS_METADATA, method) || Reflect.getMetadata(GUARDS_METADATA, metatype)) {
        localGuards.push(`${metatype.name}.${methodName}`);
      }
      for (const prefix of prefixes) {
        for (const route of pathsOf(Reflect.getMetadata(PATH_METADATA, method))) {
          endpoints.push({ name: `${RequestMethod[verb]} ${joinPath(prefix, route)}`, access: describeAccess(method) });
        }
      }
    }
  }
  return { endpoints, localGuards };
}

function rootFieldsOf(schema: GraphQLSchema): string[] {
  const types = {
    Query: schema.getQueryType(),
    Mutation: schema.getMutationType(),
    Subscription: schema.getSubscriptionType(),
  };
  return ROOT_TYPES.flatMap((root) =>
    Object.keys(types[root]?.getFields() ?? {}).map((field) => `${root}.${field}`),
  ).sort();
}

// A syntactically and type-wise valid literal for an argument, so the request reaches the guard.
function placeholder(type: GraphQLInputType): string {
  if (type instanceof GraphQLNonNull) return placeholder(type.ofType);
  if (type instanceof GraphQLList) return `[${placeholder(type.ofType)}]`;
  if (type instanceof GraphQLEnumType) return type.getValues()[0].name;
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields()).filter(
      (f) => f.type instanceof GraphQLNonNull && f.defaultValue === undefined,
    );
    return `{ ${fields.map((f) => `${f.name}: ${placeholder(f.type)}`).join(', ')} }`;
  }
  if (type instanceof GraphQLScalarType) {
    switch (type.name) {
      case 'ID':
        return JSON.stringify(randomUUID());
      case 'String':
        return '"placeholder"';
      case 'Int':
        return '1';
      case 'Float':
        return '1.5';
      case 'Boolean':
        return 'true';
      case 'DateTime':
        return '"2024-01-01T00:00:00Z"';
    }
  }
  throw new Error(`no placeholder for input type ${String(type)}: extend placeholder()`);
}

function operationFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((arg) => arg.type instanceof GraphQLNonNull && arg.defaultValue === undefined);
  const argText = args.length > 0 ? `(${args.map((arg) => `${arg.name}: ${placeholder(arg.type)}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${operation} { ${field.name}${argText}${selection} }`;
}

describe('every mounted operation declares its access', () => {
  let t: TestApi;
  let endpoints: Endpoint[];
  let localGuards: string[];
  let lines: string[];
  beforeAll(async () => {
    t = await startTestApi();
    ({ endpoints, localGuards } = discoverEndpoints(t));
    lines = endpoints.map((e) => `${e.name} -> ${e.access}`).sort();
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists every operation, field resolver and route with its policy (review changes to this snapshot)', () => {
    expect(lines).toMatchSnapshot();
  });

  it('leaves nothing undeclared and nothing both public and guarded by a policy', () => {
    expect(lines.filter((line) => line.endsWith('-> NONE') || line.includes('-> CONFLICT'))).toEqual([]);
  });

  it('checks every endpoint with the one global PolicyGuard and no per-handler guards', () => {
    const globalGuards = new DiscoveryService(t.api.app.get(ModulesContainer))
      .getProviders()
      .filter((wrapper) => typeof wrapper.token === 'string' && wrapper.token.startsWith('APP_GUARD'))
      .map((wrapper) => wrapper.instance as unknown);
    expect(globalGuards).toHaveLength(1);
    expect(globalGuards[0]).toBeInstanceOf(PolicyGuard);
    expect(localGuards).toEqual([]);
  });

  it('covers exactly the root fields of the served schema, so nothing mounted escapes the list', () => {
    const schema = t.api.app.get(GraphQLSchemaHost).schema;
    const listed = endpoints.filter((e) => e.rootType).map((e) => e.name);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(rootFieldsOf(schema));
    // Sanity check of the walk itself: the operations this issue built are all found.
    expect(listed).toEqual(expect.arrayContaining(['Query.me', 'Mutation.login', 'Subscription.organizationChanged']));
    // Field resolvers name fields that exist on the type they claim to resolve.
    for (const e of endpoints.filter((x) => !x.rootType && x.field && !x.name.includes(' '))) {
      const [typeName] = e.name.split('.');
      const type = schema.getType(typeName);
      expect(type && 'getFields' in type ? Object.keys(type.getFields()) : []).toContain(e.field);
    }
  });

  it('refuses every policy-guarded query and mutation over HTTP without a token: AUTH_UNAUTHENTICATED, no data', async () => {
    const schema = t.api.app.get(GraphQLSchemaHost).schema;
    const guarded = endpoints.filter(
      (e): e is Endpoint & { rootType: 'Query' | 'Mutation'; field: string } =>
        (e.rootType === 'Query' || e.rootType === 'Mutation') && e.access.startsWith('policy '),
    );
    expect(guarded.length).toBeGreaterThanOrEqual(10);
    const auditBefore = await t.factories.auditCount();
    for (const e of guarded) {
      const rootType = e.rootType === 'Query' ? schema.getQueryType() : schema.getMutationType();
      const field = rootType!.getFields()[e.field];
      const query = operationFor(e.rootType === 'Query' ? 'query' : 'mutation', field);
      const res = await t.graphql(query);
      expect({ operation: e.name, codes: res.errors?.map((error) => error.extensions?.code) }).toEqual({
        operation: e.name,
        codes: [ErrorCode.AUTH_UNAUTHENTICATED],
      });
      // Nothing of the field's value leaks: the whole result is null (or the field is).
      expect(Object.values(res.data ?? {}).every((value) => value === null)).toBe(true);
    }
    // A refused mutation never reached its transaction.
    expect(await t.factories.auditCount()).toBe(auditBefore);
  });
});
