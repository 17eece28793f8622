import type {
  EvidenceBasis,
  MeasureLevel,
  MeasureTier,
  UpdateMeasureDocumentationInput,
  YoungPersonMeasureFragment,
} from '../gql/graphql';

export const LEVELS: MeasureLevel[] = ['INDIVIDUAL', 'GROUP', 'ORGANISATION'];
export const TIERS: MeasureTier[] = ['PROMOTIVE', 'PREVENTIVE', 'REMEDIAL'];
export const EVIDENCE: EvidenceBasis[] = [
  'SCIENTIFIC_BASIS',
  'PROVEN_EXPERIENCE',
  'PROFESSIONAL_JUDGEMENT',
  'PUPILS_VOICE',
];

// A measure's documentation as the form edits it: every text and date a string ('' when not
// set), the evidence basis in one fixed order (so that two drafts compare by content).
export type DocumentationDraft = {
  level: MeasureLevel;
  tier: MeasureTier;
  evidenceBasis: EvidenceBasis[];
  planningAndGoal: string;
  youngPersonResponsibility: string;
  municipalityResponsibility: string;
  otherActorOrganizationId: string;
  otherActorResponsibility: string;
  plannedStartOn: string;
  plannedEndOn: string;
  followUpOn: string;
  evaluationOn: string;
};

export type DocumentationField = keyof DocumentationDraft;
export const DATE_FIELDS = ['plannedStartOn', 'plannedEndOn', 'followUpOn', 'evaluationOn'] as const;
export const TEXT_FIELDS = [
  'planningAndGoal',
  'youngPersonResponsibility',
  'municipalityResponsibility',
  'otherActorResponsibility',
] as const;
// The api's limits (MeasureDocumentationInput).
export const MAX_LENGTH: Record<(typeof TEXT_FIELDS)[number], number> = {
  planningAndGoal: 2000,
  youngPersonResponsibility: 1000,
  municipalityResponsibility: 1000,
  otherActorResponsibility: 1000,
};

export function sortEvidence(list: readonly EvidenceBasis[]): EvidenceBasis[] {
  return EVIDENCE.filter((e) => list.includes(e));
}

type Documented = Pick<YoungPersonMeasureFragment, DocumentationField>;

export function draftFromMeasure(measure: Documented): DocumentationDraft {
  return {
    level: measure.level,
    tier: measure.tier,
    evidenceBasis: sortEvidence(measure.evidenceBasis),
    planningAndGoal: measure.planningAndGoal,
    youngPersonResponsibility: measure.youngPersonResponsibility,
    municipalityResponsibility: measure.municipalityResponsibility,
    otherActorOrganizationId: measure.otherActorOrganizationId ?? '',
    otherActorResponsibility: measure.otherActorResponsibility,
    plannedStartOn: measure.plannedStartOn ?? '',
    plannedEndOn: measure.plannedEndOn ?? '',
    followUpOn: measure.followUpOn ?? '',
    evaluationOn: measure.evaluationOn ?? '',
  };
}

// The whole documentation as the api takes it: texts trimmed (an empty text clears it), an
// empty date or no other actor as null (clears it).
export function draftToInput(draft: DocumentationDraft): Omit<UpdateMeasureDocumentationInput, 'id' | 'version'> {
  const date = (value: string) => value.trim() || null;
  return {
    level: draft.level,
    tier: draft.tier,
    evidenceBasis: sortEvidence(draft.evidenceBasis),
    planningAndGoal: draft.planningAndGoal.trim(),
    youngPersonResponsibility: draft.youngPersonResponsibility.trim(),
    municipalityResponsibility: draft.municipalityResponsibility.trim(),
    otherActorOrganizationId: draft.otherActorOrganizationId || null,
    otherActorResponsibility: draft.otherActorResponsibility.trim(),
    plannedStartOn: date(draft.plannedStartOn),
    plannedEndOn: date(draft.plannedEndOn),
    followUpOn: date(draft.followUpOn),
    evaluationOn: date(draft.evaluationOn),
  };
}
