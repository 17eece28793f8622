import { Injectable } from '@nestjs/common';

import { whereAccessible, type AppAbility } from '@app/core/authz';
import { TransactionHost } from '@app/core/database';

import { SchoolStaffFunction, SuggestionStatus } from './early-warning.enums';
import type { EarlyWarningThresholds } from './early-warning-settings';
import { EARLY_WARNING_MAPPING } from './early-warning.sql-mapping';
import { EarlyWarningSettingsEntity } from './entities/early-warning-settings.entity';
import { EarlyWarningSuggestionEntity } from './entities/early-warning-suggestion.entity';
import { SchoolPupilEntity } from './entities/school-pupil.entity';

export interface SchoolScope {
  municipalityId: string;
  schoolId: string;
}

export interface AbsenceDayRow {
  personalIdentityNumber: string;
  day: string;
  unexcused: boolean;
  className: string | null;
}

export interface PresenceRow {
  className: string | null;
  month: string;
  attendancePercent: number;
  pupils: number;
}

// SQL of early warning. Every read of a school's data carries the caller's access predicate
// (EARLY_WARNING_MAPPING): a school's own staff only.
@Injectable()
export class EarlyWarningRepository {
  constructor(private readonly tx: TransactionHost) {}

  // --- Settings ---

  async settings(municipalityId: string): Promise<EarlyWarningSettingsEntity> {
    await this.tx.manager.query(
      'INSERT INTO early_warning_settings (municipality_id) VALUES ($1) ON CONFLICT (municipality_id) DO NOTHING',
      [municipalityId],
    );
    return this.tx.manager.getRepository(EarlyWarningSettingsEntity).findOneByOrFail({ municipalityId });
  }

  // False when the version is not the stored one (someone saved in between).
  async saveSettings(
    municipalityId: string,
    version: number,
    values: Partial<EarlyWarningThresholds>,
    userId: string,
    now: Date,
  ): Promise<boolean> {
    await this.settings(municipalityId);
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(EarlyWarningSettingsEntity)
      .set({ ...values, updatedAt: now, updatedById: userId, version: () => 'version + 1' })
      .where('municipality_id = :municipalityId AND version = :version', { municipalityId, version })
      .execute();
    return result.affected === 1;
  }

  // --- Suggestions ---

  private suggestionsOf(ability: AppAbility, action: 'read' | 'update' = 'read') {
    const qb = this.tx.manager.getRepository(EarlyWarningSuggestionEntity).createQueryBuilder('s');
    return whereAccessible(qb, ability, action, EARLY_WARNING_MAPPING);
  }

  // Open first (escalated, then oldest), then the latest closed; at most `limit`.
  suggestions(
    ability: AppAbility,
    filter: { status?: SuggestionStatus; addressedToId?: string },
    limit = 500,
  ): Promise<EarlyWarningSuggestionEntity[]> {
    const qb = this.suggestionsOf(ability);
    if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
    if (filter.addressedToId)
      qb.andWhere('s.addressed_to_id = :addressedToId', { addressedToId: filter.addressedToId });
    return qb
      .orderBy(`CASE WHEN s.status = 'OPEN' THEN 0 ELSE 1 END`)
      .addOrderBy('s.escalated_at', 'ASC', 'NULLS LAST')
      .addOrderBy('s.opened_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .take(limit)
      .getMany();
  }

  findSuggestion(
    ability: AppAbility,
    id: string,
    action: 'read' | 'update',
  ): Promise<EarlyWarningSuggestionEntity | null> {
    return this.suggestionsOf(ability, action).andWhere('s.id = :id', { id }).getOne();
  }

  // Records the review of an open suggestion: false when it is no longer open or was changed.
  async review(
    id: string,
    version: number,
    values: Pick<EarlyWarningSuggestionEntity, 'reviewedById' | 'decision' | 'actionTaken'> & { reviewedAt: Date },
  ): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(EarlyWarningSuggestionEntity)
      .set({
        ...values,
        status: SuggestionStatus.REVIEWED,
        updatedAt: values.reviewedAt,
        version: () => 'version + 1',
      })
      .where(`id = :id AND status = 'OPEN' AND version = :version`, { id, version })
      .execute();
    return result.affected === 1;
  }

  reloadSuggestion(id: string): Promise<EarlyWarningSuggestionEntity> {
    return this.tx.manager.getRepository(EarlyWarningSuggestionEntity).findOneByOrFail({ id });
  }

  // --- Pupils, absence days, staff ---

  pupils(ids: readonly string[]): Promise<SchoolPupilEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.tx.manager
      .getRepository(SchoolPupilEntity)
      .createQueryBuilder('p')
      .where('p.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getMany();
  }

