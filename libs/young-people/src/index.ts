export { CaseloadPrefetchRegistry, type CaseloadPrefetch } from './caseload-prefetch';
export { assertEligible, EligibilityRule, failedEligibilityRules, type EligibilityFacts } from './eligibility';
export { ContactAttemptEntity } from './entities/contact-attempt.entity';
export { EnrollmentStatusChangeEntity } from './entities/enrollment-status-change.entity';
export { GuardianEntity } from './entities/guardian.entity';
export { KaaEnrollmentEntity } from './entities/kaa-enrollment.entity';
export { OccupationEntity } from './entities/occupation.entity';
export { HandOverEntity } from './entities/hand-over.entity';
export { StandInEntity } from './stand-in/stand-in.entity';
export { ReminderEntity } from './entities/reminder.entity';
export { YoungPersonEntity } from './entities/young-person.entity';
export {
  ageOn,
  anniversary,
  formatIdentityNumber,
  makeIdentityNumber,
  parseIdentityNumber,
  type IdentityNumber,
} from './identity-number';
export { ContactDetailsInput, EnrollmentInput, type RegisterYoungPersonInput } from './dto/young-people.inputs';
export { IsIdentityNumber } from './dto/identity-number.rules';
export { CoordinatorLoadResolver } from './coordinator-load.resolver';
export { HandOverResolver } from './hand-over.resolver';
export { StandInResolver } from './stand-in/stand-in.resolver';
export { KaaJobsService, type KaaJobResult } from './kaa-jobs.service';
export { maySeeProtectedDetails } from './models/young-person.mapper';
export { YoungPerson } from './models/young-person.models';
export * from './young-people.enums';
export { YoungPeopleModule } from './young-people.module';
export { youngPeoplePolicy } from './young-people.policy';
export { CaseloadSort, SortDirection, YoungPeopleRepository, type ImportSnapshotRow } from './young-people.repository';
export { KaaEnrollmentResolver, YoungPeopleResolver } from './young-people.resolver';
export { YOUNG_PERSON_CHANGED, YoungPeopleService } from './young-people.service';
export { consentGrantsRelation, refusalsRelation, YOUNG_PERSON_RELATION } from './young-people.sql-mapping';
