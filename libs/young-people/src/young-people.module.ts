import { Module } from '@nestjs/common';

import { IdentityModule } from '@app/identity';

import { CaseloadPrefetchRegistry } from './caseload-prefetch';
import { HandOverRepository } from './hand-over.repository';
import { CoordinatorLoadResolver } from './coordinator-load.resolver';
import { HandOverResolver } from './hand-over.resolver';
import { HandOverService } from './hand-over.service';
import { KaaJobsService } from './kaa-jobs.service';
import { StandInRepository } from './stand-in/stand-in.repository';
import { StandInResolver } from './stand-in/stand-in.resolver';
import { StandInService } from './stand-in/stand-in.service';
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
    CoordinatorLoadResolver,
    KaaJobsService,
    HandOverRepository,
    HandOverService,
    HandOverResolver,
    CaseloadPrefetchRegistry,
    YoungPeopleCaseloadPrefetch,
    StandInRepository,
    StandInService,
    StandInResolver,
  ],
  exports: [YoungPeopleRepository, YoungPeopleService, KaaJobsService, CaseloadPrefetchRegistry],
})
export class YoungPeopleModule {}
