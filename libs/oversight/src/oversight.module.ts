import { Module } from '@nestjs/common';

import { IdentityModule } from '@app/identity';
import { OrganizationsModule } from '@app/organizations';
import { YoungPeopleModule } from '@app/young-people';

import { OversightRepository } from './oversight.repository';
import {
  AccessLogEntryResolver,
  AccessReviewResolver,
  OversightResolver,
  SecurityEventResolver,
  YoungPersonAccessLogResolver,
} from './oversight.resolver';
import { OversightService } from './oversight.service';

@Module({
  imports: [YoungPeopleModule, IdentityModule, OrganizationsModule],
  providers: [
    OversightRepository,
    OversightService,
    OversightResolver,
    AccessReviewResolver,
    YoungPersonAccessLogResolver,
    AccessLogEntryResolver,
    SecurityEventResolver,
  ],
  exports: [OversightRepository, OversightService],
})
export class OversightModule {}
