import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { TypeMetadataStorage } from '@nestjs/graphql/dist/schema-builder/storages/type-metadata.storage.js';
import { getMetadataStorage } from 'class-validator';

import { createValidationPipe } from '@app/core/errors';

import { SCHEMA_RESOLVERS } from '../../apps/api/src/graphql/schema-printer';

// The global ValidationPipe runs with whitelist + forbidNonWhitelisted, so an input field
// without any class-validator rule would be refused at runtime. This test finds every
// GraphQL input and argument class the schema uses and checks each field has a rule, and
// every free-text string a length bound.
describe('every GraphQL input field is validated', () => {
  const fields: Array<{ owner: string; name: string; rules: string[]; isString: boolean }> = [];

  beforeAll(async () => {
    const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    await app.get(GraphQLSchemaFactory).create(SCHEMA_RESOLVERS);
    await app.close();
    const validators = getMetadataStorage();
    for (const cls of [...TypeMetadataStorage.getInputTypesMetadata(), ...TypeMetadataStorage.getArgumentsMetadata()]) {
      const rules = validators.getTargetValidationMetadatas(cls.target, '', true, false);
      for (const property of cls.properties ?? []) {
        const own = rules.filter((r) => r.propertyName === property.name);
        const type: unknown = property.typeFn();
        fields.push({
          owner: cls.name,
          name: property.name,
          rules: own.map((r) => r.name ?? r.type),
          isString: type === String,
        });
      }
    }
  });

  it('finds the inputs (the discovery works)', () => {
    const owners = new Set(fields.map((f) => f.owner));
    expect([...owners]).toEqual(expect.arrayContaining(['LoginInput', 'CreateOrganizationInput', 'PageArgs']));
  });

  it('has at least one rule on every field', () => {
    expect(fields.filter((f) => f.rules.length === 0).map((f) => `${f.owner}.${f.name}`)).toEqual([]);
  });

  it('bounds the length of every string field', () => {
    const bounded = ['maxLength', 'isLength', 'isUUID', 'isEnum', 'isBase64'];
    const unbounded = fields.filter((f) => f.isString && !f.rules.some((r) => bounded.includes(r)));
    expect(unbounded.map((f) => `${f.owner}.${f.name}: ${f.rules.join(',')}`)).toEqual([]);
  });
});

describe('the validation pipe', () => {
  class Parent {
    name!: string;
  }

  it('leaves a field resolver’s parent object alone (ours, not the client’s)', async () => {
    const pipe = createValidationPipe();
    const parent = { name: 'x', extra: 1 };
    expect(await pipe.transform(parent, { type: 0 as unknown as 'custom', metatype: Parent })).toBe(parent);
  });

  it('validates GraphQL arguments and refuses unknown properties', async () => {
    const pipe = createValidationPipe();
    await expect(
      pipe.transform({ name: 'x', extra: 1 }, { type: 3 as unknown as 'custom', metatype: Parent }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
