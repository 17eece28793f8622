import { DomainError, ErrorCode } from '@app/core/errors';

import { UuidPipe } from './id-arg';

describe('UuidPipe', () => {
  const pipe = new UuidPipe('id');

  it('passes a UUID of any version, in either case, unchanged', () => {
    for (const id of [
      '3f2c8a1e-9b4d-4c7a-8e21-5d6f7a8b9c0d',
      '3F2C8A1E-9B4D-1C7A-8E21-5D6F7A8B9C0D',
      '00000000-0000-0000-0000-000000000000',
    ]) {
      expect(pipe.transform(id)).toBe(id);
    }
  });

  it.each([
    ['not-a-uuid'],
    [''],
    ['3f2c8a1e9b4d4c7a8e215d6f7a8b9c0d'],
    [' 3f2c8a1e-9b4d-4c7a-8e21-5d6f7a8b9c0d'],
    [42],
  ])('refuses %p as BAD_USER_INPUT naming the field', (value) => {
    let caught: unknown;
    try {
      pipe.transform(value);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect(caught).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      message: 'Invalid input: id (id must be a UUID)',
      details: { fields: ['id'] },
    });
  });
});
