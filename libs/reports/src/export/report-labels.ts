import { ReportKind } from '../reports.enums';

// The Swedish words an exported report is read in (the web app has its own catalog for the
// screen; an export is a document of its own and must read the same without the app).
export const REPORT_TITLES: Record<ReportKind, string> = {
  [ReportKind.KAA_COHORT]: 'Ungdomar i aktivitetsansvaret per status och sysselsättning',
  [ReportKind.REGISTRATIONS]: 'Registreringar per orsak',
  [ReportKind.ENDS]: 'Avslut per orsak',
  [ReportKind.MEASURES]: 'Insatser per kategori och nivå',
  [ReportKind.MEASURE_OUTCOMES]: 'Avslutade insatser per kategori och sysselsättning efteråt',
  [ReportKind.FLOWS]: 'Flöden mellan status före och efter perioden',
  [ReportKind.PLAN_ACTIONS]: 'Planer med försenade åtgärder per ansvarig organisation',
  [ReportKind.SIGNALS]: 'Signaler från skolor per typ och hur snabbt de hanterades',
  [ReportKind.ALERTS]: 'Larm per regel: öppnade, eskalerade och lösta',
};

export const DIMENSION_LABELS: Record<string, string> = {
  STATUS: 'Status',
  OCCUPATION: 'Sysselsättning',
  REGISTRATION_REASON: 'Orsak till registrering',
  END_REASON: 'Orsak till avslut',
  SEX: 'Kön',
  MEASURE_CATEGORY: 'Insatskategori',
  MEASURE_TIER: 'Nivå',
  OCCUPATION_AFTER: 'Sysselsättning efter insatsen',
  STATUS_BEFORE: 'Status före perioden',
  STATUS_AFTER: 'Status vid periodens slut',
  RESPONSIBLE_KIND: 'Ansvarig organisation',
  PLAN_ACTION_STATE: 'Åtgärderna',
  SIGNAL_KIND: 'Typ av signal',
  SIGNAL_HANDLING: 'Hanterad',
  ALERT_RULE: 'Larmregel',
  ALERT_STEP: 'Längst under perioden',
};

const STATUS: Record<string, string> = {
  NOT_CONTACTED: 'Ej kontaktad',
  CONTACT_ATTEMPTED: 'Kontakt sökt',
  IN_DIALOGUE: 'I dialog',
  IN_MEASURE: 'I insats',
  IN_EDUCATION: 'I utbildning',
  IN_WORK: 'I arbete',
  DECLINED: 'Avböjt',
  UNKNOWN: 'Okänt',
  NOT_REGISTERED: 'Inte registrerad',
  ENDED: 'Avslutad',
};

const OCCUPATION: Record<string, string> = {
  EDUCATION: 'Utbildning',
  WORK: 'Arbete',
  OTHER_ACTIVITY: 'Annan aktivitet',
  NONE: 'Ingen sysselsättning',
  UNKNOWN: 'Okänd',
};

// As the app names the rules (apps/web/src/i18n/sv-alerts.ts).
const ALERT_RULE_LABELS: Record<string, string> = {
  NO_COORDINATOR: 'Ingen ansvarig samordnare',
  NO_CONTACT: 'Ingen kontakt på länge',
  NEVER_REACHED: 'Aldrig nådd',
  NO_ACTIVITY: 'Ingen pågående insats',
  PLAN_ACTION_OVERDUE: 'Försenad åtgärd i planen',
  FOLLOW_UP_OVERDUE: 'Försenad uppföljning',
  REFERRAL_UNANSWERED: 'Obesvarad remiss',
  CONSENT_EXPIRING: 'Samtycke går snart ut',
  STATUS_UNKNOWN: 'Okänd sysselsättning',
  TURNING_20_NO_HAND_OVER: 'Fyller 20 utan överlämning',
  FIRST_CONTACT_DUE: 'Första kontakten försenad',
  OFFER_DUE: 'Erbjudande om insats försenat',
  SIGNAL_NOT_HANDLED: 'Signal från skolan ej hanterad',
};

