import { Module } from '@nestjs/common';

import { ActionPlansModule } from '@app/action-plans';
import { ConsentsModule } from '@app/consents';
import { IdentityModule } from '@app/identity';
import { MeasuresModule } from '@app/measures';
import { OrganizationsModule } from '@app/organizations';
import { OversightModule } from '@app/oversight';
import { ReferralsModule } from '@app/referrals';
import { YoungPeopleModule } from '@app/young-people';

import { DataExportResolver } from './data-export.resolver';
import { DataExportService } from './data-export.service';

@Module({
  imports: [
    YoungPeopleModule,
    MeasuresModule,
    ActionPlansModule,
    ConsentsModule,
    OversightModule,
    ReferralsModule,
    IdentityModule,
    OrganizationsModule,
  ],
  providers: [DataExportService, DataExportResolver],
})
export class DataExportModule {}
