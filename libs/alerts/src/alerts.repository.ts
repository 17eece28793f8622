import { Injectable } from '@nestjs/common';

import { whereAccessible, type AppAbility } from '@app/core/authz';
import { TransactionHost } from '@app/core/database';
import { keysetPage, type Page } from '@app/core/graphql';

import { EVALUATED_RULES, EVALUATION_SETTINGS_SQL, PREVIEW_SQL } from './alert-rules.sql';
import { AlertScope, AlertState } from './alerts.enums';
import type { CalendarArrays } from './calendar/swedish-calendar';
import { ALERT_MAPPING } from './alerts.sql-mapping';
import type { AlertLabels } from './models/alerts.mapper';
import { AlertEntity } from './entities/alert.entity';
import { AlertSettingsEntity } from './entities/alert-settings.entity';

// Today's state of an alert (alias al) in SQL, matching alertState() in the mapper.
const STATE_SQL: Record<AlertState, string> = {
  [AlertState.OPEN]:
    'al.resolved_at IS NULL AND al.acknowledged_at IS NULL AND (al.snoozed_until IS NULL OR al.snoozed_until < CAST(:today AS date))',
  [AlertState.ACKNOWLEDGED]:
    'al.resolved_at IS NULL AND al.acknowledged_at IS NOT NULL AND (al.snoozed_until IS NULL OR al.snoozed_until < CAST(:today AS date))',
  [AlertState.SNOOZED]: 'al.resolved_at IS NULL AND al.snoozed_until >= CAST(:today AS date)',
  [AlertState.RESOLVED]: 'al.resolved_at IS NOT NULL',
};

export interface AlertListFilter {
  scope: AlertScope;
  states: readonly AlertState[];
  rule?: string;
  youngPersonId?: string;
  userId: string;
  today: string;
}

// All SQL for alerts as people read and handle them; every read carries the caller's access
// predicate (the alert's young person must be theirs to read).
@Injectable()
export class AlertsRepository {
  constructor(private readonly tx: TransactionHost) {}

  private alerts(ability: AppAbility, action: 'read' | 'update' = 'read') {
    const qb = this.tx.manager.getRepository(AlertEntity).createQueryBuilder('al');
    return whereAccessible(qb, ability, action, ALERT_MAPPING);
  }

  page(
    ability: AppAbility,
    filter: AlertListFilter,
    page: { first?: number; after?: string },
  ): Promise<Page<AlertEntity>> {
    const qb = this.alerts(ability);
    if (filter.scope === AlertScope.MINE) {
      qb.andWhere('(al.owner_user_id = :me OR al.escalated_to_id = :me)', { me: filter.userId });
    } else if (filter.scope === AlertScope.ESCALATED_TO_ME) {
      qb.andWhere('al.escalated_to_id = :me', { me: filter.userId });
    }
    if (filter.states.length > 0) {
      qb.andWhere(`((${filter.states.map((s) => STATE_SQL[s]).join(') OR (')}))`, { today: filter.today });
    }
    if (filter.rule) qb.andWhere('al.rule = :rule', { rule: filter.rule });
    if (filter.youngPersonId) qb.andWhere('al.young_person_id = :yp', { yp: filter.youngPersonId });
    // Most urgent first: the earliest due.
    return keysetPage(qb, page, { column: 'al.due_on', value: (row) => row.dueOn, type: 'date' });
  }

  find(ability: AppAbility, id: string, action: 'read' | 'update'): Promise<AlertEntity | null> {
    return this.alerts(ability, action).andWhere('al.id = :id', { id }).getOne();
  }

  // The open alerts of these young people, most urgent first.
  openOfYoungPeople(ability: AppAbility, youngPersonIds: readonly string[]): Promise<AlertEntity[]> {
    return this.alerts(ability)
      .andWhere('al.young_person_id IN (:...ids) AND al.resolved_at IS NULL', { ids: youngPersonIds })
      .orderBy('al.due_on', 'ASC')
      .addOrderBy('al.id', 'ASC')
      .getMany();
  }