const VALUE_LABELS: Record<string, Record<string, string>> = {
  STATUS: STATUS,
  STATUS_BEFORE: STATUS,
  STATUS_AFTER: STATUS,
  OCCUPATION: OCCUPATION,
  OCCUPATION_AFTER: OCCUPATION,
  REGISTRATION_REASON: {
    DROPPED_OUT: 'Avbrutit gymnasieutbildning',
    LEAVING_CERTIFICATE: 'Studiebevis utan examen',
    NEVER_STARTED: 'Aldrig börjat gymnasiet',
    LEFT_INTRODUCTION_PROGRAMME: 'Lämnat introduktionsprogram',
    ARRIVED_AFTER_COMPULSORY_AGE: 'Kommit efter skolpliktig ålder',
    MOVED_IN: 'Inflyttad',
    OTHER: 'Annat',
  },
  END_REASON: {
    TURNED_20: 'Fyllt 20 år',
    STARTED_EDUCATION: 'Börjat utbildning',
    COMPLETED_EDUCATION: 'Avslutat utbildning',
    MOVED: 'Flyttat',
    EMIGRATED: 'Utvandrat',
    DECEASED: 'Avliden',
    OTHER: 'Annat',
  },
  SEX: { FEMALE: 'Flicka', MALE: 'Pojke' },
  MEASURE_CATEGORY: {
    INTRODUCTION_PROGRAMME: 'Introduktionsprogram',
    STUDY_AND_CAREER_GUIDANCE: 'Studie- och yrkesvägledning',
    ADULT_EDUCATION: 'Komvux',
    FOLK_HIGH_SCHOOL: 'Folkhögskola',
    WORK_PLACEMENT: 'Praktik',
    MOTIVATIONAL: 'Motiverande insats',
    OTHER: 'Annan insats',
  },
  MEASURE_TIER: { PROMOTIVE: 'Främjande', PREVENTIVE: 'Förebyggande', REMEDIAL: 'Åtgärdande' },
  RESPONSIBLE_KIND: {
    KAA_UNIT: 'KAA-enhet',
    SCHOOL: 'Skola',
    SOCIAL_SERVICES: 'Socialtjänst',
    EMPLOYMENT_SERVICE: 'Arbetsförmedlingen',
    HEALTH_CARE: 'Hälso- och sjukvård',
    ADULT_EDUCATION: 'Komvux',
    FOLK_HIGH_SCHOOL: 'Folkhögskola',
    YOUTH_CLINIC: 'Ungdomsmottagning',
    NGO: 'Ideell organisation',
    MANAGEMENT: 'Ledning',
    OTHER: 'Annan',
  },
  PLAN_ACTION_STATE: { OVERDUE: 'Minst en försenad', OPEN: 'Pågår i tid', NONE_OPEN: 'Inga öppna' },
  SIGNAL_KIND: {
    UNEXCUSED_ABSENCE: 'Betydande ogiltig frånvaro',
    ABSENCE_INVESTIGATION_STARTED: 'Frånvaroutredning påbörjad',
    STARTED_UPPER_SECONDARY: 'Började gymnasiet',
    LEFT_UPPER_SECONDARY: 'Slutade gymnasiet',
    ABSENCE_PERIOD: 'Frånvaro per period',
  },
  SIGNAL_HANDLING: {
    DAYS_0_2: 'Inom 0–2 dagar',
    DAYS_3_7: 'Inom 3–7 dagar',
    DAYS_8_30: 'Inom 8–30 dagar',
    DAYS_OVER_30: 'Efter mer än 30 dagar',
    NOT_HANDLED: 'Inte hanterad',
  },
  ALERT_RULE: ALERT_RULE_LABELS,
  ALERT_STEP: { OPENED: 'Öppnat', ESCALATED: 'Eskalerat', RESOLVED: 'Löst' },
};

export const FILTER_LABELS = {
  AGE_16_17: '16–17 år',
  AGE_18_19: '18–19 år',
  FEMALE: 'flickor',
  MALE: 'pojkar',
} as const;

export function valueLabel(dimension: string, value: string): string {
  return VALUE_LABELS[dimension]?.[value] ?? value;
}

// A hidden cell is either a group of 1 to k − 1 or a larger one hidden to protect such a group;
// the reader must not learn which (that would give the small one away), so both read the same.
export function hiddenLabel(k: number): string {
  return `färre än ${k}`;
}

export function hiddenNote(k: number): string {
  return `"${hiddenLabel(k)}": uppgiften visas inte. Grupper med färre än ${k} ungdomar döljs, och ibland även en större grupp, så att en liten grupp inte kan räknas fram ur summorna.`;
}
