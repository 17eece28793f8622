import { describe, expect, it } from 'vitest';

import { changedFields, reapplyFields } from '../young-person/field-merge';
import { draftFromMeasure, draftToInput, sortEvidence } from './documentation-draft';

const measure = {
  level: 'INDIVIDUAL',
  tier: 'PREVENTIVE',
  evidenceBasis: ['PUPILS_VOICE', 'SCIENTIFIC_BASIS'],
  planningAndGoal: 'Prova på yrken',
  youngPersonResponsibility: '',
  municipalityResponsibility: 'Boka studiebesök',
  otherActorOrganizationId: null,
  otherActorResponsibility: '',
  plannedStartOn: '2026-12-01',
  plannedEndOn: null,
  followUpOn: null,
  evaluationOn: null,
} as const;

describe('a measure’s documentation draft', () => {
  it('reads the measure with empty strings for what is not set and the evidence in a fixed order', () => {
    const draft = draftFromMeasure({ ...measure, evidenceBasis: [...measure.evidenceBasis] });
    expect(draft.evidenceBasis).toEqual(['SCIENTIFIC_BASIS', 'PUPILS_VOICE']);
    expect(draft.plannedEndOn).toBe('');
    expect(draft.otherActorOrganizationId).toBe('');
  });

  it('gives the api trimmed texts, and null for an emptied date or no other actor (which clears them)', () => {
    const draft = {
      ...draftFromMeasure({ ...measure, evidenceBasis: [] }),
      planningAndGoal: '  Praktik  ',
      plannedStartOn: '',
      followUpOn: ' 2027-01-10 ',
    };
    expect(draftToInput(draft)).toEqual({
      level: 'INDIVIDUAL',
      tier: 'PREVENTIVE',
      evidenceBasis: [],
      planningAndGoal: 'Praktik',
      youngPersonResponsibility: '',
      municipalityResponsibility: 'Boka studiebesök',
      otherActorOrganizationId: null,
      otherActorResponsibility: '',
      plannedStartOn: null,
      plannedEndOn: null,
      followUpOn: '2027-01-10',
      evaluationOn: null,
    });
  });

  it('compares evidence by content, whatever order it was ticked in', () => {
    const base = draftFromMeasure({ ...measure, evidenceBasis: [...measure.evidenceBasis] });
    const mine = { ...base, evidenceBasis: sortEvidence(['PUPILS_VOICE', 'SCIENTIFIC_BASIS']) };
    expect(changedFields(base, mine)).toEqual([]);
  });

  it('reapplies the user’s tier on a version where someone else changed the municipality’s part', () => {
    const base = draftFromMeasure({ ...measure, evidenceBasis: [] });
    const mine = { ...base, tier: 'REMEDIAL' as const };
    const theirs = { ...base, municipalityResponsibility: 'Ordna praktikplats' };
    expect(reapplyFields(base, mine, theirs)).toEqual({
      ...base,
      tier: 'REMEDIAL',
      municipalityResponsibility: 'Ordna praktikplats',
    });
  });
});
