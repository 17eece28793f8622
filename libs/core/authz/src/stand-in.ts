import type { PolicySubject } from './ability';
import { Role } from './role';

// The rows a coordinator works as a stand-in (vikarie, issue 17): the young people whose
// responsible coordinator is one the principal stands in for today, in the principal's own KAA
// unit. `standInForUserIds` is read with the principal on every request (the running periods on
// the municipality's day), so access starts and ends with the period and nothing is looked up
// per row: in SQL this is one `coordinator_id = ANY(...)` beside the caseload's own test.
// `relation`: the path to the young person from the subject's row ('youngPerson' for case
// facts, measures, plans and the like); omitted, the row is the young person. Undefined when
// the principal stands in for nobody today, so the rules are exactly the ordinary ones.
export function standInCondition(
  principal: Pick<PolicySubject, 'municipalityId' | 'organizationId' | 'secrecyDomain' | 'role' | 'standInForUserIds'>,
  relation?: 'youngPerson',
): Record<string, unknown> | undefined {
  if (principal.role !== Role.COORDINATOR || principal.secrecyDomain !== 'KAA') return undefined;
  if (principal.standInForUserIds.length === 0) return undefined;
  const field = (name: string) => (relation ? `${relation}.${name}` : name);
  return {
    municipalityId: principal.municipalityId,
    [field('kaaUnitId')]: principal.organizationId,
    [field('coordinatorId')]: { $in: [...principal.standInForUserIds] },
  };
}
