import { PolicyContributor } from '@app/core/authz';

// A job is read by the one who started it (its progress and result); the feature that queued
// it decides who may start one.
export const jobsPolicy: PolicyContributor = (principal, rules) => {
  rules.can('read', 'Job', { municipalityId: principal.municipalityId, createdById: principal.userId });
};
