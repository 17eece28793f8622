import { Injectable } from '@nestjs/common';

import {
  AccessGround,
  AccessLogService,
  AuditService,
  SecurityEventKind,
  SecurityEventService,
  type AccessReader,
  type AuditActor,
} from '@app/core/audit';
import {
  newOpaqueToken,
  sha256,
  TokenService,
  type AccessToken,
  type SelfPrincipal,
  type SelfPrincipalLoad,
  type SelfPrincipalSource,
  type SelfServiceActor,
  type SelfServiceSignIn,
  type SelfServiceSignInOutcome,
} from '@app/core/auth';
import { Clock, dayIn } from '@app/core/clock';
import { AppConfig } from '@app/core/config';
import { TransactionHost } from '@app/core/database';
import { DomainError, ErrorCode, notFound } from '@app/core/errors';
import type { Caller } from '@app/core/graphql';
import { ConsentsService } from '@app/consents';
import { IdentityRepository } from '@app/identity';
import { parseIdentityNumber, YoungPeopleRepository } from '@app/young-people';

import type { DecideRectificationInput, RequestRectificationInput } from './dto/self-service.inputs';
import type { RectificationRequestEntity } from './entities/rectification-request.entity';
import type {
  OwnAccessEntry,
  OwnConsent,
  OwnPlans,
  OwnRecord,
  RectificationRequest,
} from './models/self-service.models';
import {
  OwnConsentStatus,
  RectificationDecision,
  RectificationStatus,
  SelfServiceActorKind,
} from './self-service.enums';
import { SelfServiceRepository, type ConsentRow } from './self-service.repository';

// The own view's access log page: the newest reads, at most this many at a time.
export const OWN_ACCESS_LOG_MAX = 500;

function actorOfSelf(self: Pick<SelfPrincipal, 'actor' | 'municipalityId'>): AuditActor {
  // Audit rows name staff users; the own view's actor is a young person or guardian, named by
  // role and by the id in the summary (never the identity number).
  return { userId: null, role: self.actor, organizationId: null, municipalityId: self.municipalityId };
}

function consentStatusOf(row: ConsentRow, today: string): OwnConsentStatus {
  if (row.withdrawnAt) return OwnConsentStatus.WITHDRAWN;
  if (row.replacedById) return OwnConsentStatus.REPLACED;
  if (row.validTo < today) return OwnConsentStatus.EXPIRED;
  if (row.validFrom > today) return OwnConsentStatus.NOT_YET_VALID;
  return OwnConsentStatus.ACTIVE;
}

function blank(value: string | null | undefined): boolean {
  return (value ?? '').trim().length === 0;
}

