// Shared action plans: the young person's plan (SIP-like, DESIGN.md §3) and, for a school's
// prevention work, plans at group, class and school level (seed 003, the GR model's "Del 2").
export enum PlanScope {
  INDIVIDUAL = 'INDIVIDUAL',
  GROUP = 'GROUP',
  CLASS = 'CLASS',
  SCHOOL = 'SCHOOL',
}

export enum PlanStatus {
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

// How the young person took part in drawing up the plan (their participation is recorded).
export enum PlanParticipation {
  PARTICIPATED = 'PARTICIPATED',
  CONSULTED = 'CONSULTED',
  INFORMED = 'INFORMED',
  DECLINED = 'DECLINED',
  NOT_RECORDED = 'NOT_RECORDED',
}

// Whose words a goal is: the young person's own words are kept as they said them.
export enum GoalOwner {
  YOUNG_PERSON = 'YOUNG_PERSON',
  PROFESSIONAL = 'PROFESSIONAL',
}

export enum PlanActionStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

export enum GoalAssessment {
  ACHIEVED = 'ACHIEVED',
  PARTLY_ACHIEVED = 'PARTLY_ACHIEVED',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
}

export enum PlanChangeKind {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}
