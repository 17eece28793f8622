import type { Role } from '../gql/graphql';
import { INTEGRATIONS_NAVIGATION } from '../integrations/routes';
import { OUTBOX_NAVIGATION } from '../notifications/routes';
import { alertsNavigation } from '../alerts/routes';
import { earlyWarningNavigation } from '../early-warning/routes';
import { scbNavigation } from '../scb/routes';
import { signalsNavigation } from '../signals/routes';
import { REGISTER_IMPORT_NAVIGATION } from '../register-import/routes';
import { legalHoldNavigation, RETENTION_NAVIGATION } from '../retention/routes';
import { STAND_IN_NAVIGATION } from '../stand-in/routes';
import { TARGET_GROUP_NAVIGATION } from '../target-group/routes';
import { SECURITY_EVENTS_PATH } from '../review/routes';

export interface NavItem {
  to: string;
  labelKey:
    | 'nav.start'
    | 'nav.teamCaseloads'
    | 'nav.teamYoungPeople'
    | 'nav.caseload'
    | 'nav.register'
    | 'nav.search'
    | 'nav.shared'
    | 'nav.referrals'
    | 'nav.emergencyAccesses'
    | 'nav.review'
    | 'nav.administration'
    | 'nav.reports'
    | 'scb.nav.file'
    | 'scb.nav.quality'
    | 'targetGroup.nav'
    | 'signals.nav'
    | 'standIn.nav'
    | 'integrations.nav'
    | 'retention.nav'
    | 'retention.holds.nav'
    | 'registerImport.nav'
    | 'nav.accessLog'
    | 'nav.accessSample'
    | 'nav.closedReviews'
    | 'securityEvents.nav'
    | 'nav.adminUsers'
    | 'nav.adminCatalogues'
    | 'nav.adminSettings'
    | 'notifications.outbox.nav'
    | 'alerts.nav'
    | 'alerts.settingsNav'
    | 'earlyWarning.nav'
    | 'earlyWarning.mentors.nav'
    | 'earlyWarning.absence.nav'
    | 'earlyWarning.settingsNav';
}

// What each role's menu offers; the api decides what each screen may show. `may` carries what
// the api says the viewer may do beyond their role (Viewer.mayManageLegalHolds).
export function navigationFor(role: Role, may: { legalHolds: boolean } = { legalHolds: false }): NavItem[] {
  switch (role) {
    case 'TEAM_LEAD':
      return [
        { to: '/', labelKey: 'nav.teamCaseloads' },
        { to: '/ungdomar', labelKey: 'nav.teamYoungPeople' },
        { to: '/sok', labelKey: 'nav.search' },
        { to: '/ungdomar/registrera', labelKey: 'nav.register' },
        { to: '/rapporter', labelKey: 'nav.reports' },
        ...alertsNavigation(role),
        ...scbNavigation(role),
        ...TARGET_GROUP_NAVIGATION,
        ...signalsNavigation(role),
        ...STAND_IN_NAVIGATION,
        ...REGISTER_IMPORT_NAVIGATION,
        ...legalHoldNavigation(may.legalHolds),
      ];
    case 'COORDINATOR':
      return [
        { to: '/', labelKey: 'nav.start' },
        { to: '/ungdomar', labelKey: 'nav.caseload' },
        { to: '/sok', labelKey: 'nav.search' },
        { to: '/ungdomar/registrera', labelKey: 'nav.register' },
        ...scbNavigation(role),
        ...TARGET_GROUP_NAVIGATION,
        ...signalsNavigation(role),
      ];
    case 'PARTNER_CASEWORKER':
    case 'SCHOOL_STAFF':
      return [
        { to: '/', labelKey: 'nav.shared' },
        { to: '/remisser', labelKey: 'nav.referrals' },
        ...(role === 'PARTNER_CASEWORKER' ? [{ to: '/nodatkomster', labelKey: 'nav.emergencyAccesses' } as const] : []),
        ...signalsNavigation(role),
        ...earlyWarningNavigation(role),
      ];
    case 'LOG_REVIEWER':
      return [
        { to: '/', labelKey: 'nav.review' },
        { to: '/logg', labelKey: 'nav.accessLog' },
        { to: '/stickprov', labelKey: 'nav.accessSample' },
        { to: '/granskade', labelKey: 'nav.closedReviews' },
        { to: SECURITY_EVENTS_PATH, labelKey: 'securityEvents.nav' },
      ];
    case 'ADMIN':
      return [
        { to: '/', labelKey: 'nav.administration' },
        { to: '/anvandare', labelKey: 'nav.adminUsers' },
        { to: '/katalog', labelKey: 'nav.adminCatalogues' },
        { to: '/installningar', labelKey: 'nav.adminSettings' },
        ...INTEGRATIONS_NAVIGATION,
        ...OUTBOX_NAVIGATION,
        ...alertsNavigation(role),
        ...earlyWarningNavigation(role),
        ...RETENTION_NAVIGATION,
        ...legalHoldNavigation(may.legalHolds),
      ];
    case 'LEADERSHIP':
      return [{ to: '/', labelKey: 'nav.reports' }];
  }
}
