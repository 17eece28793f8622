import { Injectable } from '@nestjs/common';

import { Clock } from '@app/core/clock';
import { actorOf, AuditService } from '@app/core/audit';
import { Role, type AppAbility } from '@app/core/authz';
import { DomainError, ErrorCode, notFound } from '@app/core/errors';
import type { Caller, Page } from '@app/core/graphql';
import { PgPubSub } from '@app/core/pubsub';
import { IdentityRepository } from '@app/identity';

import type { AcceptHandOverInput, HandOverInput } from './dto/young-people.inputs';
import { EligibilityRule } from './eligibility';
import type { HandOverEntity } from './entities/hand-over.entity';
import type { YoungPersonEntity } from './entities/young-person.entity';
import { HandOverRepository } from './hand-over.repository';
import { ageOn } from './identity-number';
import {
  EnrollmentEndReason,
  EnrollmentStatus,
  GuardianRelation,
  HandOverDirection,
  HandOverStatus,
  OccupationCategory,
  OccupationKind,
  OccupationSource,
  RegistrationReason,
  StatusChangeCause,
} from './young-people.enums';
import { YOUNG_PERSON_CHANGED } from './young-people.events';
import { YoungPeopleRepository } from './young-people.repository';

// What travels from the old home municipality to the new one: the register entry as SFS
// 2006:39 allows it (identity, contact, occupation) plus guardians and the protection flag.
export interface RegisterEntry {
  personalIdentityNumber: string;
  coordinationNumber: boolean;
  dateOfBirth: string;
  givenName: string;
  familyName: string;
  protectedIdentity: boolean;
  contact: {
    phone: string | null;
    email: string | null;
    streetAddress: string | null;
    postalCode: string | null;
    city: string | null;
  };
  guardians: Array<{ name: string; relation: GuardianRelation; phone: string | null; email: string | null }>;
  occupations: Array<{ kind: OccupationKind; category: OccupationCategory; validFrom: string }>;
}

function handOverError(code: ErrorCode, message: string, details?: Record<string, string>): DomainError {
  return new DomainError(code, message, details);
}

// Moving between municipalities (29 kap. 6 § SkolL: the responsibility follows the home
// municipality). The sender ends its registration (moved) and sends the entry; the receiving
// team lead accepts it into their register; then the sender forgets the contact details.
// Every step is audited in the chain of the municipality it changes.
@Injectable()
export class HandOverService {
  constructor(
    private readonly handOvers: HandOverRepository,
    private readonly people: YoungPeopleRepository,
    private readonly identity: IdentityRepository,
    private readonly audit: AuditService,
    private readonly pubsub: PgPubSub,
    private readonly clock: Clock,
  ) {}

  list(
    { principal, ability }: Caller,
    args: { direction: HandOverDirection; status?: HandOverStatus; first?: number; after?: string },
  ): Promise<Page<HandOverEntity>> {
    return this.handOvers.page(ability, principal.municipalityId, args);
  }

