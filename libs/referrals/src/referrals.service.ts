import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';

import { Clock } from '@app/core/clock';
import { consentStatus, ConsentStatus, ConsentsRepository, ConsentsService } from '@app/consents';
import { actorOf, AuditService } from '@app/core/audit';
import { Role, type AppAbility } from '@app/core/authz';
import { conflict, DomainError, ErrorCode, forbidden, notFound } from '@app/core/errors';
import type { Caller, Page } from '@app/core/graphql';
import { OrganizationKind, OrganizationsRepository } from '@app/organizations';
import { YoungPeopleRepository, YoungPeopleService, type YoungPersonEntity } from '@app/young-people';

import type {
  DeclineReferralInput,
  RecordDisclosureInput,
  SendReferralInput,
  SharingInput,
} from './dto/referrals.inputs';
import type { DisclosureEntity } from './entities/disclosure.entity';
import type { ReferralEntity } from './entities/referral.entity';
import { LegalGround, ReferralDirection, ReferralStatus } from './referrals.enums';
import { ReferralsRepository } from './referrals.repository';

function groundInvalid(message: string, field: string, reason: string): DomainError {
  return new DomainError(ErrorCode.DISCLOSURE_GROUND_INVALID, message, { field, reason });
}

// Which side of a referral answers which step (the recipient answers and completes it, the
// sender revokes it), and from where.
const STEPS = {
  accept: { from: [ReferralStatus.REQUESTED], to: ReferralStatus.ACCEPTED, side: 'recipient' },
  decline: { from: [ReferralStatus.REQUESTED], to: ReferralStatus.DECLINED, side: 'recipient' },
  complete: { from: [ReferralStatus.ACCEPTED], to: ReferralStatus.DONE, side: 'recipient' },
  revoke: { from: [ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED], to: ReferralStatus.REVOKED, side: 'sender' },
} as const;
type Step = keyof typeof STEPS;

