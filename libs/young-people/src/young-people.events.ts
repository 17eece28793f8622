// Topic for "something about this young person changed": caseload and record views refresh.
export const YOUNG_PERSON_CHANGED = 'young-person.changed';
