import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';

import { Clock } from '@app/core/clock';
import { actorOf, AuditService, type AuditActor } from '@app/core/audit';
import { InformationCategory, type AppAbility } from '@app/core/authz';
import { AppConfig } from '@app/core/config';
import { isUniqueViolation } from '@app/core/database';
import { DomainError, ErrorCode, forbidden, notFound } from '@app/core/errors';
import type { Caller } from '@app/core/graphql';
import { OrganizationKind, OrganizationsRepository } from '@app/organizations';
import { YoungPeopleRepository, YoungPeopleService, type YoungPersonEntity } from '@app/young-people';

import { ConsentForm, ConsentGiver } from './consents.enums';
import { ConsentsRepository } from './consents.repository';
import type {
  ConsentTermsInput,
  RecordConsentInput,
  DefineInformationCategoryInput,
  RecordConsentRefusalInput,
  ReviseConsentInput,
  WithdrawConsentInput,
} from './dto/consents.inputs';
import type { ConsentRefusalEntity } from './entities/consent-refusal.entity';
import type { InformationCategoryDefinitionEntity } from './entities/information-category-definition.entity';
import type { ConsentEntity } from './entities/consent.entity';

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function refuse(code: ErrorCode, message: string, field: string): DomainError {
  return new DomainError(code, message, { field });
}

