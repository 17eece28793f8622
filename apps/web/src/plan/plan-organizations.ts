import type { NamedOrganization } from '../organization/named-organization';

// The organisations a plan names, by name: the api names them on the plan (leadOrganizationName,
// responsibleOrganizationName), so the young person's page loads no list of the municipality's
// organisations to name them (issue 15: that list stopped at 100). The editor adds the ones
// chosen in its pickers. Pure, so it is tested alone.

interface NamingPlan {
  leadOrganizationId?: string | null;
  leadOrganizationName?: string | null;
  actions: ReadonlyArray<{ responsibleOrganizationId: string; responsibleOrganizationName?: string | null }>;
}

// Every organisation the plans name and the caller may read, each once.
export function namedOrganizations(...plans: ReadonlyArray<NamingPlan | null | undefined>): NamedOrganization[] {
  const names = new Map<string, string>();
  for (const plan of plans) {
    if (!plan) continue;
    if (plan.leadOrganizationId && plan.leadOrganizationName)
      names.set(plan.leadOrganizationId, plan.leadOrganizationName);
    for (const action of plan.actions)
      if (action.responsibleOrganizationName)
        names.set(action.responsibleOrganizationId, action.responsibleOrganizationName);
  }
  return [...names].map(([id, name]) => ({ id, name }));
}