  async send({ principal, ability }: Caller, input: HandOverInput): Promise<HandOverEntity> {
    const person = await this.people.findOne(ability, input.youngPersonId, 'update');
    if (!person) throw notFound('YoungPerson');
    const target = await this.handOvers.municipalityByCode(input.toMunicipalityCode);
    if (!target || target.id === principal.municipalityId) {
      throw handOverError(
        ErrorCode.HAND_OVER_MUNICIPALITY_INVALID,
        'No other municipality with this code uses Brygga',
        {
          field: 'toMunicipalityCode',
        },
      );
    }
    const open = await this.people.openEnrollmentForUpdate(principal.municipalityId, person.id);
    if (!open) throw new DomainError(ErrorCode.KAA_NOT_ENROLLED, 'The young person has no open registration');
    if (input.movedOn > principal.today || input.movedOn < open.registeredOn) {
      throw new DomainError(ErrorCode.KAA_DATE_INVALID, 'The move must be between the registration and today', {
        field: 'movedOn',
      });
    }
    const entry = await this.entryOf(ability, person);
    // The row is locked: its version is current.
    await this.people.updateEnrollmentIfVersion(principal.municipalityId, open.id, open.version, {
      endedOn: input.movedOn,
      endReason: EnrollmentEndReason.MOVED,
    });
    const handOver = await this.handOvers.insert({
      municipalityId: principal.municipalityId,
      toMunicipalityId: target.id,
      youngPersonId: person.id,
      enrollmentId: open.id,
      movedOn: input.movedOn,
      status: HandOverStatus.SENT,
      entry: entry as unknown as Record<string, unknown>,
      sentById: principal.userId,
      sentAt: this.clock.now(),
      receivedAt: null,
      receivedById: null,
      receivedYoungPersonId: null,
    });
    await this.audit.record(actorOf(principal), {
      action: 'hand_over.send',
      subjectType: 'HandOver',
      subjectId: handOver.id,
      summary: { youngPersonId: person.id, enrollmentId: open.id, toMunicipalityId: target.id },
    });
    await this.changed(principal.municipalityId, person.id);
    return handOver;
  }

  async accept(
    { principal, ability }: Caller,
    input: AcceptHandOverInput,
  ): Promise<{
    handOver: HandOverEntity;
    youngPerson: YoungPersonEntity;
  }> {
    const handOver = await this.handOvers.findForReceiving(ability, input.id);
    if (!handOver || handOver.toMunicipalityId !== principal.municipalityId) throw notFound('HandOver');
    if (handOver.status !== HandOverStatus.SENT || !handOver.entry) {
      throw handOverError(ErrorCode.HAND_OVER_ALREADY_RECEIVED, 'The hand-over has already been received');
    }
    const entry = handOver.entry as unknown as RegisterEntry;
    const registeredOn = handOver.movedOn;
    if (ageOn(entry.dateOfBirth, registeredOn) >= 20) {
      throw new DomainError(ErrorCode.KAA_NOT_ELIGIBLE, 'Not in the target group: UNDER_20', {
        rule: EligibilityRule.UNDER_20,
        rules: [EligibilityRule.UNDER_20],
      });
    }
    if (input.coordinatorId) await this.requireCoordinator(principal.organizationId, input.coordinatorId);
    const coordinatorId = input.coordinatorId ?? null;
    const named = entry.protectedIdentity
      ? [...new Set([principal.userId, ...(coordinatorId ? [coordinatorId] : [])])]
      : [];

    const municipalityId = principal.municipalityId;
    const contact = entry.contact;
    let person = await this.handOvers.findPersonByIdentityNumber(municipalityId, entry.personalIdentityNumber);
    if (person) {
      // Known here from before (an earlier stay): the same record continues.
      if (await this.people.openEnrollmentForUpdate(municipalityId, person.id)) {
        throw new DomainError(ErrorCode.KAA_ALREADY_ENROLLED, 'The young person already has an open registration here');
      }
      await this.people.updateYoungPersonIfVersion(municipalityId, person.id, person.version, {
        ...contact,
        givenName: entry.givenName,
        familyName: entry.familyName,
        protectedIdentity: entry.protectedIdentity,
        protectedNamedUserIds: named,
        kaaUnitId: principal.organizationId,
        coordinatorId,
      });
    } else {
      person = await this.people.insertYoungPerson({
        municipalityId,
        personalIdentityNumber: entry.personalIdentityNumber,
        coordinationNumber: entry.coordinationNumber,
        dateOfBirth: entry.dateOfBirth,
        givenName: entry.givenName,
        familyName: entry.familyName,
        ...contact,
        protectedIdentity: entry.protectedIdentity,
        protectedNamedUserIds: named,
        kaaUnitId: principal.organizationId,
        coordinatorId,
        lastContactAt: null,
      });
    }
    await this.people.replaceGuardians(municipalityId, person.id, entry.guardians);
    for (const occupation of entry.occupations) {
      await this.people.insertOccupation({
        municipalityId,
        youngPersonId: person.id,
        ...occupation,
        source: OccupationSource.REGISTER,
        contactAttemptId: null,
        recordedById: principal.userId,
      });
    }
    const enrollment = await this.people.insertEnrollment({
      municipalityId,
      youngPersonId: person.id,
      registeredOn,
      registrationReason: RegistrationReason.MOVED_IN,
      status: EnrollmentStatus.NOT_CONTACTED,
    });
    await this.people.insertStatusChange({
      municipalityId,
      enrollmentId: enrollment.id,
      fromStatus: null,
      toStatus: EnrollmentStatus.NOT_CONTACTED,
      cause: StatusChangeCause.REGISTRATION,
      changedById: principal.userId,
    });
    await this.handOvers.markReceived(handOver.id, principal.userId, person.id, this.clock.now());
    await this.handOvers.forgetContactDetails(handOver.municipalityId, handOver.youngPersonId);

    // Both chains are written in one transaction; taking their locks in a fixed order keeps
    // two hand-overs crossing in opposite directions from deadlocking.
    const entries = [
      {
        municipalityId,
        write: () =>
          this.audit.record(actorOf(principal), {
            action: 'hand_over.accept',
            subjectType: 'YoungPerson',
            subjectId: person.id,
            summary: {
              handOverId: handOver.id,
              fromMunicipalityId: handOver.municipalityId,
              enrollmentId: enrollment.id,
            },
          }),
      },
      {
        // The sender's chain records that its entry was taken over and its details forgotten.
        municipalityId: handOver.municipalityId,
        write: () =>
          this.audit.record(
            { ...actorOf(principal), municipalityId: handOver.municipalityId },
            {
              action: 'hand_over.received',
              subjectType: 'HandOver',
              subjectId: handOver.id,
              summary: { youngPersonId: handOver.youngPersonId, receivedByMunicipalityId: municipalityId },
            },
          ),
      },
    ].sort((a, b) => a.municipalityId.localeCompare(b.municipalityId));
    for (const entry of entries) await entry.write();
    await this.changed(municipalityId, person.id);
    await this.changed(handOver.municipalityId, handOver.youngPersonId);
    const received = await this.handOvers.findOne(ability, handOver.id);
    const youngPerson = await this.people.findOne(ability, person.id);
    if (!received || !youngPerson) throw notFound('HandOver');
    return { handOver: received, youngPerson };
  }

