import { registerEnumType } from '@nestjs/graphql';

// The gap rules (DESIGN.md §6, issue 17) and the statutory timers. Stored as text, so a later
// rule is one more value, not a type change.
export enum AlertRule {
  NO_COORDINATOR = 'NO_COORDINATOR',
  NO_CONTACT = 'NO_CONTACT',
  NEVER_REACHED = 'NEVER_REACHED',
  NO_ACTIVITY = 'NO_ACTIVITY',
  PLAN_ACTION_OVERDUE = 'PLAN_ACTION_OVERDUE',
  FOLLOW_UP_OVERDUE = 'FOLLOW_UP_OVERDUE',
  REFERRAL_UNANSWERED = 'REFERRAL_UNANSWERED',
  CONSENT_EXPIRING = 'CONSENT_EXPIRING',
  STATUS_UNKNOWN = 'STATUS_UNKNOWN',
  TURNING_20_NO_HAND_OVER = 'TURNING_20_NO_HAND_OVER',
  FIRST_CONTACT_DUE = 'FIRST_CONTACT_DUE',
  OFFER_DUE = 'OFFER_DUE',
  // A school's signal not handled by the KAA unit (libs/signals).
  SIGNAL_NOT_HANDLED = 'SIGNAL_NOT_HANDLED',
  // An entry of the target-group matching's "to check" queue left undecided (libs/target-group).
  TO_CHECK_LEFT = 'TO_CHECK_LEFT',
}
registerEnumType(AlertRule, { name: 'AlertRule', description: 'The rule that found the gap.' });

// Where an alert is in its life cycle, as the reader sees it today.
export enum AlertState {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  SNOOZED = 'SNOOZED',
  RESOLVED = 'RESOLVED',
}
registerEnumType(AlertState, { name: 'AlertState' });

// How an alert was resolved: the condition ended (the missing thing was done), or a person
// closed it with a reason while the condition still held.
export enum AlertResolution {
  CONDITION_ENDED = 'CONDITION_ENDED',
  BY_HAND = 'BY_HAND',
}
registerEnumType(AlertResolution, { name: 'AlertResolution' });

// Which alerts a list shows: the caller's own (they own it or it was escalated to them), or
// every alert the caller may read (a team lead: the unit's).
export enum AlertScope {
  MINE = 'MINE',
  ESCALATED_TO_ME = 'ESCALATED_TO_ME',
  ALL = 'ALL',
}
registerEnumType(AlertScope, { name: 'AlertScope' });
