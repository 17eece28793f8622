import { svAlerts } from './sv-alerts';

// The Swedish strings of leadership's later reports (issue 18: signals from schools and gap
// alerts). The alert rules' names are the alerts catalog's. Spread into sv.ts (`reports.kinds`, `reports.dimensions`, `reports.values`), kept apart
// so parallel work does not meet in sv.ts.
export const svReportKinds = {
  SIGNALS: 'Signaler från skolor och hur snabbt de hanterades',
  ALERTS: 'Larm per regel: öppnade, eskalerade och lösta',
};

export const svReportDimensions = {
  SIGNAL_KIND: 'Typ av signal',
  SIGNAL_HANDLING: 'Hanterad',
  ALERT_RULE: 'Larmregel',
  ALERT_STEP: 'Längst under perioden',
};

export const svReportValues = {
  signalKind: {
    UNEXCUSED_ABSENCE: 'Betydande ogiltig frånvaro',
    ABSENCE_INVESTIGATION_STARTED: 'Frånvaroutredning påbörjad',
    STARTED_UPPER_SECONDARY: 'Började gymnasiet',
    LEFT_UPPER_SECONDARY: 'Slutade gymnasiet',
    ABSENCE_PERIOD: 'Frånvaro per period',
  },
  signalHandling: {
    DAYS_0_2: 'Inom 0–2 dagar',
    DAYS_3_7: 'Inom 3–7 dagar',
    DAYS_8_30: 'Inom 8–30 dagar',
    DAYS_OVER_30: 'Efter mer än 30 dagar',
    NOT_HANDLED: 'Inte hanterad',
  },
  alertRule: svAlerts.rule,
  alertStep: { OPENED: 'Öppnat', ESCALATED: 'Eskalerat', RESOLVED: 'Löst' },
};
