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
  // Coordinators (user ids) whose caseload this membership works as their stand-in today
  // (vikarie, issue 17): read with the principal like the emergency accesses, once per request.
  standInForUserIds: readonly string[];
  // The municipality's IANA time zone, whose calendar days its date rules use.
  timeZone: string;
  // The municipality's current day (ISO date) when the request began, from the api's clock:
  // the one day every date rule of this request judges on (consent validity, age, due dates).
  today: string;
  // When the credential that authenticated the call stops being valid (epoch seconds).
  expiresAt: number;
}

export type PrincipalLoad = Omit<Principal, 'expiresAt' | 'today'>;

// Implemented by the identity library, which owns users and memberships; core/auth only
// knows the interface so that it never imports a feature library.
export interface PrincipalSource {
  // Active membership of an enabled user, or undefined; `now` is the clock's instant (what has
  // ended by then, such as an emergency access, is not part of the principal).
  byMembership(userId: string, membershipId: string, now: Date): Promise<PrincipalLoad | undefined>;
  // For identity-provider tokens: the user whose external subject matches, acting through
  // the given organisation's membership, else their first active membership.
  byExternalSubject(subject: string, organizationId: string | undefined, now: Date): Promise<PrincipalLoad | undefined>;
}

export const PRINCIPAL_SOURCE = Symbol('PRINCIPAL_SOURCE');
