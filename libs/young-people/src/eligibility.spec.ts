import { DomainError, ErrorCode } from '@app/core/errors';

import { assertEligible, EligibilityRule, failedEligibilityRules, type EligibilityFacts } from './eligibility';
import { CompulsorySchoolStatus, UpperSecondaryStatus } from './young-people.enums';

const covered: EligibilityFacts = {
  dateOfBirth: '2008-05-10',
  registeredOn: '2026-11-24',
  compulsorySchool: CompulsorySchoolStatus.COMPLETED,
  upperSecondary: UpperSecondaryStatus.DROPPED_OUT,
};

describe('KAA target group', () => {
  it('covers a young person who left a national programme', () => {
    expect(failedEligibilityRules(covered)).toEqual([]);
  });

  it('is under 20: the day before the 20th birthday is covered, the birthday itself is not', () => {
    expect(failedEligibilityRules({ ...covered, dateOfBirth: '2006-11-25' })).toEqual([]);
    expect(failedEligibilityRules({ ...covered, dateOfBirth: '2006-11-24' })).toEqual([EligibilityRule.UNDER_20]);
  });

  it('needs compulsory school completed, or arrival in Sweden after compulsory-school age', () => {
    expect(
      failedEligibilityRules({ ...covered, compulsorySchool: CompulsorySchoolStatus.ARRIVED_AFTER_COMPULSORY_AGE }),
    ).toEqual([]);
    expect(failedEligibilityRules({ ...covered, compulsorySchool: CompulsorySchoolStatus.NOT_COMPLETED })).toEqual([
      EligibilityRule.COMPULSORY_SCHOOL_COMPLETED,
    ]);
  });

  it('excludes pupils in upper secondary, including a current introduction programme (since 2018-07-01)', () => {
    expect(failedEligibilityRules({ ...covered, upperSecondary: UpperSecondaryStatus.ENROLLED })).toEqual([
      EligibilityRule.NOT_IN_UPPER_SECONDARY,
    ]);
    expect(
      failedEligibilityRules({ ...covered, upperSecondary: UpperSecondaryStatus.ENROLLED_INTRODUCTION_PROGRAMME }),
    ).toEqual([EligibilityRule.NOT_IN_UPPER_SECONDARY]);
  });

  it('does not count a leaving certificate or a left introduction programme as upper secondary completed', () => {
    for (const upperSecondary of [
      UpperSecondaryStatus.LEAVING_CERTIFICATE,
      UpperSecondaryStatus.INTRODUCTION_PROGRAMME_LEFT,
      UpperSecondaryStatus.NEVER_STARTED,
    ]) {
      expect(failedEligibilityRules({ ...covered, upperSecondary })).toEqual([]);
    }
  });

  it('excludes a diploma or equivalent completed education', () => {
    for (const upperSecondary of [UpperSecondaryStatus.DIPLOMA, UpperSecondaryStatus.EQUIVALENT_COMPLETED]) {
      expect(failedEligibilityRules({ ...covered, upperSecondary })).toEqual([
        EligibilityRule.NO_UPPER_SECONDARY_DIPLOMA,
      ]);
    }
  });

  it('names every failed rule, the first one as `rule`, in a KAA_NOT_ELIGIBLE error', () => {
    const facts = {
      ...covered,
      dateOfBirth: '2005-01-01',
      compulsorySchool: CompulsorySchoolStatus.NOT_COMPLETED,
      upperSecondary: UpperSecondaryStatus.DIPLOMA,
    };
    try {
      assertEligible(facts);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const refusal = error as DomainError;
      expect(refusal.code).toBe(ErrorCode.KAA_NOT_ELIGIBLE);
      expect(refusal.details).toEqual({
        rule: EligibilityRule.UNDER_20,
        rules: [
          EligibilityRule.UNDER_20,
          EligibilityRule.COMPULSORY_SCHOOL_COMPLETED,
          EligibilityRule.NO_UPPER_SECONDARY_DIPLOMA,
        ],
      });
    }
  });
});