  private async entryOf(ability: AppAbility, person: YoungPersonEntity): Promise<RegisterEntry> {
    const [guardians, occupations] = [
      await this.people.guardians(ability, [person.id]),
      await this.people.currentOccupations(ability, [person.id]),
    ];
    return {
      personalIdentityNumber: person.personalIdentityNumber,
      coordinationNumber: person.coordinationNumber,
      dateOfBirth: person.dateOfBirth,
      givenName: person.givenName,
      familyName: person.familyName,
      protectedIdentity: person.protectedIdentity,
      contact: {
        phone: person.phone,
        email: person.email,
        streetAddress: person.streetAddress,
        postalCode: person.postalCode,
        city: person.city,
      },
      guardians: guardians.map((g) => ({ name: g.name, relation: g.relation, phone: g.phone, email: g.email })),
      occupations: occupations
        .filter((o) => o.kind !== OccupationKind.PREVIOUS)
        .map((o) => ({ kind: o.kind, category: o.category, validFrom: o.validFrom })),
    };
  }

  private async requireCoordinator(kaaUnitId: string, userId: string): Promise<void> {
    if ((await this.identity.activeMembers(kaaUnitId, [userId], Role.COORDINATOR)).length === 0) {
      throw new DomainError(
        ErrorCode.YOUNG_PERSON_COORDINATOR_INVALID,
        'The coordinator must be an active coordinator of the KAA unit',
        { field: 'coordinatorId' },
      );
    }
  }

  private changed(municipalityId: string, youngPersonId: string): Promise<void> {
    return this.pubsub.publish({ topic: YOUNG_PERSON_CHANGED, municipalityId, id: youngPersonId });
  }
}
