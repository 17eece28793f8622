import { Module } from '@nestjs/common';

import { SignalsModule } from '@app/signals';

import { AbsenceImportController } from './absence-import.controller';

import { EarlyWarningEvaluationService } from './early-warning-evaluation.service';
import { EarlyWarningRepository } from './early-warning.repository';
import { EarlyWarningResolver } from './early-warning.resolver';
import { EarlyWarningService } from './early-warning.service';

@Module({
  imports: [SignalsModule],
  controllers: [AbsenceImportController],
  providers: [EarlyWarningEvaluationService, EarlyWarningRepository, EarlyWarningService, EarlyWarningResolver],
  exports: [EarlyWarningEvaluationService],
})
export class EarlyWarningModule {}