// Sharing a young person's information (issue 5, domain.md §3): every sharing is a disclosure
// with its legal ground, checked when it happens; a referral carries its ground, which is checked
// again at every answer, so a referral whose consent has ended cannot be taken further.
@Injectable()
export class ReferralsService {
  constructor(
    private readonly repository: ReferralsRepository,
    private readonly consents: ConsentsRepository,
    private readonly consentsService: ConsentsService,
    private readonly people: YoungPeopleRepository,
    private readonly youngPeople: YoungPeopleService,
    private readonly organizations: OrganizationsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // --- Referrals ---

  async send(caller: Caller, input: SendReferralInput): Promise<ReferralEntity> {
    const { principal, ability } = caller;
    const person = await this.person(ability, input.youngPersonId);
    if (!ability.can('create', subject('Referral', { municipalityId: person.municipalityId, youngPerson: person }))) {
      throw forbidden();
    }
    await this.checkRecipient(ability, person, input.toOrganizationId);
    const categories = [...new Set(input.categories)].sort();
    const otherCategories = await this.consentsService.checkOtherCategories(
      principal.municipalityId,
      input.otherCategories,
    );
    await this.checkGround(person, input.toOrganizationId, principal.today, {
      ...input,
      categories,
      otherCategories,
    });
    const sentAt = this.clock.now();
    const referral = await this.repository.insertReferral({
      municipalityId: principal.municipalityId,
      youngPersonId: person.id,
      fromOrganizationId: principal.organizationId,
      sentById: principal.userId,
      toOrganizationId: input.toOrganizationId,
      purpose: input.purpose.trim(),
      categories,
      otherCategories,
      legalGround: input.legalGround,
      consentId: input.legalGround === LegalGround.CONSENT ? (input.consentId ?? null) : null,
      provisionReference: input.provisionReference?.trim() ?? null,
      status: ReferralStatus.REQUESTED,
      sentAt,
      answeredAt: null,
      answeredById: null,
      declineReason: null,
      doneAt: null,
      revokedAt: null,
      revokedById: null,
    });
    const disclosure = await this.disclose(caller, person, {
      recipientOrganizationId: referral.toOrganizationId,
      recipientDescription: null,
      categories,
      otherCategories,
      legalGround: referral.legalGround,
      consentId: referral.consentId,
      provisionReference: referral.provisionReference,
      referralId: referral.id,
      disclosedAt: sentAt,
    });
    await this.audit.record(actorOf(principal), {
      action: 'referral.send',
      subjectType: 'Referral',
      subjectId: referral.id,
      summary: {
        youngPersonId: person.id,
        toOrganizationId: referral.toOrganizationId,
        categories,
        legalGround: referral.legalGround,
        consentId: referral.consentId,
        disclosureId: disclosure.id,
      },
    });
    await this.youngPeople.notifyChanged(principal, person.id);
    return referral;
  }

  async get(ability: AppAbility, id: string): Promise<ReferralEntity> {
    const referral = await this.repository.findReferral(ability, id);
    if (!referral) throw notFound('Referral');
    return referral;
  }

  list(
    caller: Caller,
    args: { direction: ReferralDirection; status?: ReferralStatus; first?: number; after?: string },
  ): Promise<Page<ReferralEntity>> {
    const organizationId = caller.principal.organizationId;
    const side =
      args.direction === ReferralDirection.SENT
        ? { fromOrganizationId: organizationId }
        : { toOrganizationId: organizationId };
    return this.repository.referralPage(caller.ability, { ...side, status: args.status }, args);
  }

  accept(caller: Caller, id: string): Promise<ReferralEntity> {
    return this.step(caller, id, 'accept', {});
  }

  decline(caller: Caller, input: DeclineReferralInput): Promise<ReferralEntity> {
    return this.step(caller, input.id, 'decline', { declineReason: input.reason.trim() });
  }

  complete(caller: Caller, id: string): Promise<ReferralEntity> {
    return this.step(caller, id, 'complete', {});
  }

  revoke(caller: Caller, id: string): Promise<ReferralEntity> {
    return this.step(caller, id, 'revoke', {});
  }

  private async step(
    { principal, ability }: Caller,
    id: string,
    step: Step,
    values: Partial<ReferralEntity>,
  ): Promise<ReferralEntity> {
    const referral = await this.repository.findReferral(ability, id, 'update');
    if (!referral) throw notFound('Referral');
    const rule = STEPS[step];
    const recipient = principal.organizationId === referral.toOrganizationId;
    const sender =
      principal.userId === referral.sentById ||
      (principal.role === Role.TEAM_LEAD && principal.organizationId === referral.fromOrganizationId);
    if ((rule.side === 'recipient' && !recipient) || (rule.side === 'sender' && !sender)) throw forbidden();
    if (!(rule.from as readonly ReferralStatus[]).includes(referral.status)) {
      throw new DomainError(
        ErrorCode.REFERRAL_INVALID_TRANSITION,
        `A ${referral.status} referral cannot be ${step}ed`,
        {
          from: referral.status,
          to: rule.to,
        },
      );
    }
    // The ground is checked again at every answer: a withdrawn or expired consent (or a new
    // refusal) stops the referral where it is; only revoking it is always possible.
    if (step !== 'revoke') await this.recheckGround(referral, principal.today);
    const now = this.clock.now();
    const changes: Partial<ReferralEntity> = { ...values, status: rule.to };
    if (step === 'accept' || step === 'decline')
      Object.assign(changes, { answeredAt: now, answeredById: principal.userId });
    if (step === 'complete') changes.doneAt = now;
    if (step === 'revoke') Object.assign(changes, { revokedAt: now, revokedById: principal.userId });
    if (!(await this.repository.transition(referral.id, rule.from, changes))) throw conflict('Referral');
    await this.audit.record(actorOf(principal), {
      action: `referral.${step}`,
      subjectType: 'Referral',
      subjectId: referral.id,
      summary: { youngPersonId: referral.youngPersonId, from: referral.status, to: rule.to },
    });
    // The sender's page and caseload show the answer live (a partner's answer included; the
    // event is re-read under each subscriber's own access).
    await this.youngPeople.notifyChanged(principal, referral.youngPersonId);
    const updated = await this.repository.reload(referral.id);
    if (!updated) throw notFound('Referral');
    return updated;
  }

  private async recheckGround(referral: ReferralEntity, today: string): Promise<void> {
    if (referral.legalGround !== LegalGround.CONSENT || !referral.consentId) return;
    const consent = await this.consents.inForce(referral.municipalityId, referral.consentId);
    const refused = await this.consents.refusedCategories(referral.youngPersonId, referral.toOrganizationId);
    const covered =
      consent !== null &&
      consentStatus(consent, today) === ConsentStatus.ACTIVE &&
      referral.categories.every((c) => consent.categories.includes(c) && !refused.includes(c)) &&
      referral.otherCategories.every((c) => consent.otherCategories.includes(c));
    if (!covered) {
      throw new DomainError(
        ErrorCode.REFERRAL_GROUND_ENDED,
        'The consent the referral rests on no longer covers it (withdrawn, expired or refused)',
        { consentId: referral.consentId },
      );
    }
  }

  // --- Disclosures ---

  async recordDisclosure(caller: Caller, input: RecordDisclosureInput): Promise<DisclosureEntity> {
    const { ability } = caller;
    const person = await this.person(ability, input.youngPersonId);
    if (!ability.can('create', subject('Disclosure', { municipalityId: person.municipalityId, youngPerson: person }))) {
      throw forbidden();
    }
    const recipientOrganizationId = input.recipientOrganizationId ?? null;
    const recipientDescription = input.recipientDescription?.trim() ?? null;
    if (!recipientOrganizationId === !recipientDescription) {
      throw new DomainError(
        ErrorCode.DISCLOSURE_RECIPIENT_INVALID,
        'Name either an organisation in Brygga or a recipient outside it',
        { field: 'recipientOrganizationId' },
      );
    }
    if (recipientOrganizationId) await this.checkRecipient(ability, person, recipientOrganizationId);
    else if (input.legalGround === LegalGround.CONSENT) {
      throw groundInvalid('A consent names an organisation in Brygga', 'legalGround', 'CONSENT_NEEDS_ORGANIZATION');
    }
    const categories = [...new Set(input.categories)].sort();
    const otherCategories = await this.consentsService.checkOtherCategories(
      caller.principal.municipalityId,
      input.otherCategories,
    );
    await this.checkGround(person, recipientOrganizationId, caller.principal.today, {
      ...input,
      categories,
      otherCategories,
    });
    const disclosure = await this.disclose(caller, person, {
      recipientOrganizationId,
      recipientDescription,
      categories,
      otherCategories,
      legalGround: input.legalGround,
      consentId: input.legalGround === LegalGround.CONSENT ? (input.consentId ?? null) : null,
      provisionReference: input.provisionReference?.trim() ?? null,
      referralId: null,
      disclosedAt: this.clock.now(),
    });
    await this.audit.record(actorOf(caller.principal), {
      action: 'disclosure.record',
      subjectType: 'Disclosure',
      subjectId: disclosure.id,
      summary: {
        youngPersonId: person.id,
        recipientOrganizationId,
        categories,
        legalGround: disclosure.legalGround,
        consentId: disclosure.consentId,
      },
    });
    await this.youngPeople.notifyChanged(caller.principal, person.id);
    return disclosure;
  }

  private disclose(
    { principal }: Caller,
    person: YoungPersonEntity,
    values: Omit<
      DisclosureEntity,
      'id' | 'createdAt' | 'municipalityId' | 'youngPersonId' | 'fromOrganizationId' | 'disclosedById'
    >,
  ): Promise<DisclosureEntity> {
    return this.repository.insertDisclosure({
      ...values,
      municipalityId: principal.municipalityId,
      youngPersonId: person.id,
      fromOrganizationId: principal.organizationId,
      disclosedById: principal.userId,
    });
  }

  // The ground must hold now: a consent in force today that names the recipient and every
  // category (none of them withheld), or a named provision where the ground needs one.
  private async checkGround(
    person: YoungPersonEntity,
    recipientOrganizationId: string | null,
    today: string,
    input: SharingInput,
  ): Promise<void> {
    if (input.legalGround === LegalGround.OTHER_PROVISION && !input.provisionReference?.trim()) {
      throw groundInvalid('Name the provision relied on', 'provisionReference', 'PROVISION_REQUIRED');
    }
    if (input.legalGround !== LegalGround.CONSENT) return;
    if (!input.consentId) throw groundInvalid('Name the consent relied on', 'consentId', 'CONSENT_REQUIRED');
    const consent = await this.consents.inForce(person.municipalityId, input.consentId);
    if (!consent || consent.youngPersonId !== person.id || consentStatus(consent, today) !== ConsentStatus.ACTIVE) {
      throw groundInvalid('The consent is not in force for this young person', 'consentId', 'CONSENT_NOT_IN_FORCE');
    }
    if (consent.recipientOrganizationId !== recipientOrganizationId) {
      throw groundInvalid('The consent does not name this recipient', 'consentId', 'CONSENT_OTHER_RECIPIENT');
    }
    const refused = recipientOrganizationId
      ? await this.consents.refusedCategories(person.id, recipientOrganizationId)
      : [];
    const uncovered = [
      ...input.categories.filter((c) => !consent.categories.includes(c) || refused.includes(c)),
      ...(input.otherCategories ?? []).filter((c) => !consent.otherCategories.includes(c)),
    ];
    if (uncovered.length > 0) {
      throw new DomainError(ErrorCode.DISCLOSURE_GROUND_INVALID, 'The consent does not cover every category', {
        field: 'categories',
        reason: 'CATEGORY_NOT_COVERED',
        categories: uncovered,
      });
    }
  }

  private async person(ability: AppAbility, id: string): Promise<YoungPersonEntity> {
    const person = await this.people.findOne(ability, id, 'update');
    if (!person) throw notFound('YoungPerson');
    return person;
  }

  // A referral or disclosure goes to another organisation of the municipality that works with
  // young people: not the unit holding the case, not management.
  private async checkRecipient(ability: AppAbility, person: YoungPersonEntity, organizationId: string): Promise<void> {
    const [organization] = await this.organizations.findMany(ability, [organizationId]);
    if (!organization || organization.id === person.kaaUnitId || organization.kind === OrganizationKind.MANAGEMENT) {
      throw new DomainError(
        ErrorCode.DISCLOSURE_RECIPIENT_INVALID,
        'The recipient must be another organisation of the municipality that works with young people',
        { field: 'toOrganizationId' },
      );
    }
  }
}
