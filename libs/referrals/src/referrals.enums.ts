export { InformationCategory } from '@app/core/authz';

// The legal ground of sharing information about a young person (domain.md §3): the young
// person's consent (naming it), a duty to report (e.g. SoL 14 kap. 1 §), a disclosure necessary
// for the discloser's own work (OSL 10 kap. 2 §), or another named provision.
export enum LegalGround {
  CONSENT = 'CONSENT',
  DUTY_TO_REPORT = 'DUTY_TO_REPORT',
  NECESSARY_DISCLOSURE = 'NECESSARY_DISCLOSURE',
  OTHER_PROVISION = 'OTHER_PROVISION',
}

// requested → accepted or declined; accepted → done; requested or accepted → revoked (sender).
export enum ReferralStatus {
  REQUESTED = 'REQUESTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  DONE = 'DONE',
  REVOKED = 'REVOKED',
}

export enum ReferralDirection {
  SENT = 'SENT',
  RECEIVED = 'RECEIVED',
}
