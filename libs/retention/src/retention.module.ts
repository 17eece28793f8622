import { Module } from '@nestjs/common';

import { RetentionJobs } from './retention.jobs';
import { RetentionResolver } from './retention.resolver';
import { RetentionService } from './retention.service';

@Module({
  providers: [RetentionService, RetentionResolver, RetentionJobs],
  exports: [RetentionService],
})
export class RetentionModule {}
