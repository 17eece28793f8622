import { Module } from '@nestjs/common';

import { IdentityModule } from '@app/identity';

import { CaseloadPrefetchRegistry } from './caseload-prefetch';
import { HandOverRepository } from './hand-over.repository';
import { HandOverResolver } from './hand-over.resolver';
import { HandOverService } from './hand-over.service';
import { KaaJobsService } from './kaa-jobs.service';
import { YoungPeopleCaseloadPrefetch } from './young-people.caseload-prefetch';
import { YoungPeopleRepository } from './young-people.repository';
import { KaaEnrollmentResolver, YoungPeopleResolver } from './young-people.resolver';
import { YoungPeopleService } from './young-people.service';

@Module({
  imports: [IdentityModule],
  providers: [
    YoungPeopleRepository,
    YoungPeopleService,
    YoungPeopleResolver,
    KaaEnrollmentResolver,
    KaaJobsService,
    HandOverRepository,
    HandOverService,
    HandOverResolver,
    CaseloadPrefetchRegistry,
    YoungPeopleCaseloadPrefetch,
  ],
  exports: [YoungPeopleRepository, YoungPeopleService, KaaJobsService, CaseloadPrefetchRegistry],
})
export class YoungPeopleModule {}
