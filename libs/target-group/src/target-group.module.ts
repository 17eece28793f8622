import { Module } from '@nestjs/common';

import { YoungPeopleModule } from '@app/young-people';

import { TargetGroupJobs } from './target-group.jobs';
import { TargetGroupRepository } from './target-group.repository';
import { TargetGroupResolver } from './target-group.resolver';
import { TargetGroupService } from './target-group.service';

@Module({
  imports: [YoungPeopleModule],
  providers: [TargetGroupRepository, TargetGroupService, TargetGroupResolver, TargetGroupJobs],
  exports: [TargetGroupService, TargetGroupJobs],
})
export class TargetGroupModule {}
