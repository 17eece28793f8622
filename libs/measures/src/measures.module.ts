import { Module } from '@nestjs/common';

import { OrganizationsModule } from '@app/organizations';
import { YoungPeopleModule } from '@app/young-people';

import { MeasureOrganizationNameResolver } from './measure-organization-name.resolver';
import { MeasuresCaseloadPrefetch } from './measures.caseload-prefetch';
import { MeasuresRepository } from './measures.repository';
import { MeasuresResolver, YoungPersonMeasuresResolver } from './measures.resolver';
import { MeasuresService } from './measures.service';

@Module({
  imports: [YoungPeopleModule, OrganizationsModule],
  providers: [
    MeasuresRepository,
    MeasuresService,
    MeasuresResolver,
    YoungPersonMeasuresResolver,
    MeasureOrganizationNameResolver,
    MeasuresCaseloadPrefetch,
  ],
  exports: [MeasuresRepository, MeasuresService],
})
export class MeasuresModule {}
