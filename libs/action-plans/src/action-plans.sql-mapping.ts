import type { SubjectMapping } from '@app/core/authz';
import { consentGrantsRelation, refusalsRelation } from '@app/young-people';

export const ACTION_PLAN_MAPPING: SubjectMapping = {
  subjectType: 'ActionPlan',
  columns: {
    id: 'id',
    municipalityId: 'municipality_id',
    youngPersonId: 'young_person_id',
    ownerOrganizationId: 'owner_organization_id',
    scope: 'scope',
  },
  relations: {
    youngPerson: {
      table: 'young_person',
      foreignKey: 'id',
      parentKey: 'young_person_id',
      columns: { kaaUnitId: 'kaa_unit_id', coordinatorId: 'coordinator_id' },
    },
    consentGrants: consentGrantsRelation('young_person_id'),
    refusals: refusalsRelation('young_person_id'),
  },
};

// A plan's action on its own: what the organisation it is assigned to may see and update.
export const PLAN_ACTION_MAPPING: SubjectMapping = {
  subjectType: 'PlanAction',
  columns: {
    id: 'id',
    municipalityId: 'municipality_id',
    planId: 'plan_id',
    responsibleOrganizationId: 'responsible_organization_id',
  },
};
