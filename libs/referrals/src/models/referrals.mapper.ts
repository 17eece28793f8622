import type { DisclosureEntity } from '../entities/disclosure.entity';
import type { ReferralEntity } from '../entities/referral.entity';
import type { Disclosure, Referral } from './referrals.models';

export function toReferral(row: ReferralEntity): Referral {
  return {
    id: row.id,
    youngPersonId: row.youngPersonId,
    fromOrganizationId: row.fromOrganizationId,
    sentById: row.sentById,
    toOrganizationId: row.toOrganizationId,
    purpose: row.purpose,
    categories: row.categories,
    otherCategories: row.otherCategories,
    legalGround: row.legalGround,
    consentId: row.consentId,
    provisionReference: row.provisionReference,
    status: row.status,
    sentAt: row.sentAt,
    answeredAt: row.answeredAt,
    answeredById: row.answeredById,
    declineReason: row.declineReason,
    doneAt: row.doneAt,
    revokedAt: row.revokedAt,
    version: row.version,
  };
}

export function toDisclosure(row: DisclosureEntity): Disclosure {
  return {
    id: row.id,
    youngPersonId: row.youngPersonId,
    fromOrganizationId: row.fromOrganizationId,
    disclosedById: row.disclosedById,
    recipientOrganizationId: row.recipientOrganizationId,
    recipientDescription: row.recipientDescription,
    categories: row.categories,
    otherCategories: row.otherCategories,
    legalGround: row.legalGround,
    consentId: row.consentId,
    provisionReference: row.provisionReference,
    referralId: row.referralId,
    disclosedAt: row.disclosedAt,
  };
}