// Consent as the law treats it (domain.md §3.2): specific (which information, to whom, for
// what, for how long), given by the young person or a guardian with the young person's
// maturity assessed, written (with the document's reference) or oral (documented by who
// recorded it and when), and withdrawable. Nothing is overwritten: a change is a new version.
@Injectable()
export class ConsentsService {
  constructor(
    private readonly repository: ConsentsRepository,
    private readonly people: YoungPeopleRepository,
    private readonly youngPeople: YoungPeopleService,
    private readonly organizations: OrganizationsRepository,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async get(ability: AppAbility, id: string): Promise<ConsentEntity> {
    const consent = await this.repository.findOne(ability, id);
    if (!consent) throw notFound('Consent');
    return consent;
  }

  async record(caller: Caller, input: RecordConsentInput): Promise<ConsentEntity> {
    const person = await this.changeable(caller.ability, input.youngPersonId);
    const consent = await this.insert(caller, person, input, null);
    await this.audit.record(actorOf(caller.principal), {
      action: 'consent.record',
      subjectType: 'Consent',
      subjectId: consent.id,
      summary: this.summary(consent),
    });
    await this.youngPeople.notifyChanged(caller.principal, person.id);
    return consent;
  }

  // A new version replaces the one in force; the old one stays as it was, marked replaced.
  async revise(caller: Caller, input: ReviseConsentInput): Promise<ConsentEntity> {
    const previous = await this.get(caller.ability, input.consentId);
    const person = await this.changeable(caller.ability, previous.youngPersonId);
    const consent = await this.insert(caller, person, input, previous.id);
    if (!(await this.repository.end(caller.principal.municipalityId, previous.id, { replacedById: consent.id }))) {
      throw ended();
    }
    await this.repository.revokeGrants(previous.id, this.clock.now());
    await this.audit.record(actorOf(caller.principal), {
      action: 'consent.revise',
      subjectType: 'Consent',
      subjectId: consent.id,
      summary: { ...this.summary(consent), replacesId: previous.id },
    });
    await this.youngPeople.notifyChanged(caller.principal, person.id);
    return consent;
  }

  // Takes effect at once: the grants are revoked in the same transaction.
  async withdraw(caller: Caller, input: WithdrawConsentInput): Promise<ConsentEntity> {
    const consent = await this.get(caller.ability, input.consentId);
    await this.changeable(caller.ability, consent.youngPersonId);
    await this.end(actorOf(caller.principal), consent, caller.principal.userId, {});
    return this.get(caller.ability, consent.id);
  }

  // The young person, or a guardian of a young person under 18, withdraws a consent in the own
  // view (issue 19): one step, with the same effect as a withdrawal staff record (the grants end
  // in this transaction, audited, subscribers told), so access ends at the next request. The
  // caller has checked that the consent is of a record this person may see.
  async withdrawBySubject(
    actor: AuditActor,
    consent: Pick<ConsentEntity, 'id' | 'youngPersonId' | 'recipientOrganizationId'>,
    by: { actor: string; actorId: string },
  ): Promise<void> {
    await this.end(actor, consent, null, { withdrawnBy: by.actor, withdrawnByActorId: by.actorId });
  }

  private async end(
    actor: AuditActor,
    consent: Pick<ConsentEntity, 'id' | 'youngPersonId' | 'recipientOrganizationId'>,
    withdrawnById: string | null,
    extra: Record<string, string>,
  ): Promise<void> {
    const withdrawnAt = this.clock.now();
    const ok = await this.repository.end(actor.municipalityId, consent.id, { withdrawnAt, withdrawnById });
    if (!ok) throw ended();
    await this.repository.revokeGrants(consent.id, withdrawnAt);
    await this.audit.record(actor, {
      action: 'consent.withdraw',
      subjectType: 'Consent',
      subjectId: consent.id,
      summary: {
        youngPersonId: consent.youngPersonId,
        recipientOrganizationId: consent.recipientOrganizationId,
        ...extra,
      },
    });
    await this.youngPeople.notifyChanged(actor, consent.youngPersonId);
  }

  // The young person withholds categories from one organisation: a deny rule from the next
  // request on, whatever consent exists, and the organisation's grants of them end now.
  async recordRefusal(caller: Caller, input: RecordConsentRefusalInput): Promise<ConsentRefusalEntity[]> {
    const person = await this.changeable(caller.ability, input.youngPersonId);
    await this.checkRecipient(caller.ability, person, input.organizationId);
    const already = new Set(await this.repository.refusedCategories(person.id, input.organizationId));
    const categories = [...new Set(input.categories)].filter((c) => !already.has(c)).sort();
    if (categories.length === 0) {
      // A repeated request changes nothing, and says so in the trail.
      await this.audit.record(actorOf(caller.principal), {
        action: 'consent_refusal.record',
        subjectType: 'YoungPerson',
        subjectId: person.id,
        summary: { organizationId: input.organizationId, categories: [], unchanged: true },
      });
      return [];
    }
    const recordedAt = this.clock.now();
    const refusals = await this.repository.insertRefusals(
      categories.map((category) => ({
        municipalityId: caller.principal.municipalityId,
        youngPersonId: person.id,
        organizationId: input.organizationId,
        category,
        recordedById: caller.principal.userId,
        recordedAt,
        liftedAt: null,
        liftedById: null,
      })),
    );
    await this.repository.revokeGrantsOf(person.id, input.organizationId, categories, recordedAt);
    await this.audit.record(actorOf(caller.principal), {
      action: 'consent_refusal.record',
      subjectType: 'YoungPerson',
      subjectId: person.id,
      summary: { organizationId: input.organizationId, categories, refusalIds: refusals.map((r) => r.id) },
    });
    await this.youngPeople.notifyChanged(caller.principal, person.id);
    return refusals;
  }

  async liftRefusal(caller: Caller, id: string): Promise<ConsentRefusalEntity> {
    const refusal = await this.repository.findRefusal(caller.ability, id);
    if (!refusal) throw notFound('ConsentRefusal');
    await this.changeable(caller.ability, refusal.youngPersonId);
    const liftedAt = this.clock.now();
    if (!(await this.repository.liftRefusal(id, caller.principal.userId, liftedAt))) {
      throw new DomainError(ErrorCode.CONSENT_REFUSAL_LIFTED, 'The refusal has already been lifted');
    }
    await this.audit.record(actorOf(caller.principal), {
      action: 'consent_refusal.lift',
      subjectType: 'YoungPerson',
      subjectId: refusal.youngPersonId,
      summary: { refusalId: id, organizationId: refusal.organizationId, category: refusal.category },
    });
    await this.youngPeople.notifyChanged(caller.principal, refusal.youngPersonId);
    return { ...refusal, liftedAt, liftedById: caller.principal.userId };
  }

  // The municipality's own categories named by a consent, referral or disclosure: each must be
  // one of its active ones. Returns them sorted and without repeats.
  async checkOtherCategories(municipalityId: string, codes: readonly string[] | undefined): Promise<string[]> {
    const unique = [...new Set(codes ?? [])].sort();
    const unknown = await this.repository.unknownCategoryCodes(municipalityId, unique);
    if (unknown.length > 0) {
      throw new DomainError(ErrorCode.CONSENT_CATEGORY_UNKNOWN, 'Not a category of the municipality', {
        field: 'otherCategories',
        categories: unknown,
      });
    }
    return unique;
  }

  categoryDefinitions(ability: AppAbility, includeRetired: boolean): Promise<InformationCategoryDefinitionEntity[]> {
    return this.repository.categoryDefinitions(ability, includeRetired);
  }

  async defineCategory(
    { principal, ability }: Caller,
    input: DefineInformationCategoryInput,
  ): Promise<InformationCategoryDefinitionEntity> {
    if (!ability.can('create', subject('InformationCategory', { municipalityId: principal.municipalityId }))) {
      throw forbidden();
    }
    if ((Object.values(InformationCategory) as string[]).includes(input.code)) {
      throw new DomainError(ErrorCode.CONSENT_CATEGORY_CODE_TAKEN, 'A built-in category has this code', {
        field: 'code',
      });
    }
    const taken = (): DomainError =>
      new DomainError(ErrorCode.CONSENT_CATEGORY_CODE_TAKEN, 'The municipality already has this code', {
        field: 'code',
      });
    if (await this.repository.categoryCodeTaken(principal.municipalityId, input.code)) throw taken();
    // The unique index decides between two admins defining the same code at once.
    const created = await this.repository
      .insertCategoryDefinition({ municipalityId: principal.municipalityId, code: input.code, name: input.name.trim() })
      .catch((error: unknown) => {
        throw isUniqueViolation(error, 'uq_information_category_definition_code') ? taken() : error;
      });
    await this.audit.record(actorOf(principal), {
      action: 'information_category.define',
      subjectType: 'InformationCategory',
      subjectId: created.id,
      summary: { code: created.code },
    });
    return created;
  }

  async retireCategory({ principal, ability }: Caller, code: string): Promise<InformationCategoryDefinitionEntity> {
    const retired = await this.repository.retireCategoryDefinition(ability, code, this.clock.now());
    if (!retired) throw notFound('InformationCategory');
    await this.audit.record(actorOf(principal), {
      action: 'information_category.retire',
      subjectType: 'InformationCategory',
      subjectId: retired.id,
      summary: { code },
    });
    return retired;
  }

  private async changeable(ability: AppAbility, youngPersonId: string): Promise<YoungPersonEntity> {
    const person = await this.people.findOne(ability, youngPersonId, 'update');
    if (!person) throw notFound('YoungPerson');
    return person;
  }

  private async insert(
    { principal, ability }: Caller,
    person: YoungPersonEntity,
    terms: ConsentTermsInput,
    replacesId: string | null,
  ): Promise<ConsentEntity> {
    await this.checkRecipient(ability, person, terms.recipientOrganizationId);
    const guardian = terms.givenBy !== ConsentGiver.YOUNG_PERSON;
    if (guardian && (!terms.maturityAssessment?.trim() || !terms.guardianName?.trim())) {
      throw refuse(
        ErrorCode.CONSENT_MATURITY_ASSESSMENT_REQUIRED,
        'A guardian’s consent needs the guardian’s name and the young person’s maturity assessment',
        'maturityAssessment',
      );
    }
    if (terms.form === ConsentForm.WRITTEN && !terms.documentReference?.trim()) {
      throw refuse(
        ErrorCode.CONSENT_DOCUMENT_REFERENCE_REQUIRED,
        'A written consent needs a reference to the signed document',
        'documentReference',
      );
    }
    // A withheld category cannot be consented to while the refusal stands: lift it first.
    const refused = await this.repository.refusedCategories(person.id, terms.recipientOrganizationId);
    const conflicting = terms.categories.filter((category) => refused.includes(category));
    if (conflicting.length > 0) {
      throw new DomainError(
        ErrorCode.CONSENT_CATEGORY_REFUSED,
        'The young person withholds some of these categories from the organisation; lift the refusal first',
        { field: 'categories', categories: [...new Set(conflicting)].sort() },
      );
    }
    const otherCategories = await this.checkOtherCategories(principal.municipalityId, terms.otherCategories);
    const validFrom = terms.validFrom ?? principal.today;
    // The municipality's own period when its admin has set one, else the service default.
    const days =
      terms.validTo === undefined
        ? ((await this.organizations.consentDefaultValidDays(principal.municipalityId)) ??
          this.config.env.CONSENT_DEFAULT_VALID_DAYS)
        : 0;
    const validTo = terms.validTo ?? addDays(validFrom, days - 1);
    if (validTo < validFrom || validTo < principal.today) {
      throw refuse(ErrorCode.CONSENT_DATE_INVALID, 'The consent must end on or after its start and today', 'validTo');
    }
    const consent = await this.repository.insert({
      municipalityId: principal.municipalityId,
      youngPersonId: person.id,
      recipientOrganizationId: terms.recipientOrganizationId,
      categories: [...new Set(terms.categories)].sort(),
      otherCategories,
      purpose: terms.purpose.trim(),
      givenBy: terms.givenBy,
      guardianName: guardian ? (terms.guardianName?.trim() ?? null) : null,
      maturityAssessment: guardian ? (terms.maturityAssessment?.trim() ?? null) : null,
      form: terms.form,
      documentReference: terms.form === ConsentForm.WRITTEN ? (terms.documentReference?.trim() ?? null) : null,
      documentedById: principal.userId,
      documentedAt: this.clock.now(),
      validFrom,
      validTo,
      withdrawnAt: null,
      withdrawnById: null,
      replacesId,
      replacedById: null,
    });
    await this.repository.insertGrants(consent);
    return consent;
  }

  // A consent lifts secrecy towards another organisation of the municipality: never towards
  // the unit that already holds the case, and never towards management, which reads numbers only.
  private async checkRecipient(ability: AppAbility, person: YoungPersonEntity, organizationId: string): Promise<void> {
    const [organization] = await this.organizations.findMany(ability, [organizationId]);
    if (!organization || organization.id === person.kaaUnitId || organization.kind === OrganizationKind.MANAGEMENT) {
      throw refuse(
        ErrorCode.CONSENT_RECIPIENT_INVALID,
        'The recipient must be another organisation of the municipality that works with young people',
        'recipientOrganizationId',
      );
    }
  }

  private summary(consent: ConsentEntity): Record<string, string | string[]> {
    return {
      youngPersonId: consent.youngPersonId,
      recipientOrganizationId: consent.recipientOrganizationId,
      categories: consent.categories,
      givenBy: consent.givenBy,
      form: consent.form,
      validFrom: consent.validFrom,
      validTo: consent.validTo,
    };
  }
}

function ended(): DomainError {
  return new DomainError(ErrorCode.CONSENT_ENDED, 'The consent is no longer in force (withdrawn or replaced)');
}
