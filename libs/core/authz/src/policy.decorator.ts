import { SetMetadata } from '@nestjs/common';

import type { Action, SubjectType } from './ability';

export const POLICY_METADATA = 'brygga:policy';
export const PUBLIC_METADATA = 'brygga:public';

export interface PolicyRequirement {
  action: Action;
  subject: SubjectType;
  // Field resolvers only: resolve to null instead of failing when the caller's role may not read
  // the field's records at all (the field must be nullable), so one field a reader may not see
  // never blanks the record around it.
  refused?: 'null';
}

// Declares the type-level permission an operation needs. Rows are filtered separately in SQL.
export const Policy = (action: Action, subject: SubjectType): MethodDecorator =>
  SetMetadata(POLICY_METADATA, { action, subject } satisfies PolicyRequirement);

// Explicitly open to unauthenticated callers (login, health). Anything without @Policy or
// @Public is refused by the guard.
export const Public = (): MethodDecorator => SetMetadata(PUBLIC_METADATA, true);
