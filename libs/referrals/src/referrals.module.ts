import { Module } from '@nestjs/common';

import { ConsentsModule } from '@app/consents';
import { OrganizationsModule } from '@app/organizations';
import { YoungPeopleModule } from '@app/young-people';

import {
  DisclosureOrganizationNameResolver,
  ReferralOrganizationNameResolver,
} from './referral-organization-names.resolver';
import { ReferralsRepository } from './referrals.repository';
import { ReferralsResolver, YoungPersonReferralsResolver } from './referrals.resolver';
import { ReferralsService } from './referrals.service';

@Module({
  imports: [YoungPeopleModule, ConsentsModule, OrganizationsModule],
  providers: [
    ReferralsRepository,
    ReferralsService,
    ReferralsResolver,
    YoungPersonReferralsResolver,
    ReferralOrganizationNameResolver,
    DisclosureOrganizationNameResolver,
  ],
  exports: [ReferralsRepository, ReferralsService],
})
export class ReferralsModule {}
