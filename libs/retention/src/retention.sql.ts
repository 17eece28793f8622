import { RetentionClass } from './retention.enums';

// How each class that is not a chain is found: its table, the time its age counts from, and what
// makes a row disposable at all (beside its age and the young person's legal hold). $1 is the
// municipality, $2 the cutoff, $3 the ids of young people under legal hold.
export interface RowClassSql {
  table: 'signal' | 'target_group_check' | 'notification';
  reference: string;
  where: string;
}

export const ROW_CLASSES: Readonly<Partial<Record<RetentionClass, RowClassSql>>> = {
  [RetentionClass.SIGNAL]: {
    table: 'signal',
    reference: 't.handled_at',
    where: 't.handled_at IS NOT NULL AND (t.young_person_id IS NULL OR NOT (t.young_person_id = ANY($3::uuid[])))',
  },
  [RetentionClass.TARGET_GROUP_CHECK]: {
    table: 'target_group_check',
    reference: 'coalesce(t.decided_at, t.left_at)',
    where:
      "t.status <> 'TO_CHECK' AND coalesce(t.decided_at, t.left_at) IS NOT NULL AND (t.young_person_id IS NULL OR NOT (t.young_person_id = ANY($3::uuid[])))",
  },
  [RetentionClass.NOTIFICATION]: {
    table: 'notification',
    reference: 't.created_at',
    // A notification names a count and a link, no young person (so no hold applies; $3 is named
    // only because every class's statement takes the same parameters).
    where: 'cardinality($3::uuid[]) >= 0',
  },
};

// A chain row that must be kept whatever its age: one about a young person under legal hold.
// Disposal of a chain stops before the first row that must be kept ($3: the held ids).
export const CHAIN_HELD: Readonly<Record<'audit_event' | 'access_log', string>> = {
  audit_event: "(t.subject_type = 'YoungPerson' AND t.subject_id = ANY($3::uuid[]))",
  access_log: 't.young_person_ids && $3::uuid[]',
};
