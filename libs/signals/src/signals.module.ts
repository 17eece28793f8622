import { Module } from '@nestjs/common';

import { TargetGroupModule } from '@app/target-group';

import { SignalsRepository } from './signals.repository';
import { SignalsResolver, YoungPersonSignalsResolver } from './signals.resolver';
import { SignalsService } from './signals.service';

@Module({
  imports: [TargetGroupModule],
  providers: [SignalsRepository, SignalsService, SignalsResolver, YoungPersonSignalsResolver],
  exports: [SignalsService],
})
export class SignalsModule {}
