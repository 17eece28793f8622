import { actionPlansPolicy } from '@app/action-plans';
import { alertsPolicy } from '@app/alerts';
import { consentsPolicy } from '@app/consents';
import { earlyWarningPolicy } from '@app/early-warning';
import type { PolicyContributor } from '@app/core/authz';
import { filesPolicy } from '@app/core/files';
import { jobsPolicy } from '@app/core/jobs';
import { identityPolicy } from '@app/identity';
import { measuresPolicy } from '@app/measures';
import { notificationsPolicy } from '@app/notifications';
import { organizationsPolicy } from '@app/organizations';
import { oversightPolicy } from '@app/oversight';
import { referralsPolicy } from '@app/referrals';
import { registerImportPolicy } from '@app/register-import';
import { reportsPolicy } from '@app/reports';
import { scbKaaPolicy } from '@app/scb-kaa';
import { selfServicePolicy } from '@app/self-service';
import { retentionPolicy } from '@app/retention';
import { signalsPolicy } from '@app/signals';
import { targetGroupPolicy } from '@app/target-group';
import { youngPeoplePolicy } from '@app/young-people';

// Every feature's rules; the ability of a request is composed from these only.
export const POLICY_CONTRIBUTORS_LIST: readonly PolicyContributor[] = [
  organizationsPolicy,
  identityPolicy,
  youngPeoplePolicy,
  measuresPolicy,
  actionPlansPolicy,
  consentsPolicy,
  oversightPolicy,
  referralsPolicy,
  filesPolicy,
  jobsPolicy,
  reportsPolicy,
  scbKaaPolicy,
  targetGroupPolicy,
  registerImportPolicy,
  signalsPolicy,
  alertsPolicy,
  earlyWarningPolicy,
  notificationsPolicy,
  retentionPolicy,
  selfServicePolicy,
];
