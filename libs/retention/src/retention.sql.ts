import { RetentionClass } from './retention.enums';

// How each class that is not a chain is found: its table, the time its age counts from, and what
// makes a row disposable at all (beside its age and the young person's legal hold). $1 is the
// municipality, $2 the cutoff, $3 the ids of young people under legal hold.
export interface RowClassSql {
  table: 'signal' | 'target_group_check' | 'notification' | 'contact_attempt' | 'measure';
  reference: string;
  where: string;
}

// When the young person's last KAA registration ended: the end of its last day in Sweden (a
// registration's end is a date). NULL when none has ended.
const CASE_ENDED = `(SELECT (max(e.ended_on) + 1)::timestamp AT TIME ZONE 'Europe/Stockholm' FROM kaa_enrollment e
   WHERE e.young_person_id = t.young_person_id AND e.municipality_id = t.municipality_id)`;

// A closed case: registered at least once and no registration open (a young person who came back
// has their whole history again), the last end before the cutoff's day, and no legal hold. One
// set of such young people per statement, not a lookup per row. greatest() in the reference
// skips a NULL, so "registered and ended" is required here and not left to the reference time.
const CLOSED_CASE = `t.young_person_id IN (
     SELECT e.young_person_id FROM kaa_enrollment e WHERE e.municipality_id = $1
      GROUP BY e.young_person_id
     HAVING count(*) = count(e.ended_on) AND max(e.ended_on) < ($2::timestamptz AT TIME ZONE 'Europe/Stockholm')::date)
   AND NOT (t.young_person_id = ANY($3::uuid[]))`;

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
  [RetentionClass.CONTACT_ATTEMPT]: {
    table: 'contact_attempt',
    reference: `greatest(t.occurred_at, ${CASE_ENDED})`,
    where: CLOSED_CASE,
  },
  [RetentionClass.MEASURE]: {
    table: 'measure',
    reference: `greatest(t.updated_at, ${CASE_ENDED})`,
    where: CLOSED_CASE,
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
