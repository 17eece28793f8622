import { Module } from '@nestjs/common';

import { RetentionArchiveController } from './retention-archive.controller';
import { RetentionArchiveService } from './retention-archive.service';
import { RetentionJobs } from './retention.jobs';
import { RetentionResolver } from './retention.resolver';
import { RetentionService } from './retention.service';

@Module({
  controllers: [RetentionArchiveController],
  providers: [RetentionService, RetentionArchiveService, RetentionResolver, RetentionJobs],
  exports: [RetentionService],
})
export class RetentionModule {}
