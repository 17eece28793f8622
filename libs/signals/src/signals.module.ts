import { Module } from '@nestjs/common';

import { TargetGroupModule } from '@app/target-group';

import { IntegrationCredentialsRepository } from './integration/integration-credentials.repository';
import { IntegrationCredentialsResolver } from './integration/integration-credentials.resolver';
import { IntegrationCredentialsService } from './integration/integration-credentials.service';
import { IntegrationUploads } from './integration/integration-uploads';
import { SchoolFileImports } from './integration/school-file-imports';
import { SchoolFileImportsRepository } from './integration/school-file-imports.repository';
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
    SchoolFileImportsRepository,
    SchoolFileImports,
  ],
  exports: [SignalsService, IntegrationUploads, SchoolFileImports],
})
export class SignalsModule {}
