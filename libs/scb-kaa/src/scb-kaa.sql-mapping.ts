import type { SubjectMapping } from '@app/core/authz';
import { consentGrantsRelation, refusalsRelation } from '@app/young-people';

// The young person as the scb_kaa_person view shows it: the same columns the young-people
// library's access rules name, so a list here is filtered by exactly the rows the caller may
// read elsewhere (DESIGN.md §4).
export const SCB_PERSON_MAPPING: SubjectMapping = {
  subjectType: 'YoungPerson',
  columns: {
    id: 'id',
    municipalityId: 'municipality_id',
    kaaUnitId: 'kaa_unit_id',
    coordinatorId: 'coordinator_id',
    protectedIdentity: 'protected_identity',
  },
  relations: { consentGrants: consentGrantsRelation('id'), refusals: refusalsRelation('id') },
};
