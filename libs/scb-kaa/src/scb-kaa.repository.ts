import { Injectable } from '@nestjs/common';

import { whereAccessible, type AppAbility } from '@app/core/authz';
import { TransactionHost } from '@app/core/database';
import type { MeasureStatus, ScbMeasureCategory } from '@app/measures';
import type { EnrollmentEndReason, OccupationCategory, RegistrationReason } from '@app/young-people';

import type { HalfYear } from './layout/half-year';
import type { ScbPerson } from './layout/records';
import { SCB_PERSON_MAPPING } from './scb-kaa.sql-mapping';

export interface MunicipalityFacts {
  code: string;
  timeZone: string;
}

export interface NamedPerson {
  id: string;
  givenName: string;
  familyName: string;
  coordinatorId: string | null;
  kaaUnitId: string | null;
}

export interface ScbFileRow {
  id: string;
  period: string;
  sequence: number;
  fileId: string | null;
  fileName: string;
  byteSize: number;
  sha256: string;
  codeTableVersion: string;
  counts: Record<string, number>;
  warningCount: number;
  producedById: string;
  producedByName: string | null;
  producedAt: Date;
  replacesId: string | null;
}

export type NewScbFile = Omit<ScbFileRow, 'id' | 'producedByName'> & { municipalityId: string };

const FILE_COLUMNS = `f.id, f.period, f.sequence, f.file_id AS "fileId", f.file_name AS "fileName",
  f.byte_size::float8 AS "byteSize", f.sha256, f.code_table_version AS "codeTableVersion", f.counts,
  f.warning_count AS "warningCount", f.produced_by_id AS "producedById", u.display_name AS "producedByName",
  f.produced_at AS "producedAt", f.replaces_id AS "replacesId"`;

// The SQL of the SCB file. It reads the young people's register only through the views the
// migration defines (scb_kaa_* and report_*; DESIGN.md §8), a few set-based statements per
// period whatever the number of young people.
@Injectable()
export class ScbKaaRepository {
  constructor(private readonly tx: TransactionHost) {}

  async municipality(municipalityId: string): Promise<MunicipalityFacts> {
    const rows = await this.tx.manager.query<Array<{ code: string; timeZone: string }>>(
      'SELECT code, time_zone AS "timeZone" FROM municipality WHERE id = $1',
      [municipalityId],
    );
    return rows[0];
  }

  // Everyone registered in the municipality at some time in the half-year, with what the file
  // needs of them, sorted by identity number.
  async people(municipalityId: string, period: HalfYear, timeZone: string): Promise<ScbPerson[]> {
    const db = this.tx.manager;
    const params = [municipalityId, period.from, period.to];
    const registrations = await db.query<
      Array<{
        yp: string;
        pin: string;
        dob: string;
        registeredOn: string;
        reason: RegistrationReason;
        endedOn: string | null;
        endReason: EnrollmentEndReason | null;
      }>
    >(
      `SELECT e.young_person_id AS yp, p.personal_identity_number AS pin, p.date_of_birth::text AS dob,
              e.registered_on::text AS "registeredOn", e.registration_reason AS reason,
              e.ended_on::text AS "endedOn", e.end_reason AS "endReason"
         FROM report_enrollment e
         JOIN scb_kaa_person p ON p.id = e.young_person_id AND p.municipality_id = e.municipality_id
        WHERE e.municipality_id = $1 AND e.registered_on <= $3::date AND (e.ended_on IS NULL OR e.ended_on >= $2::date)
        ORDER BY p.personal_identity_number, e.registered_on`,
      params,
    );
    const people = new Map<string, ScbPerson>();
    for (const r of registrations) {
      let person = people.get(r.yp);
      if (!person) {
        person = {
          youngPersonId: r.yp,
          personalIdentityNumber: r.pin,
          dateOfBirth: r.dob,
          registrations: [],
          contacts: [],
          measures: [],
          occupationAtEnd: null,
        };
        people.set(r.yp, person);
      }
      person.registrations.push({
        registeredOn: r.registeredOn,
        reason: r.reason,
        endedOn: r.endedOn,
        endReason: r.endReason,
      });
    }
    if (people.size === 0) return [];
    const contacts = await db.query<Array<{ yp: string; on: string; occupation: OccupationCategory | null }>>(
      `SELECT c.young_person_id AS yp, (c.occurred_at AT TIME ZONE $4)::date::text AS "on",
              c.occupation_learned AS occupation
         FROM scb_kaa_contact c
        WHERE c.municipality_id = $1 AND c.outcome IN ('REACHED', 'DECLINED')
          AND c.occurred_at >= ($2::date::timestamp AT TIME ZONE $4)
          AND c.occurred_at < (($3::date + 1)::timestamp AT TIME ZONE $4)
        ORDER BY c.young_person_id, c.occurred_at`,
      [...params, timeZone],
    );
    for (const c of contacts) people.get(c.yp)?.contacts.push({ on: c.on, occupation: c.occupation });
    const measures = await db.query<
      Array<{
        id: string;
        yp: string;
        category: ScbMeasureCategory;
        status: MeasureStatus;
        offeredOn: string;
        respondedOn: string | null;
        startedOn: string | null;
        endedOn: string | null;
        occupationAfter: OccupationCategory | null;
      }>
    >(
      `SELECT m.id, m.young_person_id AS yp, m.scb_category AS category, m.status, m.offered_on::text AS "offeredOn",
              m.responded_on::text AS "respondedOn", m.started_on::text AS "startedOn", m.ended_on::text AS "endedOn",
              m.occupation_after AS "occupationAfter"
         FROM scb_kaa_measure m
        WHERE m.municipality_id = $1 AND m.status <> 'OFFERED' AND m.offered_on <= $3::date
          AND (m.ended_on IS NULL OR m.ended_on >= $2::date)
          AND (m.status <> 'DECLINED' OR COALESCE(m.responded_on, m.offered_on) >= $2::date)
        ORDER BY m.young_person_id, m.offered_on, m.id`,
      params,
    );
    for (const m of measures) {
      people.get(m.yp)?.measures.push({
        measureId: m.id,
        category: m.category,
        status: m.status,
        offeredOn: m.offeredOn,
        respondedOn: m.respondedOn,
        startedOn: m.startedOn,
        endedOn: m.endedOn,
        occupationAfter: m.occupationAfter,
      });
    }
    const occupations = await db.query<Array<{ yp: string; category: OccupationCategory }>>(
      `SELECT DISTINCT ON (o.young_person_id) o.young_person_id AS yp, o.category
         FROM report_occupation o
        WHERE o.municipality_id = $1 AND o.kind = 'CURRENT' AND o.valid_from <= $2::date
        ORDER BY o.young_person_id, o.valid_from DESC, o.created_at DESC`,
      [municipalityId, period.to],
    );
    for (const o of occupations) {
      const person = people.get(o.yp);
      if (person) person.occupationAtEnd = o.category;
    }
    return [...people.values()];
  }

