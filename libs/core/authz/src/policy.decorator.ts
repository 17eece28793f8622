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
  // The operation reads one record by its id. A caller whose role may not read the type at all
  // is answered NOT_FOUND, exactly like a row they may not see: a missing record and a forbidden
  // one must look the same, whatever the role (docs/AUTHZ.md, "Reads by id").
  oneRecord?: true;
}

// Declares the type-level permission an operation needs. Rows are filtered separately in SQL.
// `{ oneRecord: true }` marks a root query that reads one record by id (only reads can be).
export function Policy(action: 'read', subject: SubjectType, options: { oneRecord: true }): MethodDecorator;
export function Policy(action: Action, subject: SubjectType): MethodDecorator;
export function Policy(action: Action, subject: SubjectType, options?: { oneRecord: true }): MethodDecorator {
  const requirement: PolicyRequirement = options?.oneRecord
    ? { action, subject, oneRecord: true }
    : { action, subject };
  return SetMetadata(POLICY_METADATA, requirement);
}

// Explicitly open to unauthenticated callers (login, health). Anything without @Policy or
// @Public is refused by the guard.
export const Public = (): MethodDecorator => SetMetadata(PUBLIC_METADATA, true);
