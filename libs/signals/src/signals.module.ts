import { Module } from '@nestjs/common';

import { TargetGroupModule } from '@app/target-group';

import { IntegrationCredentialsRepository } from './integration/integration-credentials.repository';
import { IntegrationCredentialsResolver } from './integration/integration-credentials.resolver';
import { IntegrationCredentialsService } from './integration/integration-credentials.service';
import { IntegrationUploads } from './integration/integration-uploads';
import { SignalImportController } from './integration/signal-import.controller';
import { SignalsRepository } from './signals.repository';
import { SignalsResolver, YoungPersonSignalsResolver } from './signals.resolver';
import { SignalsService } from './signals.service';

@Module({
  imports: [TargetGroupModule],
  controllers: [SignalImportController],
  providers: [
    SignalsRepository,
    SignalsService,
    SignalsResolver,
    YoungPersonSignalsResolver,
    IntegrationCredentialsRepository,
    IntegrationCredentialsService,
    IntegrationCredentialsResolver,
    IntegrationUploads,
  ],
  exports: [SignalsService, IntegrationUploads],
})
export class SignalsModule {}
