import { Module } from '@nestjs/common';

import { YoungPeopleModule } from '@app/young-people';

import { OversightRepository } from './oversight.repository';
import { AccessReviewResolver, OversightResolver, YoungPersonAccessLogResolver } from './oversight.resolver';
import { OversightService } from './oversight.service';

@Module({
  imports: [YoungPeopleModule],
  providers: [
    OversightRepository,
    OversightService,
    OversightResolver,
    AccessReviewResolver,
    YoungPersonAccessLogResolver,
  ],
  exports: [OversightRepository, OversightService],
})
export class OversightModule {}