  // The pupils of the school (class and mentor), made when first named; a class given replaces
  // the one kept, none keeps it.
  async upsertPupils(
    scope: SchoolScope,
    rows: ReadonlyArray<{ personalIdentityNumber: string; className: string | null }>,
    now: Date,
  ): Promise<void> {
    if (rows.length === 0) return;
    const unique = [...new Map(rows.map((row) => [row.personalIdentityNumber, row])).values()];
    await this.tx.manager.query(
      `INSERT INTO school_pupil (municipality_id, school_id, personal_identity_number, class_name, updated_at)
       SELECT $1, $2, r.pnr, r.class_name, $3 FROM unnest($4::text[], $5::text[]) AS r(pnr, class_name)
       ON CONFLICT (school_id, personal_identity_number)
       DO UPDATE SET class_name = coalesce(EXCLUDED.class_name, school_pupil.class_name), updated_at = $3`,
      [
        scope.municipalityId,
        scope.schoolId,
        now,
        unique.map((row) => row.personalIdentityNumber),
        unique.map((row) => row.className),
      ],
    );
  }

  // Keeps the days (a day sent again takes its new excused/unexcused): the number of new days.
  async insertAbsenceDays(
    scope: SchoolScope,
    rows: readonly AbsenceDayRow[],
    userId: string | null,
    now: Date,
  ): Promise<number> {
    if (rows.length === 0) return 0;
    const unique = [...new Map(rows.map((row) => [`${row.personalIdentityNumber}|${row.day}`, row])).values()];
    const result = await this.tx.manager.query<Array<{ inserted: boolean }>>(
      `INSERT INTO school_absence_day (municipality_id, school_id, personal_identity_number, day, unexcused, created_by_id, created_at)
       SELECT $1, $2, r.pnr, r.day, r.unexcused, $3, $4
         FROM unnest($5::text[], $6::date[], $7::boolean[]) AS r(pnr, day, unexcused)
       ON CONFLICT (school_id, personal_identity_number, day) DO UPDATE SET unexcused = EXCLUDED.unexcused
       RETURNING (xmax = 0) AS inserted`,
      [
        scope.municipalityId,
        scope.schoolId,
        userId,
        now,
        unique.map((row) => row.personalIdentityNumber),
        unique.map((row) => row.day),
        unique.map((row) => row.unexcused),
      ],
    );
    return result.filter((row) => row.inserted).length;
  }

  async setMentor(
    scope: SchoolScope,
    personalIdentityNumber: string,
    mentorUserId: string | null,
    className: string | null,
    now: Date,
  ): Promise<{ pupil: SchoolPupilEntity; moved: number }> {
    await this.tx.manager.query(
      `INSERT INTO school_pupil (municipality_id, school_id, personal_identity_number, class_name, mentor_user_id, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (school_id, personal_identity_number)
       DO UPDATE SET mentor_user_id = EXCLUDED.mentor_user_id,
                     class_name = coalesce(EXCLUDED.class_name, school_pupil.class_name), updated_at = $6`,
      [scope.municipalityId, scope.schoolId, personalIdentityNumber, className, mentorUserId, now],
    );
    // An open suggestion still addressed to the school or a former mentor goes to the mentor now.
    const [moved] = await this.tx.manager.query<[Array<{ id: string }>, number]>(
      `UPDATE early_warning_suggestion SET addressed_level = 'MENTOR', addressed_to_id = $3, updated_at = $4,
              version = version + 1
        WHERE school_id = $1 AND personal_identity_number = $2 AND status = 'OPEN' AND $3::uuid IS NOT NULL
          AND addressed_level IN ('MENTOR', 'SCHOOL') AND addressed_to_id IS DISTINCT FROM $3::uuid
       RETURNING id`,
      [scope.schoolId, personalIdentityNumber, mentorUserId, now],
    );
    const pupil = await this.tx.manager
      .getRepository(SchoolPupilEntity)
      .findOneByOrFail({ schoolId: scope.schoolId, personalIdentityNumber });
    return { pupil, moved: moved.length };
  }

  // The school's pupils (class and mentor) through the access predicate, by class and identity
  // number; at most `limit`.
  schoolPupils(ability: AppAbility, limit = 2000): Promise<SchoolPupilEntity[]> {
    const qb = this.tx.manager.getRepository(SchoolPupilEntity).createQueryBuilder('p');
    return whereAccessible(qb, ability, 'read', EARLY_WARNING_MAPPING, 'p')
      .orderBy('p.class_name', 'ASC', 'NULLS LAST')
      .addOrderBy('p.personal_identity_number', 'ASC')
      .take(limit)
      .getMany();
  }

