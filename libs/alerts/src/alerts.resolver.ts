import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';

import { FieldPolicy, Policy } from '@app/core/authz';
import {
  type AccessCategory,
  callerOf,
  Connection,
  type GraphqlContext,
  type NoArgs,
  noteRead,
} from '@app/core/graphql';
import { YoungPerson } from '@app/young-people';

import { AlertRule } from './alerts.enums';
import { AlertsRepository } from './alerts.repository';
import { AlertsService } from './alerts.service';
import { AcknowledgeAlertInput, AlertsArgs, ResolveAlertInput, UpdateAlertSettingsInput } from './dto/alerts.inputs';
import type { AlertEntity } from './entities/alert.entity';
import { type AlertLabels, toAlert, toAlertSettings } from './models/alerts.mapper';
import { Alert, AlertEvaluationResult, AlertSettings, AlertSettingsPreview } from './models/alerts.models';

const AlertConnection = Connection(Alert, 'AlertConnection');
type AlertConnection = InstanceType<typeof AlertConnection>;

// What of the young person's case an alert's reason shows, besides their name.
const CATEGORY: Record<AlertRule, AccessCategory> = {
  [AlertRule.NO_COORDINATOR]: 'OCCUPATION',
  [AlertRule.NO_CONTACT]: 'CONTACTS',
  [AlertRule.NEVER_REACHED]: 'CONTACTS',
  [AlertRule.FIRST_CONTACT_DUE]: 'CONTACTS',
  [AlertRule.NO_ACTIVITY]: 'MEASURES',
  [AlertRule.OFFER_DUE]: 'MEASURES',
  [AlertRule.PLAN_ACTION_OVERDUE]: 'PLAN',
  [AlertRule.FOLLOW_UP_OVERDUE]: 'PLAN',
  [AlertRule.REFERRAL_UNANSWERED]: 'REFERRAL',
  [AlertRule.CONSENT_EXPIRING]: 'CONSENTS',
  [AlertRule.STATUS_UNKNOWN]: 'OCCUPATION',
  [AlertRule.TURNING_20_NO_HAND_OVER]: 'OCCUPATION',
  [AlertRule.SIGNAL_NOT_HANDLED]: 'SIGNALS',
  [AlertRule.TO_CHECK_LEFT]: 'OCCUPATION',
};

// An alert shown is a read of the young person (their name and what the reason says), logged;
// one about nobody registered names no one (its reason is a date and a count).
function present(ctx: GraphqlContext, row: AlertEntity, labels: AlertLabels | undefined): Alert {
  if (row.youngPersonId) noteRead(ctx, row.youngPersonId, 'NAME', CATEGORY[row.rule as AlertRule] ?? 'OCCUPATION');
  return toAlert(
    row,
    labels ?? { youngPersonName: '', ownerName: null, escalatedToName: null },
    callerOf(ctx).principal.today,
  );
}

@Resolver(() => Alert)
export class AlertsResolver {
  constructor(private readonly service: AlertsService) {}

  @Query(() => AlertConnection, {
    description:
      'Gap alerts, most urgent (earliest due) first: by default the caller’s own that are open or acknowledged.',
  })
  @Policy('read', 'Alert')
  async alerts(@Args() args: AlertsArgs, @Context() ctx: GraphqlContext): Promise<AlertConnection> {
    const page = await this.service.list(callerOf(ctx), args);
    return {
      totalCount: page.totalCount,
      pageInfo: page.pageInfo,
      nodes: page.nodes.map((row) => present(ctx, row, page.labels.get(row.id))),
    };
  }

  @Mutation(() => Alert, {
    description: 'Acknowledge an alert with a reason (it no longer escalates); optionally hide it until a day.',
  })
  @Policy('update', 'Alert')
  async acknowledgeAlert(@Args('input') input: AcknowledgeAlertInput, @Context() ctx: GraphqlContext): Promise<Alert> {
    const row = await this.service.acknowledge(callerOf(ctx), input);
    return present(ctx, row, await this.service.labelsOf(row));
  }

  @Mutation(() => Alert, { description: 'Close an alert by hand, with a reason, while its condition still holds.' })
  @Policy('update', 'Alert')
  async resolveAlert(@Args('input') input: ResolveAlertInput, @Context() ctx: GraphqlContext): Promise<Alert> {
    const row = await this.service.resolve(callerOf(ctx), input);
    return present(ctx, row, await this.service.labelsOf(row));
  }

  @Query(() => AlertSettings, { description: 'The municipality’s gap-alert thresholds and timers.' })
  @Policy('read', 'AlertSettings')
  async alertSettings(@Context() ctx: GraphqlContext): Promise<AlertSettings> {
    return toAlertSettings(await this.service.settings(callerOf(ctx)));
  }

  @Mutation(() => AlertEvaluationResult, {
    description:
      'Run the gap rules now for the caller’s municipality (team lead, admin), through the same lock as the schedule: never two runs at once.',
  })
  @Policy('create', 'Alert')
  evaluateAlerts(@Context() ctx: GraphqlContext): Promise<AlertEvaluationResult> {
    return this.service.evaluate(callerOf(ctx));
  }

  @Query(() => AlertSettingsPreview, {
    description:
      'How many alerts the next run would open and resolve with these settings, before saving them (admin). Writes nothing; the version is not checked.',
  })
  @Policy('update', 'AlertSettings')
  previewAlertSettings(
    @Args('input') input: UpdateAlertSettingsInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AlertSettingsPreview> {
    return this.service.previewSettings(callerOf(ctx), input);
  }

  @Mutation(() => AlertSettings, { description: 'Change the municipality’s gap-alert thresholds and timers (admin).' })
  @Policy('update', 'AlertSettings')
  async updateAlertSettings(
    @Args('input') input: UpdateAlertSettingsInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AlertSettings> {
    return toAlertSettings(await this.service.updateSettings(callerOf(ctx), input));
  }
}

// The young person's open alerts as a field, batched per request.
@Resolver(() => YoungPerson)
export class YoungPersonAlertsResolver {
  constructor(private readonly repository: AlertsRepository) {}

  @ResolveField(() => [Alert], {
    nullable: true,
    description:
      'The young person’s open gap alerts, most urgent first. Null for a reader whose role does not read alerts.',
  })
  @FieldPolicy('read', 'Alert', { refused: 'null' })
  async alerts(person: YoungPerson, _args: NoArgs, ctx: GraphqlContext): Promise<Alert[] | null> {
    const loader = ctx.loaders.get(
      'alertsByYoungPerson',
      () =>
        new DataLoader<string, { rows: AlertEntity[]; labels: Map<string, AlertLabels> }>(async (ids) => {
          const rows = await this.repository.openOfYoungPeople(ctx.ability, ids);
          const labels = await this.repository.labels(rows);
          return ids.map((id) => ({ rows: rows.filter((row) => row.youngPersonId === id), labels }));
        }),
    );
    const { rows, labels } = await loader.load(person.id);
    return rows.map((row) => present(ctx, row, labels.get(row.id)));
  }
}
