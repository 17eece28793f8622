import { Module } from '@nestjs/common';

import { IdentityModule } from '@app/identity';

import { YoungPeopleRepository } from './young-people.repository';
import { KaaEnrollmentResolver, YoungPeopleResolver } from './young-people.resolver';
import { YoungPeopleService } from './young-people.service';

@Module({
  imports: [IdentityModule],
  providers: [YoungPeopleRepository, YoungPeopleService, YoungPeopleResolver, KaaEnrollmentResolver],
  exports: [YoungPeopleRepository, YoungPeopleService],
})
export class YoungPeopleModule {}
