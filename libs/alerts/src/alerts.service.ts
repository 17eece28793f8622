import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';

import { actorOf, AuditService } from '@app/core/audit';
import { Clock } from '@app/core/clock';
import { conflict, DomainError, ErrorCode, forbidden, notFound } from '@app/core/errors';
import type { Caller, Page } from '@app/core/graphql';

import { AlertEvaluationService } from './alert-evaluation.service';
import { AlertResolution, AlertRule, AlertState } from './alerts.enums';
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
import type { AlertEvaluationResult, AlertSettingsPreview } from './models/alerts.models';

// People's side of alerts: their lists, acknowledging (with a reason, optionally hiding the
// alert until a day), resolving by hand, and the admin's thresholds. Every change is audited,
// without the free-text reason (kept on the alert itself).
@Injectable()
export class AlertsService {
  constructor(
    private readonly repository: AlertsRepository,
    private readonly audit: AuditService,
    private readonly evaluation: AlertEvaluationService,
    private readonly clock: Clock,
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
      acknowledgedAt: this.clock.now(),
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
      resolvedAt: this.clock.now(),
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
    const { version, values } = settingsValues(input);
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

  // The rules run now for the caller's municipality (team lead, admin), through the schedule's
  // job lock; audited as the caller's request whether it ran or found a run under way.
  async evaluate({ principal, ability }: Caller): Promise<AlertEvaluationResult> {
    if (!ability.can('create', subject('Alert', { municipalityId: principal.municipalityId }))) throw forbidden();
    const run = await this.evaluation.runFor(principal.municipalityId);
    const result: AlertEvaluationResult = {
      ran: run.ran,
      opened: run.opened,
      updated: run.updated,
      resolved: run.ended,
      escalated: run.escalated,
    };
    await this.audit.record(actorOf(principal), {
      action: 'alert.evaluate_on_demand',
      subjectType: 'Alert',
      subjectId: null,
      summary: { ...result },
    });
    return result;
  }

  // What the next run would open and resolve with these settings (admin), before saving them;
  // writes nothing (the repository rolls its transaction back). Counts only, no young person.
  async previewSettings(
    { principal, ability }: Caller,
    input: UpdateAlertSettingsInput,
  ): Promise<AlertSettingsPreview> {
    if (!ability.can('update', subject('AlertSettings', { municipalityId: principal.municipalityId })))
      throw forbidden();
    const { values } = settingsValues(input);
    const now = this.clock.now();
    const rows = await this.repository.preview(principal.municipalityId, values, now, this.evaluation.calendar(now));
    const rules = rows.map((row) => ({ ...row, rule: row.rule as AlertRule }));
    return {
      opening: rules.reduce((sum, row) => sum + row.opening, 0),
      ending: rules.reduce((sum, row) => sum + row.ending, 0),
      rules,
    };
  }

  private async handleable(ability: Caller['ability'], id: string): Promise<AlertEntity> {
    const alert = await this.repository.find(ability, id, 'update');
    if (!alert) throw notFound('Alert');
    if (alert.resolvedAt) throw conflict('The alert is already resolved');
    return alert;
  }
}

// The fields given (a field left out keeps its value), the disabled rules once each and sorted.
function settingsValues(input: UpdateAlertSettingsInput): { version: number; values: Partial<AlertSettingsEntity> } {
  const { version, ...fields } = input;
  const values: Partial<AlertSettingsEntity> = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined && value !== null),
  );
  if (values.disabledRules) values.disabledRules = [...new Set(values.disabledRules)].sort();
  return { version, values };
}
