import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

import { JobsResolver } from '@app/core/jobs';
import { MembershipsResolver, UsersResolver } from '@app/identity';
import { OrganizationsResolver } from '@app/organizations';
import {
  AccessLogEntryResolver,
  AccessReviewResolver,
  OversightResolver,
  SecurityEventResolver,
  YoungPersonAccessLogResolver,
} from '@app/oversight';
import {
  DisclosureOrganizationNameResolver,
  ReferralOrganizationNameResolver,
  ReferralsResolver,
  YoungPersonReferralsResolver,
} from '@app/referrals';
import { ReportsResolver } from '@app/reports';
import { ScbKaaResolver } from '@app/scb-kaa';
import { RegisterImportResolver } from '@app/register-import';
import { IntegrationCredentialsResolver, SignalsResolver, YoungPersonSignalsResolver } from '@app/signals';
import { TargetGroupResolver } from '@app/target-group';
import {
  ActionPlanActionOrganizationNameResolver,
  ActionPlanDocumentOrganizationNameResolver,
  ActionPlanDocumentResolver,
  ActionPlanOrganizationNameResolver,
  ActionPlansResolver,
  ActionPlanVersionResolver,
  AssignedPlanActionResolver,
  YoungPersonPlanResolver,
} from '@app/action-plans';
import { AlertsResolver, YoungPersonAlertsResolver } from '@app/alerts';
import { EarlyWarningResolver } from '@app/early-warning';
import {
  ConsentOrganizationNameResolver,
  ConsentRefusalOrganizationNameResolver,
  ConsentsResolver,
  YoungPersonConsentsResolver,
} from '@app/consents';
import { DataExportResolver } from '@app/data-export';
import { MeasureOrganizationNameResolver, MeasuresResolver, YoungPersonMeasuresResolver } from '@app/measures';
import { NotificationsResolver } from '@app/notifications';
import { RetentionResolver } from '@app/retention';
import { SelfServiceResolver } from '@app/self-service';
import {
  CoordinatorLoadResolver,
  HandOverResolver,
  KaaEnrollmentResolver,
  StandInResolver,
  YoungPeopleResolver,
} from '@app/young-people';

// Resolver classes whose operations make up the schema; schema.e2e-spec compares the schema
// printed from this list with the running app's, so a resolver missing here fails CI.
export const SCHEMA_RESOLVERS = [
  OrganizationsResolver,
  UsersResolver,
  MembershipsResolver,
  YoungPeopleResolver,
  KaaEnrollmentResolver,
  CoordinatorLoadResolver,
  HandOverResolver,
  StandInResolver,
  MeasuresResolver,
  YoungPersonMeasuresResolver,
  MeasureOrganizationNameResolver,
  ActionPlansResolver,
  ActionPlanVersionResolver,
  ActionPlanDocumentResolver,
  AssignedPlanActionResolver,
  YoungPersonPlanResolver,
  ActionPlanOrganizationNameResolver,
  ActionPlanDocumentOrganizationNameResolver,
  ActionPlanActionOrganizationNameResolver,
  ConsentsResolver,
  YoungPersonConsentsResolver,
  ConsentOrganizationNameResolver,
  ConsentRefusalOrganizationNameResolver,
  OversightResolver,
  AccessReviewResolver,
  YoungPersonAccessLogResolver,
  AccessLogEntryResolver,
  SecurityEventResolver,
  ReferralsResolver,
  YoungPersonReferralsResolver,
  ReferralOrganizationNameResolver,
  DisclosureOrganizationNameResolver,
  DataExportResolver,
  JobsResolver,
  ReportsResolver,
  ScbKaaResolver,
  TargetGroupResolver,
  RegisterImportResolver,
  SignalsResolver,
  YoungPersonSignalsResolver,
  IntegrationCredentialsResolver,
  AlertsResolver,
  YoungPersonAlertsResolver,
  EarlyWarningResolver,
  SelfServiceResolver,
  NotificationsResolver,
  RetentionResolver,
];

export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
