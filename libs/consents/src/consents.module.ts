import { Module } from '@nestjs/common';

import { OrganizationsModule } from '@app/organizations';
import { YoungPeopleModule } from '@app/young-people';

import { ConsentsRepository } from './consents.repository';
import { ConsentsResolver, YoungPersonConsentsResolver } from './consents.resolver';
import { ConsentsService } from './consents.service';

@Module({
  imports: [YoungPeopleModule, OrganizationsModule],
  providers: [ConsentsRepository, ConsentsService, ConsentsResolver, YoungPersonConsentsResolver],
  exports: [ConsentsRepository, ConsentsService],
})
export class ConsentsModule {}
