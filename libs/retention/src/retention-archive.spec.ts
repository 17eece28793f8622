import { youngPeopleIn } from './retention-archive.service';
import { RetentionClass } from './retention.enums';

const archive = (rows: unknown[]) => JSON.stringify({ format: 'brygga-retention-archive/1', rows });

// Which young people an archive file names, for the access-log row of its download.
describe('youngPeopleIn', () => {
  it('reads a record’s young person, sorted and without repeats, skipping rows without one', () => {
    const text = archive([
      { young_person_id: 'b' },
      { young_person_id: null },
      { young_person_id: 'a' },
      { young_person_id: 'b' },
    ]);
    expect(youngPeopleIn(RetentionClass.SIGNAL, text)).toEqual(['a', 'b']);
    expect(youngPeopleIn(RetentionClass.CONTACT_ATTEMPT, text)).toEqual(['a', 'b']);
  });

  it('reads every young person an access-log row names', () => {
    const text = archive([{ young_person_ids: ['c', 'a'] }, { young_person_ids: ['a'] }]);
    expect(youngPeopleIn(RetentionClass.ACCESS_LOG, text)).toEqual(['a', 'c']);
  });

  it('names no school pupil of an access-log row as a young person, also on rows older than the subject kind', () => {
    const text = archive([
      { subject_kind: 'YOUNG_PERSON', ground: 'CASELOAD', young_person_ids: ['a'], school_pupil_ids: [] },
      { subject_kind: 'SCHOOL_PUPIL', ground: 'SCHOOL', young_person_ids: [], school_pupil_ids: ['p'] },
      { subject_kind: null, ground: 'SCHOOL', young_person_ids: ['q'], school_pupil_ids: [] },
      { subject_kind: null, ground: 'UNIT', young_person_ids: ['b'], school_pupil_ids: [] },
    ]);
    expect(youngPeopleIn(RetentionClass.ACCESS_LOG, text)).toEqual(['a', 'b']);
  });

  it('reads an audit row’s subject only when it is a young person', () => {
    const text = archive([
      { subject_type: 'YoungPerson', subject_id: 'p' },
      { subject_type: 'User', subject_id: 'u' },
      { subject_type: 'YoungPerson', subject_id: null },
    ]);
    expect(youngPeopleIn(RetentionClass.AUDIT_EVENT, text)).toEqual(['p']);
  });

  it('reads the young person an audit row’s summary names (a measure, an enrollment, a referral)', () => {
    const text = archive([
      { subject_type: 'Measure', subject_id: 'm', summary: { youngPersonId: 'q', tier: 2 } },
      { subject_type: 'KaaEnrollment', subject_id: 'e', summary: { youngPersonId: 'p' } },
      { subject_type: 'YoungPerson', subject_id: 'p', summary: { youngPersonId: 'p' } },
      { subject_type: 'User', subject_id: 'u', summary: { role: 'ADMIN' } },
      { subject_type: 'Municipality', subject_id: 'x', summary: null },
    ]);
    expect(youngPeopleIn(RetentionClass.AUDIT_EVENT, text)).toEqual(['p', 'q']);
  });

  it('names nobody for notifications', () => {
    expect(youngPeopleIn(RetentionClass.NOTIFICATION, archive([{ user_id: 'u', count: 1 }]))).toEqual([]);
  });
});
