import { consentStatus } from '../consent-status';
import type { ConsentEntity } from '../entities/consent.entity';
import type { ConsentRefusalEntity } from '../entities/consent-refusal.entity';
import type { InformationCategoryDefinitionEntity } from '../entities/information-category-definition.entity';
import { Consent, ConsentRefusal, InformationCategoryDefinition } from './consent.models';

// `today`: the reader's day (Principal.today), on which the status is judged.
export function toConsent(entity: ConsentEntity, today: string): Consent {
  return {
    id: entity.id,
    youngPersonId: entity.youngPersonId,
    recipientOrganizationId: entity.recipientOrganizationId,
    categories: entity.categories,
    otherCategories: entity.otherCategories,
    purpose: entity.purpose,
    givenBy: entity.givenBy,
    guardianName: entity.guardianName,
    maturityAssessment: entity.maturityAssessment,
    form: entity.form,
    documentReference: entity.documentReference,
    documentedById: entity.documentedById,
    documentedAt: entity.documentedAt,
    validFrom: entity.validFrom,
    validTo: entity.validTo,
    withdrawnAt: entity.withdrawnAt,
    withdrawnById: entity.withdrawnById,
    replacesId: entity.replacesId,
    replacedById: entity.replacedById,
    status: consentStatus(entity, today),
  };
}

export function toConsentRefusal(entity: ConsentRefusalEntity): ConsentRefusal {
  return {
    id: entity.id,
    youngPersonId: entity.youngPersonId,
    organizationId: entity.organizationId,
    category: entity.category,
    recordedById: entity.recordedById,
    recordedAt: entity.recordedAt,
    liftedAt: entity.liftedAt,
    liftedById: entity.liftedById,
    active: entity.liftedAt === null,
  };
}

export function toCategoryDefinition(entity: InformationCategoryDefinitionEntity): InformationCategoryDefinition {
  return { id: entity.id, code: entity.code, name: entity.name, retiredAt: entity.retiredAt };
}
