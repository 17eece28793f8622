import { Module } from '@nestjs/common';

import { AlertEvaluationService } from './alert-evaluation.service';

@Module({
  providers: [AlertEvaluationService],
  exports: [AlertEvaluationService],
})
export class AlertsModule {}
