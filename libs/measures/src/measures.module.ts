import { Module } from '@nestjs/common';

import { YoungPeopleModule } from '@app/young-people';

import { MeasuresCaseloadPrefetch } from './measures.caseload-prefetch';
import { MeasuresRepository } from './measures.repository';
import { MeasuresResolver, YoungPersonMeasuresResolver } from './measures.resolver';
import { MeasuresService } from './measures.service';

@Module({
  imports: [YoungPeopleModule],
  providers: [
    MeasuresRepository,
    MeasuresService,
    MeasuresResolver,
    YoungPersonMeasuresResolver,
    MeasuresCaseloadPrefetch,
  ],
  exports: [MeasuresRepository, MeasuresService],
})
export class MeasuresModule {}
