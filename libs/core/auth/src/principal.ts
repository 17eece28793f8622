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

// Who signs in to the own view (issue 19): the young person, or a guardian of a young person
// under 18, proved by the identity-number claim of the provider's ID token. Not a Principal:
// it has no user, membership, organisation or role, so no staff operation can ever serve it
// (their rules are built from a Principal only; docs/AUTHZ.md, "The own view").
export type SelfServiceActor = 'YOUNG_PERSON' | 'GUARDIAN';

export interface SelfPrincipal {
  sessionId: string;
  actor: SelfServiceActor;
  // The young person's id, or the guardian row's id (of the first matching guardian row).
  actorId: string;
  municipalityId: string;
  // The records this person may see: their own, or the young people under 18 on the
  // municipality's day whose guardian they are. Read again at every request.
  youngPersonIds: readonly string[];
  // Guardian rows of this person, by young person (only for a GUARDIAN).
  guardianIds: Readonly<Record<string, string>>;
  timeZone: string;
  today: string;
  expiresAt: number;
}

export type SelfPrincipalLoad = Omit<SelfPrincipal, 'expiresAt' | 'today'>;

// Implemented by the self-service library; core/auth only knows the interface.
export interface SelfPrincipalSource {
  bySession(sessionId: string, now: Date): Promise<SelfPrincipalLoad | undefined>;
}

export const SELF_PRINCIPAL_SOURCE = Symbol('SELF_PRINCIPAL_SOURCE');

// The own view's sign-in, called by the identity library's OpenID Connect callback once the ID
// token is verified: matches the proved identity number to a record and starts a session (its
// opaque token goes into the own view's cookie), or names why not (a code of docs/ERRORS.md).
export type SelfServiceSignInOutcome =
  | { ok: true; token: string; expiresAt: Date }
  | { ok: false; code: 'SELF_SERVICE_IDENTITY_MISSING' | 'SELF_SERVICE_NO_RECORD' | 'SELF_SERVICE_NO_WARD' };

export interface SelfServiceSignIn {
  signIn(
    actor: SelfServiceActor,
    identityNumber: string | undefined,
    clientAddress: string,
  ): Promise<SelfServiceSignInOutcome>;
}

export const SELF_SERVICE_SIGN_IN = Symbol('SELF_SERVICE_SIGN_IN');