  // Names for a page of alerts, in one statement.
  async labels(alerts: readonly AlertEntity[]): Promise<Map<string, AlertLabels>> {
    const result = new Map<string, AlertLabels>();
    if (alerts.length === 0) return result;
    const people = [...new Set(alerts.map((a) => a.youngPersonId).filter((id): id is string => id !== null))];
    const users = [
      ...new Set(alerts.flatMap((a) => [a.ownerUserId, a.escalatedToId]).filter((id): id is string => id !== null)),
    ];
    const rows = await this.tx.manager.query<Array<{ kind: 'yp' | 'user'; id: string; name: string }>>(
      `SELECT 'yp' AS kind, id, given_name || ' ' || family_name AS name FROM young_person WHERE id = ANY($1::uuid[])
       UNION ALL
       SELECT 'user', id, display_name FROM app_user WHERE id = ANY($2::uuid[])`,
      [people, users],
    );
    const names = new Map(rows.map((row) => [`${row.kind}:${row.id}`, row.name]));
    for (const alert of alerts) {
      result.set(alert.id, {
        youngPersonName: alert.youngPersonId ? (names.get(`yp:${alert.youngPersonId}`) ?? '') : '',
        ownerName: alert.ownerUserId ? (names.get(`user:${alert.ownerUserId}`) ?? null) : null,
        escalatedToName: alert.escalatedToId ? (names.get(`user:${alert.escalatedToId}`) ?? null) : null,
      });
    }
    return result;
  }

  // Changes an unresolved alert at the version it was read in: null when someone else changed it.
  async handle(id: string, version: number, values: Partial<AlertEntity>): Promise<AlertEntity | null> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(AlertEntity)
      .set({ ...values, version: () => 'version + 1' })
      .where('id = :id AND version = :version AND resolved_at IS NULL', { id, version })
      .execute();
    if (result.affected !== 1) return null;
    return this.tx.manager.getRepository(AlertEntity).findOne({ where: { id } });
  }

  settings(municipalityId: string): Promise<AlertSettingsEntity | null> {
    return this.tx.manager.getRepository(AlertSettingsEntity).findOne({ where: { municipalityId } });
  }

  // Saves the settings at the version they were read in (0: never saved): false on a race.
  async saveSettings(
    municipalityId: string,
    version: number,
    values: Partial<AlertSettingsEntity>,
    userId: string,
  ): Promise<boolean> {
    const repo = this.tx.manager.getRepository(AlertSettingsEntity);
    if (version === 0) {
      // Never saved: the defaults row (which the job may also have written) is what was read.
      await this.tx.manager.query(
        'INSERT INTO alert_settings (municipality_id) VALUES ($1) ON CONFLICT (municipality_id) DO NOTHING',
        [municipalityId],
      );
      const row = await repo.findOne({ where: { municipalityId } });
      if (!row || row.updatedById !== null || row.version !== 1) return false;
      version = 1;
    }
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(AlertSettingsEntity)
      .set({ ...values, updatedById: userId, version: () => 'version + 1' })
      .where('municipality_id = :municipalityId AND version = :version', { municipalityId, version })
      .execute();
    return result.affected === 1;
  }

  // The rules' expected effect with `values` as the municipality's settings, computed inside a
  // transaction of its own that writes the settings, runs PREVIEW_SQL for this municipality
  // only and is always rolled back: nothing is written, whatever happens.
  async preview(
    municipalityId: string,
    values: Partial<AlertSettingsEntity>,
    now: Date,
    cal: CalendarArrays,
  ): Promise<Array<{ rule: string; opening: number; ending: number; holding: number }>> {
    const runner = this.tx.manager.connection.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(EVALUATION_SETTINGS_SQL);
      await runner.query(
        'INSERT INTO alert_settings (municipality_id) VALUES ($1) ON CONFLICT (municipality_id) DO NOTHING',
        [municipalityId],
      );
      if (Object.keys(values).length > 0) {
        await runner.manager
          .createQueryBuilder()
          .update(AlertSettingsEntity)
          .set(values)
          .where('municipality_id = :municipalityId', { municipalityId })
          .execute();
      }
      const rows = (await runner.query(PREVIEW_SQL, [
        now,
        cal.days,
        cal.ordinals,
        cal.working,
        [...EVALUATED_RULES],
        municipalityId,
      ])) as Array<{ rule: string; opening: number; ending: number; holding: number }>;
      return rows;
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }
}
