import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';

import { actorOf, AuditService } from '@app/core/audit';
import { conflict, DomainError, ErrorCode, forbidden, notFound } from '@app/core/errors';
import type { Caller, Page } from '@app/core/graphql';

import { AlertResolution, AlertState } from './alerts.enums';
import { AlertsRepository } from './alerts.repository';
import type {
  AcknowledgeAlertInput,
  AlertsArgs,
  ResolveAlertInput,
  UpdateAlertSettingsInput,
} from './dto/alerts.inputs';
import type { AlertEntity } from './entities/alert.entity';
import type { AlertSettingsEntity } from './entities/alert-settings.entity';
import type { AlertLabels } from './models/alerts.mapper';

// People's side of alerts: their lists, acknowledging (with a reason, optionally hiding the
// alert until a day), resolving by hand, and the admin's thresholds. Every change is audited,
// without the free-text reason (kept on the alert itself).
@Injectable()
export class AlertsService {
  constructor(
    private readonly repository: AlertsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(caller: Caller, args: AlertsArgs): Promise<Page<AlertEntity> & { labels: Map<string, AlertLabels> }> {
    const page = await this.repository.page(
      caller.ability,
      {
        scope: args.scope,
        states: args.states ?? [AlertState.OPEN, AlertState.ACKNOWLEDGED],
        rule: args.rule,
        youngPersonId: args.youngPersonId,
        userId: caller.principal.userId,
        today: caller.principal.today,
      },
      args,
    );
    return { ...page, labels: await this.repository.labels(page.nodes) };
  }

  async acknowledge({ principal, ability }: Caller, input: AcknowledgeAlertInput): Promise<AlertEntity> {
    if (input.snoozeUntil !== undefined && input.snoozeUntil <= principal.today) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A snooze must end after today', { field: 'snoozeUntil' });
    }
    const alert = await this.handleable(ability, input.id);
    const updated = await this.repository.handle(alert.id, input.version, {
      acknowledgedAt: new Date(),
      acknowledgedById: principal.userId,
      acknowledgeReason: input.reason,
      snoozedUntil: input.snoozeUntil ?? null,
    });
    if (!updated) throw conflict();
    await this.audit.record(actorOf(principal), {
      action: 'alert.acknowledge',
      subjectType: 'Alert',
      subjectId: alert.id,
      summary: { youngPersonId: alert.youngPersonId, rule: alert.rule, snoozeUntil: input.snoozeUntil ?? null },
    });
    return updated;
  }

  async resolve({ principal, ability }: Caller, input: ResolveAlertInput): Promise<AlertEntity> {
    const alert = await this.handleable(ability, input.id);
    const updated = await this.repository.handle(alert.id, input.version, {
      resolvedAt: new Date(),
      resolvedById: principal.userId,
      resolution: AlertResolution.BY_HAND,
      resolveReason: input.reason,
    });
    if (!updated) throw conflict();
    await this.audit.record(actorOf(principal), {
      action: 'alert.resolve',
      subjectType: 'Alert',
      subjectId: alert.id,
      summary: { youngPersonId: alert.youngPersonId, rule: alert.rule },
    });
    return updated;
  }

  async labelsOf(alert: AlertEntity): Promise<AlertLabels> {
    const labels = await this.repository.labels([alert]);
    return labels.get(alert.id) ?? { youngPersonName: '', ownerName: null, escalatedToName: null };
  }

  async settings({ principal, ability }: Caller): Promise<AlertSettingsEntity | null> {
    if (!ability.can('read', subject('AlertSettings', { municipalityId: principal.municipalityId }))) throw forbidden();
    return this.repository.settings(principal.municipalityId);
  }

  async updateSettings({ principal, ability }: Caller, input: UpdateAlertSettingsInput): Promise<AlertSettingsEntity> {
    if (!ability.can('update', subject('AlertSettings', { municipalityId: principal.municipalityId })))
      throw forbidden();
    const { version, ...fields } = input;
    const values: Partial<AlertSettingsEntity> = Object.fromEntries(
      Object.entries(fields).filter(([, value]) => value !== undefined && value !== null),
    );
    if (values.disabledRules) values.disabledRules = [...new Set(values.disabledRules)].sort();
    const saved = await this.repository.saveSettings(principal.municipalityId, version, values, principal.userId);
    if (!saved) throw conflict();
    const row = await this.repository.settings(principal.municipalityId);
    if (!row) throw notFound('AlertSettings');
    await this.audit.record(actorOf(principal), {
      action: 'alert_settings.update',
      subjectType: 'AlertSettings',
      subjectId: principal.municipalityId,
      summary: { changed: Object.keys(values).sort(), ...(values as Record<string, number | boolean | string[]>) },
    });
    return row;
  }

  private async handleable(ability: Caller['ability'], id: string): Promise<AlertEntity> {
    const alert = await this.repository.find(ability, id, 'update');
    if (!alert) throw notFound('Alert');
    if (alert.resolvedAt) throw conflict('The alert is already resolved');
    return alert;
  }
}