// The young person's (or a guardian's) own view (issue 19; GDPR art. 15 and 16, domain.md §3.3):
// sign-in matched by the identity number the provider proved, reads scoped to the principal's
// own records and logged with the SELF ground, consent withdrawal through the consents service,
// and rectification requests with their handling by staff.
@Injectable()
export class SelfServiceService implements SelfServiceSignIn, SelfPrincipalSource {
  constructor(
    private readonly repository: SelfServiceRepository,
    private readonly people: YoungPeopleRepository,
    private readonly identity: IdentityRepository,
    private readonly consents: ConsentsService,
    private readonly accessLog: AccessLogService,
    private readonly audit: AuditService,
    private readonly securityEvents: SecurityEventService,
    private readonly tokens: TokenService,
    private readonly tx: TransactionHost,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  // Called by the OpenID Connect callback once the ID token is verified. The young person is
  // matched by their own registration; a guardian by a guardian row with their number of a young
  // person under 18 (at 18 the young person's own rights take over; domain.md §3.2). A refusal
  // is a security event without the number.
  async signIn(
    actor: SelfServiceActor,
    identityNumber: string | undefined,
    clientAddress: string,
  ): Promise<SelfServiceSignInOutcome> {
    const now = this.clock.now();
    let pin: string;
    try {
      if (identityNumber === undefined) throw new Error('no claim');
      // The provider sends 12 digits; a 10-digit number is read on the calendar day in Sweden.
      pin = parseIdentityNumber(identityNumber, dayIn('Europe/Stockholm', now)).normalized;
    } catch {
      return this.refuse(clientAddress, ErrorCode.SELF_SERVICE_IDENTITY_MISSING);
    }
    const municipalityId =
      actor === 'YOUNG_PERSON'
        ? await this.repository.youngPersonMunicipality(pin)
        : await this.repository.guardianMunicipality(pin, now);
    if (!municipalityId) {
      return this.refuse(
        clientAddress,
        actor === 'YOUNG_PERSON' ? ErrorCode.SELF_SERVICE_NO_RECORD : ErrorCode.SELF_SERVICE_NO_WARD,
      );
    }
    const { token, hash } = newOpaqueToken();
    const expiresAt = new Date(now.getTime() + this.config.env.SELF_SERVICE_SESSION_MINUTES * 60_000);
    return this.tx.run(
      async () => {
        const sessionId = await this.repository.insertSession({
          municipalityId,
          actor: actor as SelfServiceActorKind,
          personalIdentityNumber: pin,
          tokenHash: hash,
          expiresAt,
        });
        const principal = await this.repository.principal(sessionId, now);
        await this.audit.record(actorOfSelf({ actor, municipalityId }), {
          action: 'self_service.sign_in',
          subjectType: 'SelfServiceSession',
          subjectId: sessionId,
          summary: { actor, youngPersonIds: [...(principal?.youngPersonIds ?? [])] },
        });
        return { ok: true as const, token, expiresAt };
      },
      { requireAudit: true },
    );
  }

  private refuse(
    clientAddress: string,
    code: 'SELF_SERVICE_IDENTITY_MISSING' | 'SELF_SERVICE_NO_RECORD' | 'SELF_SERVICE_NO_WARD',
  ): SelfServiceSignInOutcome {
    this.securityEvents.record({ kind: SecurityEventKind.LOGIN_FAILED, clientAddress, code });
    return { ok: false, code };
  }

  bySession(sessionId: string, now: Date): Promise<SelfPrincipalLoad | undefined> {
    return this.repository.principal(sessionId, now);
  }

  // The own view's cookie exchanged for a short-lived access token (the cookie stays: the
  // session has a fixed end, SELF_SERVICE_SESSION_MINUTES after sign-in).
  async session(cookieToken: string | undefined): Promise<{
    token: AccessToken;
    actor: SelfServiceActorKind;
    records: OwnRecord[];
  }> {
    const now = this.clock.now();
    const session = cookieToken ? await this.repository.sessionByTokenHash(sha256(cookieToken), now) : null;
    const principal = session ? await this.repository.principal(session.id, now) : undefined;
    if (!session || !principal) {
      throw new DomainError(ErrorCode.SELF_SERVICE_SESSION_INVALID, 'Not signed in to the own view; sign in again');
    }
    const token = await this.tokens.issueSelfServiceToken(session.id, session.expiresAt);
    const records = await this.repository.records(principal.municipalityId, principal.youngPersonIds);
    return {
      token,
      actor: session.actor,
      records: records.map(({ id, givenName, familyName }) => ({ id, givenName, familyName })),
    };
  }

  async endSession(self: SelfPrincipal): Promise<void> {
    await this.repository.endSession(self.sessionId, this.clock.now());
    await this.audit.record(actorOfSelf(self), {
      action: 'self_service.sign_out',
      subjectType: 'SelfServiceSession',
      subjectId: self.sessionId,
    });
  }

  async records(self: SelfPrincipal): Promise<OwnRecord[]> {
    const rows = await this.repository.records(self.municipalityId, self.youngPersonIds);
    await this.logRead(self, rows, ['NAME'], 'query ownRecords');
    return rows.map(({ id, givenName, familyName }) => ({ id, givenName, familyName }));
  }

  async plans(self: SelfPrincipal, youngPersonId: string): Promise<OwnPlans> {
    const record = await this.own(self, youngPersonId);
    const contact = await this.repository.contactPerson(self.municipalityId, youngPersonId);
    const plans = await this.repository.plans(self.municipalityId, youngPersonId);
    const parts = await this.repository.planParts(
      self.municipalityId,
      plans.map((plan) => plan.id),
    );
    await this.logRead(self, [record], ['NAME', 'PLAN'], 'query ownPlans');
    return {
      contactPerson: contact ? { ...contact, phone: null } : null,
      plans: plans.map((plan) => ({
        ...plan,
        goals: parts
          .filter((p) => p.planId === plan.id && p.kind === 'GOAL')
          .map((p) => ({ description: p.description })),
        actions: parts
          .filter((p) => p.planId === plan.id && p.kind === 'ACTION')
          .map((p) => ({ description: p.description, organization: p.organization, dueOn: p.dueOn, status: p.status })),
      })),
    };
  }

  async consentsOf(self: SelfPrincipal, youngPersonId: string): Promise<OwnConsent[]> {
    const record = await this.own(self, youngPersonId);
    const rows = await this.repository.consents(self.municipalityId, youngPersonId);
    await this.logRead(self, [record], ['CONSENTS'], 'query ownConsents');
    return rows.map((row) => this.toConsent(row, self.today));
  }

  // One step: no confirmation code, no form; the web app asks once before calling this.
  async withdrawConsent(self: SelfPrincipal, consentId: string): Promise<OwnConsent> {
    let found: ConsentRow | undefined;
    for (const youngPersonId of self.youngPersonIds) {
      [found] = await this.repository.consents(self.municipalityId, youngPersonId, consentId);
      if (found) break;
    }
    if (!found) throw notFound('Consent');
    const status = consentStatusOf(found, self.today);
    if (status !== OwnConsentStatus.ACTIVE && status !== OwnConsentStatus.NOT_YET_VALID) {
      throw new DomainError(
        ErrorCode.CONSENT_ENDED,
        'The consent is no longer in force (withdrawn, replaced or expired)',
      );
    }
    await this.consents.withdrawBySubject(actorOfSelf(self), found, {
      actor: self.actor,
      actorId: this.actorIdFor(self, found.youngPersonId),
    });
    const [after] = await this.repository.consents(self.municipalityId, found.youngPersonId, consentId);
    const [record] = await this.repository.records(self.municipalityId, [found.youngPersonId]);
    await this.logRead(self, [record], ['CONSENTS'], 'mutation withdrawOwnConsent');
    return this.toConsent(after, self.today);
  }

  async accessLogOf(self: SelfPrincipal, youngPersonId: string, first: number): Promise<OwnAccessEntry[]> {
    const record = await this.own(self, youngPersonId);
    const rows = await this.repository.accessLog(
      self.municipalityId,
      youngPersonId,
      Math.min(first, OWN_ACCESS_LOG_MAX),
    );
    await this.logRead(self, [record], ['ACCESS_LOG'], 'query ownAccessLog');
    return rows.map((row) => {
      // The log stores the role as text; the own view's readers are those of the SELF ground.
      const own = row.ground === 'SELF';
      return {
        id: row.id,
        occurredAt: row.occurredAt,
        // A read in the own view names no one: the young person themselves, or "a guardian".
        readerName: own ? null : row.readerName,
        organization: own ? null : row.organization,
        readerKind: own ? row.role : 'STAFF',
        role: row.role,
        ground: row.ground as AccessGround,
        categories: row.categories,
      };
    });
  }

  async rectificationsOf(self: SelfPrincipal, youngPersonId: string): Promise<RectificationRequest[]> {
    const record = await this.own(self, youngPersonId);
    const rows = await this.repository.rectifications(self.municipalityId, youngPersonId);
    await this.logRead(self, [record], ['RECTIFICATION'], 'query ownRectificationRequests');
    return this.toRequests(rows);
  }

  async requestRectification(self: SelfPrincipal, input: RequestRectificationInput): Promise<RectificationRequest> {
    await this.own(self, input.youngPersonId);
    if (blank(input.text)) {
      throw new DomainError(ErrorCode.RECTIFICATION_TEXT_INVALID, 'Say what is wrong', { field: 'text' });
    }
    const row = await this.repository.insertRectification({
      municipalityId: self.municipalityId,
      youngPersonId: input.youngPersonId,
      requestedBy: self.actor as SelfServiceActorKind,
      guardianId: self.actor === 'GUARDIAN' ? (self.guardianIds[input.youngPersonId] ?? null) : null,
      field: input.field,
      text: input.text.trim(),
    });
    // The text is personal data and stays in its row; the audit names the request.
    await this.audit.record(actorOfSelf(self), {
      action: 'rectification.request',
      subjectType: 'RectificationRequest',
      subjectId: row.id,
      summary: { youngPersonId: input.youngPersonId, field: input.field, requestedBy: self.actor },
    });
    return (await this.toRequests([row]))[0];
  }

  // Staff: the requests of a young person they may change (their coordinator, the unit's team
  // lead); anyone else gets NOT_FOUND, as for the young person.
  async requestsForStaff(caller: Caller, youngPersonId: string): Promise<RectificationRequest[]> {
    const person = await this.people.findOne(caller.ability, youngPersonId, 'update');
    // The same answer the policy guard gives a role that may not read requests at all, so a
    // missing or unreadable young person tells no role more than another (reads-by-id).
    if (!person) throw notFound('RectificationRequest');
    return this.toRequests(await this.repository.rectifications(caller.principal.municipalityId, youngPersonId));
  }

  async decide(caller: Caller, input: DecideRectificationInput): Promise<RectificationRequest> {
    const { principal } = caller;
    const request = await this.repository.rectification(principal.municipalityId, input.id);
    if (!request || !(await this.people.findOne(caller.ability, request.youngPersonId, 'update'))) {
      throw notFound('RectificationRequest');
    }
    if (request.status !== RectificationStatus.OPEN) {
      throw new DomainError(ErrorCode.RECTIFICATION_ALREADY_DECIDED, 'The request has already been decided');
    }
    if (input.decision === RectificationDecision.REFUSED && blank(input.reason)) {
      throw new DomainError(ErrorCode.RECTIFICATION_TEXT_INVALID, 'A refusal gives its reason', { field: 'reason' });
    }
    const decided = await this.repository.decideRectification(principal.municipalityId, request.id, {
      status: input.decision,
      decidedById: principal.userId,
      reason: blank(input.reason) ? null : (input.reason ?? '').trim(),
      at: this.clock.now(),
    });
    if (!decided)
      throw new DomainError(ErrorCode.RECTIFICATION_ALREADY_DECIDED, 'The request has already been decided');
    await this.audit.record(
      {
        userId: principal.userId,
        role: principal.role,
        organizationId: principal.organizationId,
        municipalityId: principal.municipalityId,
      },
      {
        action: 'rectification.decide',
        subjectType: 'RectificationRequest',
        subjectId: request.id,
        summary: { youngPersonId: request.youngPersonId, decision: input.decision },
      },
    );
    const after = await this.repository.rectification(principal.municipalityId, request.id);
    return (await this.toRequests(after ? [after] : []))[0];
  }

  // The record, if the principal may see it; otherwise NOT_FOUND (another person's record and
  // a record that does not exist answer alike).
  private async own(self: SelfPrincipal, youngPersonId: string): Promise<{ id: string; kaaUnitId: string | null }> {
    if (!self.youngPersonIds.includes(youngPersonId)) throw notFound('OwnRecord');
    const [record] = await this.repository.records(self.municipalityId, [youngPersonId]);
    if (!record) throw notFound('OwnRecord');
    return record;
  }

  private actorIdFor(self: SelfPrincipal, youngPersonId: string): string {
    return self.actor === 'GUARDIAN' ? (self.guardianIds[youngPersonId] ?? self.actorId) : youngPersonId;
  }

  // Every read in the own view is logged like a staff read, with the SELF ground, before the
  // response leaves. The row's user is the young person or the guardian row, its organisation
  // the KAA unit holding the record (or the municipality when none is set).
  private async logRead(
    self: SelfPrincipal,
    records: ReadonlyArray<{ id: string; kaaUnitId: string | null }>,
    categories: string[],
    operation: string,
  ): Promise<void> {
    for (const record of records) {
      const reader: AccessReader = {
        userId: this.actorIdFor(self, record.id),
        membershipId: self.sessionId,
        municipalityId: self.municipalityId,
        organizationId: record.kaaUnitId ?? self.municipalityId,
        secrecyDomain: 'SELF',
        role: self.actor,
        today: self.today,
        emergencyYoungPersonIds: [],
        standInForUserIds: [],
      };
      await this.accessLog.append(
        reader,
        [
          {
            youngPersonId: record.id,
            categories,
            ground: AccessGround.SELF,
            consentIds: [],
            emergencyAccessId: null,
            disclosureId: null,
          },
        ],
        operation,
      );
    }
  }

  private toConsent(row: ConsentRow, today: string): OwnConsent {
    return {
      id: row.id,
      recipientOrganization: row.recipientOrganization,
      categories: [...row.categories, ...row.otherCategories],
      purpose: row.purpose,
      givenBy: row.givenBy,
      validFrom: row.validFrom,
      validTo: row.validTo,
      status: consentStatusOf(row, today),
      withdrawnAt: row.withdrawnAt,
    };
  }

  private async toRequests(rows: RectificationRequestEntity[]): Promise<RectificationRequest[]> {
    // Only the deciders' names, of the requests' own municipality (every row is of one).
    const municipalityId = rows[0]?.municipalityId;
    const names = municipalityId
      ? await this.identity.displayNames(
          municipalityId,
          rows.map((row) => row.decidedById).filter((id): id is string => id !== null),
        )
      : new Map<string, string>();
    return rows.map((row) => ({
      id: row.id,
      youngPersonId: row.youngPersonId,
      field: row.field,
      text: row.text,
      requestedBy: row.requestedBy,
      status: row.status,
      createdAt: row.createdAt,
      decidedAt: row.decidedAt,
      decidedByName: row.decidedById ? (names.get(row.decidedById) ?? null) : null,
      decisionReason: row.decisionReason,
    }));
  }
}