  // Of these identity numbers, those on another school's roll of the municipality and not on
  // this school's: not the school's own pupils.
  async otherSchoolsPupils(scope: SchoolScope, numbers: readonly string[]): Promise<Set<string>> {
    if (numbers.length === 0) return new Set();
    const rows = await this.tx.manager.query<Array<{ pnr: string }>>(
      `SELECT personal_identity_number AS pnr FROM school_pupil
        WHERE municipality_id = $1 AND personal_identity_number = ANY($3::text[])
        GROUP BY personal_identity_number
       HAVING NOT bool_or(school_id = $2)`,
      [scope.municipalityId, scope.schoolId, [...new Set(numbers)]],
    );
    return new Set(rows.map((row) => row.pnr));
  }

  // Whether the user is an active school staff member of the school.
  async isSchoolStaff(schoolId: string, userId: string): Promise<boolean> {
    const rows = await this.tx.manager.query<unknown[]>(
      `SELECT 1 FROM membership ms JOIN app_user u ON u.id = ms.user_id
        WHERE ms.organization_id = $1 AND ms.user_id = $2 AND ms.role = 'SCHOOL_STAFF' AND ms.ended_at IS NULL
          AND u.disabled_at IS NULL`,
      [schoolId, userId],
    );
    return rows.length > 0;
  }

  async setFunction(
    scope: SchoolScope,
    userId: string,
    fn: SchoolStaffFunction,
    on: boolean,
    now: Date,
  ): Promise<void> {
    if (on) {
      await this.tx.manager.query(
        `INSERT INTO school_staff_function (school_id, user_id, function, municipality_id, created_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [scope.schoolId, userId, fn, scope.municipalityId, now],
      );
    } else {
      await this.tx.manager.query(
        'DELETE FROM school_staff_function WHERE school_id = $1 AND user_id = $2 AND function = $3',
        [scope.schoolId, userId, fn],
      );
    }
  }

  // The school's staff with their functions (names of colleagues, no pupil data).
  staff(scope: SchoolScope): Promise<Array<{ user_id: string; name: string; student_health: boolean }>> {
    return this.tx.manager.query(
      `SELECT DISTINCT u.id AS user_id, u.display_name AS name,
              EXISTS (SELECT 1 FROM school_staff_function f
                       WHERE f.school_id = ms.organization_id AND f.user_id = u.id AND f.function = 'STUDENT_HEALTH')
                AS student_health
         FROM membership ms JOIN app_user u ON u.id = ms.user_id
        WHERE ms.organization_id = $1 AND ms.municipality_id = $2 AND ms.role = 'SCHOOL_STAFF'
          AND ms.ended_at IS NULL AND u.disabled_at IS NULL
        ORDER BY name, user_id`,
      [scope.schoolId, scope.municipalityId],
    );
  }

  // --- Presence: aggregates per month (of the reported period's end) and class, and the whole
  // school (className null), from the school's own ABSENCE_PERIOD signals, through the access
  // predicate. No pupil is named.
  async presence(ability: AppAbility, from: string, to: string): Promise<PresenceRow[]> {
    const qb = this.tx.manager
      .createQueryBuilder()
      .from('signal', 'sg')
      .leftJoin(
        'school_pupil',
        'p',
        'p.school_id = sg.school_id AND p.personal_identity_number = sg.personal_identity_number',
      )
      .select('p.class_name', 'class_name')
      .addSelect(`to_char(sg.period_end, 'YYYY-MM')`, 'month')
      .addSelect('round(avg(100 - sg.absence_percent), 1)::float8', 'attendance')
      .addSelect('count(DISTINCT sg.personal_identity_number)::int', 'pupils')
      .where(`sg.kind = 'ABSENCE_PERIOD' AND sg.period_end BETWEEN :from AND :to`, { from, to })
      .groupBy(`GROUPING SETS ((to_char(sg.period_end, 'YYYY-MM'), p.class_name), (to_char(sg.period_end, 'YYYY-MM')))`)
      .addSelect('GROUPING(p.class_name)', 'whole');
    whereAccessible(qb, ability, 'read', EARLY_WARNING_MAPPING, 'sg');
    qb.orderBy('month').addOrderBy('whole', 'DESC').addOrderBy('class_name', 'ASC', 'NULLS LAST');
    const rows = await qb.getRawMany<{
      class_name: string | null;
      month: string;
      attendance: number;
      pupils: number;
      whole: number;
    }>();
    return rows.map((row) => ({
      className: Number(row.whole) === 1 ? null : (row.class_name ?? ''),
      month: row.month,
      attendancePercent: Number(row.attendance),
      pupils: row.pupils,
    }));
  }

  async userNames(ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.tx.manager.query<Array<{ id: string; name: string }>>(
      'SELECT id, display_name AS name FROM app_user WHERE id = ANY($1::uuid[])',
      [unique],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