  // Of the given young people, those the caller may read (the SQL access predicate), with their
  // names, sorted by name.
  async readable(ability: AppAbility, municipalityId: string, ids: readonly string[]): Promise<NamedPerson[]> {
    if (ids.length === 0) return [];
    const qb = this.tx.manager
      .createQueryBuilder()
      .select('yp.id', 'id')
      .addSelect('yp.given_name', 'givenName')
      .addSelect('yp.family_name', 'familyName')
      .addSelect('yp.coordinator_id', 'coordinatorId')
      .addSelect('yp.kaa_unit_id', 'kaaUnitId')
      .from('scb_kaa_person', 'yp')
      .where('yp.municipality_id = :municipalityId', { municipalityId })
      .andWhere('yp.id = ANY(CAST(:ids AS uuid[]))', { ids: [...ids] });
    return whereAccessible(qb, ability, 'read', SCB_PERSON_MAPPING, 'yp')
      .orderBy('yp.family_name')
      .addOrderBy('yp.given_name')
      .addOrderBy('yp.id')
      .getRawMany<NamedPerson>();
  }

  // Serialises producing files for one municipality and period until the transaction ends.
  async lockPeriod(municipalityId: string, period: string): Promise<void> {
    await this.tx.manager.query("SELECT pg_advisory_xact_lock(hashtextextended('scb-kaa:' || $1 || ':' || $2, 0))", [
      municipalityId,
      period,
    ]);
  }

  async files(municipalityId: string, period?: string): Promise<ScbFileRow[]> {
    return this.tx.manager.query<ScbFileRow[]>(
      `SELECT ${FILE_COLUMNS} FROM scb_kaa_file f LEFT JOIN app_user u ON u.id = f.produced_by_id
        WHERE f.municipality_id = $1 AND ($2::text IS NULL OR f.period = $2)
        ORDER BY f.period DESC, f.sequence DESC`,
      [municipalityId, period ?? null],
    );
  }

  async insertFile(file: NewScbFile): Promise<string> {
    const rows = await this.tx.manager.query<Array<{ id: string }>>(
      `INSERT INTO scb_kaa_file (municipality_id, period, sequence, file_id, file_name, byte_size, sha256,
         code_table_version, counts, warning_count, produced_by_id, produced_at, replaces_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        file.municipalityId,
        file.period,
        file.sequence,
        file.fileId,
        file.fileName,
        file.byteSize,
        file.sha256,
        file.codeTableVersion,
        JSON.stringify(file.counts),
        file.warningCount,
        file.producedById,
        file.producedAt,
        file.replacesId,
      ],
    );
    return rows[0].id;
  }
}
