import { Module } from '@nestjs/common';

import { OrganizationsModule } from '@app/organizations';
import { YoungPeopleModule } from '@app/young-people';

import {
  ConsentOrganizationNameResolver,
  ConsentRefusalOrganizationNameResolver,
} from './consent-organization-names.resolver';
import { ConsentsRepository } from './consents.repository';
import { ConsentsResolver, YoungPersonConsentsResolver } from './consents.resolver';
import { ConsentsService } from './consents.service';

@Module({
  imports: [YoungPeopleModule, OrganizationsModule],
  providers: [
    ConsentsRepository,
    ConsentsService,
    ConsentsResolver,
    YoungPersonConsentsResolver,
    ConsentOrganizationNameResolver,
    ConsentRefusalOrganizationNameResolver,
  ],
  exports: [ConsentsRepository, ConsentsService],
})
export class ConsentsModule {}
