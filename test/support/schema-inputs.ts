import { readFileSync } from 'node:fs';
import path from 'node:path';

import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

// The committed schema (schema.e2e-spec keeps it equal to the running app's); read from the
// file because introspection over HTTP is held to the same depth limit as any client.
export function committedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(path.join(__dirname, '../../schema.gql'), 'utf8'));
}

export type Overrides = Record<string, unknown>;

// A date (YYYY-MM-DD) for String fields whose name says they hold one: the schema types them as
// String, so the name is the only hint.
const DATE_FIELD = /(On|Date|^validFrom|^validTo)$/;

// The test municipalities' day (Europe/Stockholm), as the api judges dates.
function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

// A value of `type` for a field the caller did not override: the first enum value, a fixed
// scalar, an input object built the same way. Optional fields stay out unless overridden.
// A required ID is never invented: it must name a real row, so it has to come from the caller.
// Given values are completed the same way (and checked for fields the type does not have).
export function inputValue(type: GraphQLInputType, overrides: unknown, where: string): unknown {
  if (overrides === null) return null;
  if (isNonNullType(type)) return inputValue(type.ofType, overrides, where);
  if (isListType(type)) {
    const items: unknown[] = Array.isArray(overrides) ? overrides : [undefined];
    return items.map((item, index) => inputValue(type.ofType, item, `${where}[${index}]`));
  }
  if (isInputObjectType(type)) {
    const given = (overrides ?? {}) as Overrides;
    const unknown = Object.keys(given).filter((key) => !(key in type.getFields()));
    if (unknown.length > 0) throw new Error(`${where}: ${type.name} has no field ${unknown.join(', ')}`);
    const value: Overrides = {};
    for (const field of Object.values(type.getFields())) {
      if (Object.hasOwn(given, field.name)) {
        value[field.name] = inputValue(field.type, given[field.name], `${where}.${field.name}`);
      } else if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = inputValue(field.type, undefined, `${where}.${field.name}`);
      }
    }
    return value;
  }
  if (overrides !== undefined) return overrides;
  if (isEnumType(type)) return type.getValues()[0].value;
  const path = where.replace(/\[\d+\]$/, '');
  const name = path.slice(path.lastIndexOf('.') + 1);
  switch (type.name) {
    case 'String':
      // Two different words: a free text that is a reason (a referral's purpose) is refused
      // with fewer.
      return DATE_FIELD.test(name) ? today() : 'Matrisens text';
    case 'Int':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      return new Date().toISOString();
    case 'ID':
      throw new Error(`${where}: a required ID must be given (it names a real row)`);
    default:
      throw new Error(`${where}: no default for ${type.name}; give it`);
  }
}

// Variables for a root field's arguments: each required argument (and each one overridden),
// built by inputValue.
export function argumentValues(field: GraphQLField<unknown, unknown>, overrides: Overrides): Overrides {
  const unknown = Object.keys(overrides).filter((key) => !field.args.some((arg) => arg.name === key));
  if (unknown.length > 0) throw new Error(`${field.name} has no argument ${unknown.join(', ')}`);
  const values: Overrides = {};
  for (const arg of field.args) {
    if (Object.hasOwn(overrides, arg.name)) values[arg.name] = inputValue(arg.type, overrides[arg.name], arg.name);
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
      values[arg.name] = inputValue(arg.type, undefined, `${field.name}.${arg.name}`);
    }
  }
  return values;
}

// The smallest selection that shows what came back: `id` for a record, the page's nodes for a
// connection, otherwise the scalar fields and the ids of nested records.
export function selectionOf(schema: GraphQLSchema, type: GraphQLOutputType | GraphQLNamedType): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = named.getFields();
  if ('nodes' in fields) return `{ totalCount nodes ${selectionOf(schema, fields.nodes.type)} }`;
  if ('id' in fields) return '{ id }';
  const parts = Object.values(fields)
    .filter((field) => field.args.every((arg) => !isNonNullType(arg.type)))
    .flatMap((field) => {
      const inner = getNamedType(field.type);
      if (isLeafType(inner)) return [field.name];
      if (isObjectType(inner) && 'id' in inner.getFields()) return [`${field.name} { id }`];
      return [];
    });
  // An object of only nested objects without ids (signInOptions): its type name is a valid selection.
  return `{ ${parts.length > 0 ? parts.join(' ') : '__typename'} }`;
}

// The operation text for one root field with its arguments as variables.
export function operationText(
  schema: GraphQLSchema,
  root: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  variables: Overrides,
  selection = selectionOf(schema, field.type),
): string {
  const args: GraphQLArgument[] = field.args.filter((arg) => Object.hasOwn(variables, arg.name));
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${root}${declared ? ` (${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`;
}
