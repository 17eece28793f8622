import { Module } from '@nestjs/common';

import { YoungPeopleModule } from '@app/young-people';

import { AlertEvaluationService } from './alert-evaluation.service';
import { AlertsRepository } from './alerts.repository';
import { AlertsResolver, YoungPersonAlertsResolver } from './alerts.resolver';
import { AlertsService } from './alerts.service';

@Module({
  imports: [YoungPeopleModule],
  providers: [AlertEvaluationService, AlertsRepository, AlertsService, AlertsResolver, YoungPersonAlertsResolver],
  exports: [AlertEvaluationService],
})
export class AlertsModule {}
