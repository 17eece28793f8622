import { Global, Module } from '@nestjs/common';

import { SELF_PRINCIPAL_SOURCE, SELF_SERVICE_SIGN_IN } from '@app/core/auth';
import { ConsentsModule } from '@app/consents';
import { IdentityModule } from '@app/identity';
import { YoungPeopleModule } from '@app/young-people';

import { SelfServiceRepository } from './self-service.repository';
import { SelfServiceResolver } from './self-service.resolver';
import { SelfServiceService } from './self-service.service';

// Global: the identity library's OpenID Connect callback and the api's authentication take the
// sign-in and the principal source by token, without importing this feature.
@Global()
@Module({
  imports: [YoungPeopleModule, ConsentsModule, IdentityModule],
  providers: [
    SelfServiceRepository,
    SelfServiceService,
    SelfServiceResolver,
    { provide: SELF_SERVICE_SIGN_IN, useExisting: SelfServiceService },
    { provide: SELF_PRINCIPAL_SOURCE, useExisting: SelfServiceService },
  ],
  exports: [SELF_SERVICE_SIGN_IN, SELF_PRINCIPAL_SOURCE, SelfServiceService],
})
export class SelfServiceModule {}
