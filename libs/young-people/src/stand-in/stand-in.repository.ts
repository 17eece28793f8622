import { Injectable } from '@nestjs/common';

import { whereAccessible, type AppAbility, type Role } from '@app/core/authz';
import { TransactionHost } from '@app/core/database';

import { STAND_IN_MAPPING } from '../young-people.sql-mapping';
import { StandInEntity } from './stand-in.entity';
import { StandInState } from './stand-in.models';

// A unit's stand-ins are few (a handful per absence); a list is bounded instead of paged.
const MAX_LISTED = 500;

// The rules of the database trigger (migration 1796590000000), by the name it raises them under.
export type StandInRuleBroken = 'overlap' | 'chained';

function brokenRule(error: unknown): StandInRuleBroken | undefined {
  const candidates = [error, (error as { driverError?: unknown } | null)?.driverError];
  for (const candidate of candidates) {
    if (typeof candidate !== 'object' || candidate === null) continue;
    const { code, constraint } = candidate as { code?: unknown; constraint?: unknown };
    if (code !== '23P01') continue;
    if (constraint === 'stand_in_overlap') return 'overlap';
    if (constraint === 'stand_in_chained') return 'chained';
  }
  return undefined;
}

export class StandInRuleError extends Error {
  constructor(readonly rule: StandInRuleBroken) {
    super(`stand-in refused: ${rule}`);
  }
}

// SQL of stand-ins. Reads carry the caller's access predicate; the membership checks read the
// identity tables directly (who is an active coordinator of a unit is not a caller's read).
@Injectable()
export class StandInRepository {
  constructor(private readonly tx: TransactionHost) {}

  private standIns(ability: AppAbility, action: 'read' | 'update') {
    const qb = this.tx.manager.getRepository(StandInEntity).createQueryBuilder('s');
    return whereAccessible(qb, ability, action, STAND_IN_MAPPING);
  }

  // `today`: the municipality's day, which decides a period's state.
  list(ability: AppAbility, municipalityId: string, states: readonly StandInState[], today: string) {
    const query = this.standIns(ability, 'read').andWhere('s.municipality_id = :municipalityId', { municipalityId });
    const wanted = new Set(states);
    const parts: string[] = [];
    if (wanted.has(StandInState.PLANNED)) parts.push('(s.ended_at IS NULL AND s.from_on > :today)');
    if (wanted.has(StandInState.ACTIVE)) {
      parts.push('(s.ended_at IS NULL AND s.from_on <= :today AND s.to_on >= :today)');
    }
    if (wanted.has(StandInState.ENDED)) parts.push('(s.ended_at IS NOT NULL OR s.to_on < :today)');
    query.andWhere(parts.length > 0 ? `(${parts.join(' OR ')})` : 'FALSE', { today });
    return query.orderBy('s.from_on', 'DESC').addOrderBy('s.id', 'ASC').limit(MAX_LISTED).getMany();
  }

  // The stand-in the caller may change, locked so that two ends cannot both pass.
  findForUpdate(ability: AppAbility, id: string): Promise<StandInEntity | null> {
    return this.standIns(ability, 'update').andWhere('s.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  // The user's running membership of the unit at `now` (a coordinator's first, should they
  // have two roles there), if the user is enabled and has one.
  async unitMembership(
    municipalityId: string,
    unitId: string,
    userId: string,
    now: Date,
  ): Promise<{ id: string; role: Role } | undefined> {
    const rows = await this.tx.manager.query<Array<{ id: string; role: Role }>>(
      `SELECT m.id, m.role::text AS role FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.municipality_id = $1 AND m.organization_id = $2 AND m.user_id = $3
          AND (m.ended_at IS NULL OR m.ended_at > $4::timestamptz) AND u.disabled_at IS NULL
        ORDER BY (m.role = 'COORDINATOR') DESC, m.created_at LIMIT 1`,
      [municipalityId, unitId, userId, now],
    );
    return rows[0];
  }

  async names(userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.tx.manager.query<Array<{ id: string; display_name: string }>>(
      'SELECT id, display_name FROM app_user WHERE id = ANY($1::uuid[])',
      [[...new Set(userIds)]],
    );
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }

  async insert(values: Omit<StandInEntity, 'id' | 'createdAt' | 'updatedAt'>): Promise<StandInEntity> {
    const repo = this.tx.manager.getRepository(StandInEntity);
    try {
      return await repo.save(repo.create(values));
    } catch (error) {
      const rule = brokenRule(error);
      if (rule) throw new StandInRuleError(rule);
      throw error;
    }
  }

  async end(id: string, endedAt: Date, endedById: string): Promise<void> {
    await this.tx.manager.getRepository(StandInEntity).update({ id }, { endedAt, endedById });
  }
}
