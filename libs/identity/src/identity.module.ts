import { Module } from '@nestjs/common';

import { OrganizationsModule } from '@app/organizations';

import { AuthService } from './auth.service';
import { IdentityRepository } from './identity.repository';
import { MembershipsResolver, UsersResolver } from './identity.resolver';
import { LoginRateLimiter } from './login-rate-limiter';
import { OidcSignInController } from './oidc/oidc-sign-in.controller';
import { OidcSignInService } from './oidc/oidc-sign-in.service';
import { IdentityPrincipalSource } from './principal-source';
import { UsersService } from './users.service';

@Module({
  imports: [OrganizationsModule],
  providers: [
    IdentityRepository,
    IdentityPrincipalSource,
    AuthService,
    UsersService,
    LoginRateLimiter,
    OidcSignInService,
    UsersResolver,
    MembershipsResolver,
  ],
  controllers: [OidcSignInController],
  exports: [IdentityRepository, IdentityPrincipalSource, UsersService],
})
export class IdentityModule {}
