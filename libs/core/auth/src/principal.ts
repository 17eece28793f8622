import { Role } from '@app/core/authz';

// Who is calling, acting through exactly one membership. Tenant and organisation ids used by
// any query come from here, never from client arguments.
export interface Principal {
  userId: string;
  membershipId: string;
  municipalityId: string;
  organizationId: string;
  organizationKind: string;
  secrecyDomain: string;
  role: Role;
  // Young people this membership holds an active emergency access to, read with the principal
  // at every request, so an access ends at its time box with no job to wait for.
  emergencyYoungPersonIds: readonly string[];
  // When the credential that authenticated the call stops being valid (epoch seconds).
  expiresAt: number;
}

export type PrincipalLoad = Omit<Principal, 'expiresAt'>;

// Implemented by the identity library, which owns users and memberships; core/auth only
// knows the interface so that it never imports a feature library.
export interface PrincipalSource {
  // Active membership of an enabled user, or undefined.
  byMembership(userId: string, membershipId: string): Promise<PrincipalLoad | undefined>;
  // For identity-provider tokens: the user whose external subject matches, acting through
  // the given organisation's membership, else their first active membership.
  byExternalSubject(subject: string, organizationId: string | undefined): Promise<PrincipalLoad | undefined>;
}

export const PRINCIPAL_SOURCE = Symbol('PRINCIPAL_SOURCE');
