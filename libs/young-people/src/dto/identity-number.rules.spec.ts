import { IsUUID } from 'class-validator';

import { createValidationPipe, DomainError } from '@app/core/errors';

import { makeIdentityNumber } from '../identity-number';
import { IsIdentityNumber } from './identity-number.rules';
import { SearchYoungPeopleArgs } from './young-people.inputs';

// @nestjs/graphql's GqlParamtype.ARGS: what the pipe validates.
const GRAPHQL_ARGS = 3 as unknown as 'custom';

class NumberInput {
  @IsIdentityNumber()
  personalIdentityNumber!: string;

  @IsUUID()
  id!: string;
}

const id = '00000000-0000-4000-8000-000000000001';

async function validate<T>(metatype: new () => T, value: Record<string, unknown>): Promise<T> {
  return (await createValidationPipe().transform(value, { type: GRAPHQL_ARGS, metatype })) as T;
}

async function refusal<T>(metatype: new () => T, value: Record<string, unknown>): Promise<DomainError> {
  try {
    await validate(metatype, value);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('accepted');
}

const valid = makeIdentityNumber('2008-01-15', 238);

describe('@IsIdentityNumber', () => {
  it.each([
    ['12 digits', valid],
    ['12 digits with "-"', `${valid.slice(0, 8)}-${valid.slice(8)}`],
    ['10 digits', valid.slice(2)],
    ['10 digits with "-"', `${valid.slice(2, 8)}-${valid.slice(8)}`],
    ['spaces around', `  ${valid}  `],
  ])('lets the form through to the service: %s', async (_name, personalIdentityNumber) => {
    const input = await validate(NumberInput, { id, personalIdentityNumber });
    expect(input.personalIdentityNumber).toBe(personalIdentityNumber.trim());
  });

  // Before: BAD_USER_INPUT ("must be shorter than or equal to 13 characters") for some of these
  // and YOUNG_PERSON_IDENTITY_NUMBER_INVALID for others, depending on the length.
  it.each([
    ['blank', ''],
    ['only spaces', '             '],
    ['too short', valid.slice(0, 9)],
    ['too long', `${valid}-${valid}`],
    ['far too long', '1'.repeat(5_000)],
    ['letters', 'ÅÅÅÅMMDD-NNNN'],
    ['a letter in the serial', `${valid.slice(0, 8)}-12X4`],
    ['two separators', `${valid.slice(0, 8)}--${valid.slice(8)}`],
    ['an inner space', `${valid.slice(0, 8)} ${valid.slice(8)}`],
  ])('refuses %s with YOUNG_PERSON_IDENTITY_NUMBER_INVALID naming the field', async (_name, personalIdentityNumber) => {
    const error = await refusal(NumberInput, { id, personalIdentityNumber });
    expect(error.code).toBe('YOUNG_PERSON_IDENTITY_NUMBER_INVALID');
    expect(error.details).toEqual({ field: 'personalIdentityNumber', fields: ['personalIdentityNumber'] });
    expect(error.message).not.toContain(valid.slice(0, 8));
  });

  it('keeps its code beside another field’s failure, naming both', async () => {
    const error = await refusal(NumberInput, { id: 'x', personalIdentityNumber: 'abc' });
    expect(error.code).toBe('YOUNG_PERSON_IDENTITY_NUMBER_INVALID');
    expect(error.details).toEqual({ field: 'personalIdentityNumber', fields: ['personalIdentityNumber', 'id'] });
  });
});

describe('searchYoungPeople(query)', () => {
  it.each([
    ['a name', 'Al'],
    ['a name with spaces around', '  Alva Li '],
    ['a number', valid],
    ['a 10-digit number with "+" (refused by the service, with its reason)', `${valid.slice(2, 8)}+${valid.slice(8)}`],
  ])('lets %s through', async (_name, query) => {
    expect((await validate(SearchYoungPeopleArgs, { query })).query).toBe(query.trim());
  });

  it.each([
    ['too short', '2008'],
    ['too long', '1'.repeat(150)],
    ['a letter among digits', `${valid.slice(0, 8)}-12X4`],
    ['a single digit', '7'],
  ])('refuses a number that is %s with YOUNG_PERSON_IDENTITY_NUMBER_INVALID naming `query`', async (_name, query) => {
    const error = await refusal(SearchYoungPeopleArgs, { query });
    expect(error.code).toBe('YOUNG_PERSON_IDENTITY_NUMBER_INVALID');
    expect(error.details).toEqual({ field: 'query', fields: ['query'] });
  });

  it.each([
    ['blank', '   '],
    ['one letter', 'A'],
    ['too long', 'A'.repeat(101)],
  ])('refuses a name that is %s with BAD_USER_INPUT', async (_name, query) => {
    const error = await refusal(SearchYoungPeopleArgs, { query });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ fields: ['query'] });
  });
});
