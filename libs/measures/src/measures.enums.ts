// The measure (insats / individuell åtgärd) and its catalogue. SCB's categories are the ones
// seen in Skolverket's statistics; the exact code list is unconfirmed (domain.md §2.3), so
// each municipality's catalogue maps its own types onto them and the mapping can change.
export enum ScbMeasureCategory {
  INTRODUCTION_PROGRAMME = 'INTRODUCTION_PROGRAMME',
  STUDY_AND_CAREER_GUIDANCE = 'STUDY_AND_CAREER_GUIDANCE',
  ADULT_EDUCATION = 'ADULT_EDUCATION',
  FOLK_HIGH_SCHOOL = 'FOLK_HIGH_SCHOOL',
  WORK_PLACEMENT = 'WORK_PLACEMENT',
  MOTIVATIONAL = 'MOTIVATIONAL',
  OTHER = 'OTHER',
}

// Främjande, förebyggande, åtgärdande (seed 003).
export enum MeasureTier {
  PROMOTIVE = 'PROMOTIVE',
  PREVENTIVE = 'PREVENTIVE',
  REMEDIAL = 'REMEDIAL',
}

export enum MeasureLevel {
  ORGANISATION = 'ORGANISATION',
  GROUP = 'GROUP',
  INDIVIDUAL = 'INDIVIDUAL',
}

export enum MeasureStatus {
  OFFERED = 'OFFERED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  STARTED = 'STARTED',
  ENDED = 'ENDED',
}

export enum MeasureEndReason {
  COMPLETED = 'COMPLETED',
  INTERRUPTED = 'INTERRUPTED',
  STARTED_EDUCATION = 'STARTED_EDUCATION',
  STARTED_WORK = 'STARTED_WORK',
  MOVED = 'MOVED',
  TURNED_20 = 'TURNED_20',
  OTHER = 'OTHER',
}

// What the choice of measure rests on (seed 003): vetenskaplig grund, beprövad erfarenhet,
// professionell bedömning, elevernas röst.
export enum EvidenceBasis {
  SCIENTIFIC_BASIS = 'SCIENTIFIC_BASIS',
  PROVEN_EXPERIENCE = 'PROVEN_EXPERIENCE',
  PROFESSIONAL_JUDGEMENT = 'PROFESSIONAL_JUDGEMENT',
  PUPILS_VOICE = 'PUPILS_VOICE',
}

// The life cycle offered → accepted / declined → started → ended. Anything else is refused.
export const MEASURE_TRANSITIONS: Readonly<Record<MeasureStatus, readonly MeasureStatus[]>> = {
  [MeasureStatus.OFFERED]: [MeasureStatus.ACCEPTED, MeasureStatus.DECLINED],
  [MeasureStatus.ACCEPTED]: [MeasureStatus.STARTED, MeasureStatus.DECLINED],
  [MeasureStatus.DECLINED]: [],
  [MeasureStatus.STARTED]: [MeasureStatus.ENDED],
  [MeasureStatus.ENDED]: [],
};

export const OPEN_MEASURE_STATUSES: readonly MeasureStatus[] = [
  MeasureStatus.OFFERED,
  MeasureStatus.ACCEPTED,
  MeasureStatus.STARTED,
];
