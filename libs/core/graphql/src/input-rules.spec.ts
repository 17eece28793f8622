import { IsUUID } from 'class-validator';

import { createValidationPipe, DomainError } from '@app/core/errors';

import { IsReason, isMeaningfulText } from './input-rules';

// @nestjs/graphql's GqlParamtype.ARGS: what the pipe validates.
const GRAPHQL_ARGS = 3 as unknown as 'custom';

class ReasonInput {
  @IsUUID()
  id!: string;

  @IsReason({ min: 10, max: 100 })
  reason!: string;
}

async function validate(value: Record<string, unknown>): Promise<ReasonInput> {
  return (await createValidationPipe().transform(value, { type: GRAPHQL_ARGS, metatype: ReasonInput })) as ReasonInput;
}

async function refusal(value: Record<string, unknown>): Promise<DomainError> {
  try {
    await validate(value);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('accepted');
}

const id = '00000000-0000-4000-8000-000000000001';

describe('isMeaningfulText', () => {
  it.each([
    'Akut oro för den unges säkerhet',
    'Inte vår målgrupp',
    'OSL 10 kap. 18 §',
    'SoL 14 kap. 1 §',
    'Ungdomen ringde, behöver stöd nu',
  ])('accepts %p', (text) => {
    expect(isMeaningfulText(text)).toBe(true);
  });

  it.each([
    ['blank', '            '],
    ['empty', ''],
    ['one character repeated', 'aaaaaaaaaaaa'],
    ['punctuation only', '.......... !!!'],
    ['a single word', 'Akut'],
    ['a single long word', 'Skyddsbedömningsärende'],
    ['one word repeated', 'test test test test'],
    ['one word repeated in other case', 'Akut AKUT akut'],
    ['repeated characters as words', 'aaaa bbbb cccc'],
    ['a word and repeated characters', 'akut aaaaaaaa'],
  ])('refuses %s', (_name, text) => {
    expect(isMeaningfulText(text)).toBe(false);
  });
});

describe('@IsReason', () => {
  it('trims the reason and keeps it', async () => {
    expect((await validate({ id, reason: '   Akut oro för säkerheten  ' })).reason).toBe('Akut oro för säkerheten');
  });

  it.each([
    ['only spaces', '            '],
    ['repeated characters', 'aaaaaaaaaaaa'],
    ['a single word', 'Akutläge!!!!'],
    ['too short once trimmed', '   akut oro    '],
    ['too long', `Akut oro ${'x'.repeat(100)}`],
  ])('refuses %s with INPUT_REASON_INVALID naming the field', async (_name, reason) => {
    const error = await refusal({ id, reason });
    expect(error.code).toBe('INPUT_REASON_INVALID');
    expect(error.details?.fields).toEqual(['reason']);
  });

  it('keeps the reason’s code beside another field’s failure, naming both fields', async () => {
    const error = await refusal({ id: 'not-a-uuid', reason: '   ' });
    expect(error.code).toBe('INPUT_REASON_INVALID');
    expect(error.details?.fields).toEqual(['id', 'reason']);
  });

  it('leaves other failures BAD_USER_INPUT', async () => {
    const error = await refusal({ id: 'not-a-uuid', reason: 'Akut oro för säkerheten' });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details?.fields).toEqual(['id']);
  });
});
