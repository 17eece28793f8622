import { DomainError, ErrorCode } from '@app/core/errors';

import { ageOn } from './identity-number';
import { CompulsorySchoolStatus, UpperSecondaryStatus } from './young-people.enums';

// The target group of the activity responsibility (skollagen 29 kap. 9 §; domain.md §2.1):
// under 20; compulsory school completed or registered in Sweden after compulsory-school age;
// not in upper secondary school; no upper-secondary diploma or equivalent. A leaving
// certificate (studiebevis) does not end the responsibility, and having left an introduction
// programme does not count as upper secondary completed. Pupils currently on an introduction
// programme have not been covered since 1 July 2018 (they are in school).
export enum EligibilityRule {
  UNDER_20 = 'UNDER_20',
  COMPULSORY_SCHOOL_COMPLETED = 'COMPULSORY_SCHOOL_COMPLETED',
  NOT_IN_UPPER_SECONDARY = 'NOT_IN_UPPER_SECONDARY',
  NO_UPPER_SECONDARY_DIPLOMA = 'NO_UPPER_SECONDARY_DIPLOMA',
}

export interface EligibilityFacts {
  dateOfBirth: string;
  registeredOn: string;
  compulsorySchool: CompulsorySchoolStatus;
  upperSecondary: UpperSecondaryStatus;
}

const IN_UPPER_SECONDARY = new Set([
  UpperSecondaryStatus.ENROLLED,
  UpperSecondaryStatus.ENROLLED_INTRODUCTION_PROGRAMME,
]);
const COMPLETED_UPPER_SECONDARY = new Set([UpperSecondaryStatus.DIPLOMA, UpperSecondaryStatus.EQUIVALENT_COMPLETED]);

// Every rule the facts break, in the order above (empty when the young person is covered).
export function failedEligibilityRules(facts: EligibilityFacts): EligibilityRule[] {
  const failed: EligibilityRule[] = [];
  if (ageOn(facts.dateOfBirth, facts.registeredOn) >= 20) failed.push(EligibilityRule.UNDER_20);
  if (facts.compulsorySchool === CompulsorySchoolStatus.NOT_COMPLETED) {
    failed.push(EligibilityRule.COMPULSORY_SCHOOL_COMPLETED);
  }
  if (IN_UPPER_SECONDARY.has(facts.upperSecondary)) failed.push(EligibilityRule.NOT_IN_UPPER_SECONDARY);
  if (COMPLETED_UPPER_SECONDARY.has(facts.upperSecondary)) failed.push(EligibilityRule.NO_UPPER_SECONDARY_DIPLOMA);
  return failed;
}

export function assertEligible(facts: EligibilityFacts): void {
  const failed = failedEligibilityRules(facts);
  if (failed.length > 0) {
    throw new DomainError(
      ErrorCode.KAA_NOT_ELIGIBLE,
      `Not in the target group of the activity responsibility: ${failed.join(', ')}`,
      { rule: failed[0] as string, rules: failed },
    );
  }
}
