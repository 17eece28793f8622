// An organisation a record names, with the name the api gave for it: pages name organisations
// from their records (leadOrganizationName, otherActorOrganizationName, ...) and from what was
// chosen in a picker, not from a list of the municipality's organisations (issue 15: that list
// stopped at 100). Pure, so it is tested alone.
export interface NamedOrganization {
  id: string;
  name: string;
}

// The list with one more named organisation (one chosen in a picker), each id once.
export function withOrganization(list: NamedOrganization[], organization: NamedOrganization): NamedOrganization[] {
  return list.some((o) => o.id === organization.id) ? list : [...list, organization];
}

// The chosen organisation for a picker or a read view: its id with the name known for it ('–'
// when the caller may not read it), or none for no id.
export function chosenOrganization(list: readonly NamedOrganization[], id: string): NamedOrganization | undefined {
  if (!id) return undefined;
  return { id, name: list.find((o) => o.id === id)?.name ?? '–' };
}

// The named organisation of an id and a name from the api, when both are there.
export function namedOrganization(id: string | null | undefined, name: string | null | undefined): NamedOrganization[] {
  return id && name ? [{ id, name }] : [];
}
