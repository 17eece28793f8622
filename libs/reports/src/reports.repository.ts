import { Injectable } from '@nestjs/common';

import { TransactionHost } from '@app/core/database';

import { ReportKind } from './reports.enums';

// One group of young people: its value along each dimension of the report's cube, and its size.
export interface CountRow {
  r: string;
  c: string;
  unit: string | null;
  age: string;
  sex: string;
  n: number;
}

// The quartiles of days to the first contact attempt and to the first measure in one group.
export interface DurationRow {
  dimension: 'ALL' | 'UNIT' | 'AGE' | 'SEX';
  key: string;
  contact_n: number;
  contact_q: number[] | null;
  measure_n: number;
  measure_q: number[] | null;
}

export interface ReportPeriod {
  // ISO dates, inclusive.
  from: string;
  to: string;
  // For FLOWS: the last day of the previous half-year.
  before?: string;
  timeZone: string;
}

// The age band on a day, for a row aliased e (report_enrollment).
const AGE_BAND = (day: string) =>
  `CASE WHEN date_part('year', age(${day}, e.date_of_birth)) < 18 THEN 'AGE_16_17' ELSE 'AGE_18_19' END`;
// The end of a day in the municipality's time zone, for comparing with timestamps.
const END_OF = (day: string) => `((${day}::date + 1)::timestamp AT TIME ZONE $4)`;
// The start of a day in the municipality's time zone.
const START_OF = (day: string) => `(${day}::date::timestamp AT TIME ZONE $4)`;
// The registration's status at the end of a day (its last change before then).
const STATUS_AT = (day: string) => `(SELECT s.status::text FROM report_enrollment_status s
   WHERE s.municipality_id = e.municipality_id AND s.enrollment_id = e.enrollment_id AND s.changed_at < ${END_OF(day)}
   ORDER BY s.changed_at DESC LIMIT 1)`;

// The SQL of the reports. It reads only the report_* views the owning libraries define
// (DESIGN.md §8), never their tables, and only aggregates leave it: group counts by the
// report's dimensions, never a young person's id or any text about one.
@Injectable()
export class ReportsRepository {
  constructor(private readonly tx: TransactionHost) {}

  async counts(kind: ReportKind, municipalityId: string, period: ReportPeriod): Promise<CountRow[]> {
    const base = [municipalityId, period.from, period.to, period.timeZone];
    const rows = await this.tx.manager.query<CountRow[]>(
      this.sql(kind),
      kind === ReportKind.FLOWS ? [...base, period.before] : base,
    );
    return rows;
  }

  // Days from each registration in the period to the first contact attempt and to the first
  // measure offered on or after it, as quartiles per group (the whole municipality, each KAA unit,
  // each age band at registration, each sex): the same registrations, units and age bands as the
  // REGISTRATIONS report, so each group's size is a cell of that report's protected cube. Only
  // the quartiles and the number of registrations they are computed from leave the database.
  async durations(municipalityId: string, period: ReportPeriod): Promise<DurationRow[]> {
    return this.tx.manager.query<DurationRow[]>(
      `WITH e AS (
         SELECT e.young_person_id, e.registered_on, e.kaa_unit_id::text AS unit, ${AGE_BAND('e.registered_on')} AS age, e.sex
           FROM report_enrollment e
          WHERE e.municipality_id = $1 AND e.registered_on BETWEEN $2::date AND $3::date),
       d AS (
         SELECT e.unit, e.age, e.sex,
                (SELECT min((c.occurred_at AT TIME ZONE $4)::date) FROM report_contact c
                  WHERE c.municipality_id = $1 AND c.young_person_id = e.young_person_id
                    AND (c.occurred_at AT TIME ZONE $4)::date >= e.registered_on) - e.registered_on AS contact_days,
                (SELECT min(m.offered_on) FROM report_measure m
                  WHERE m.municipality_id = $1 AND m.young_person_id = e.young_person_id
                    AND m.offered_on >= e.registered_on) - e.registered_on AS measure_days
           FROM e)
       SELECT CASE WHEN grouping(unit, age, sex) = 7 THEN 'ALL'
                   WHEN grouping(unit) = 0 THEN 'UNIT' WHEN grouping(age) = 0 THEN 'AGE' ELSE 'SEX' END AS dimension,
              COALESCE(CASE WHEN grouping(unit) = 0 THEN unit WHEN grouping(age) = 0 THEN age
                            WHEN grouping(sex) = 0 THEN sex END, '') AS key,
              count(contact_days)::int AS contact_n,
              percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY contact_days) AS contact_q,
              count(measure_days)::int AS measure_n,
              percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY measure_days) AS measure_q
         FROM d GROUP BY GROUPING SETS ((), (unit), (age), (sex))`,
      [municipalityId, period.from, period.to, period.timeZone],
    );
  }

  // The name an exported report is headed with.
  async municipalityName(municipalityId: string): Promise<string> {
    const rows = await this.tx.manager.query<Array<{ name: string }>>('SELECT name FROM municipality WHERE id = $1', [
      municipalityId,
    ]);
    return rows[0]?.name ?? '';
  }

  // The municipality's own k, if its admin set one.
  async minCell(municipalityId: string): Promise<number | null> {
    const rows = await this.tx.manager.query<Array<{ k: number | null }>>(
      'SELECT report_min_cell AS k FROM municipality WHERE id = $1',
      [municipalityId],
    );
    return rows[0]?.k ?? null;
  }

  private sql(kind: ReportKind): string {
    const group = 'GROUP BY 1, 2, 3, 4, 5';
    const cols = (r: string, c: string, day: string) =>
      `SELECT ${r} AS r, ${c} AS c, e.kaa_unit_id::text AS unit, ${AGE_BAND(day)} AS age, e.sex, count(*)::int AS n`;
    switch (kind) {
      case ReportKind.KAA_COHORT:
        // Each young person once (their latest registration open in the period), with the status
        // and the current occupation they had at the period's end (or at the registration's end).
        return `WITH e AS (
            SELECT DISTINCT ON (young_person_id) * FROM report_enrollment
             WHERE municipality_id = $1 AND registered_on <= $3::date AND (ended_on IS NULL OR ended_on >= $2::date)
             ORDER BY young_person_id, registered_on DESC)
          ${cols(
            `COALESCE(${STATUS_AT('LEAST($3::date, COALESCE(e.ended_on, $3::date))')}, e.status::text)`,
            `COALESCE((SELECT o.category::text FROM report_occupation o
                WHERE o.municipality_id = e.municipality_id AND o.young_person_id = e.young_person_id
                  AND o.kind = 'CURRENT' AND o.valid_from <= $3::date
                ORDER BY o.valid_from DESC, o.created_at DESC LIMIT 1), 'UNKNOWN')`,
            '$3::date',
          )}
          FROM e ${group}`;
      case ReportKind.REGISTRATIONS:
        return `${cols('e.registration_reason::text', 'e.sex', 'e.registered_on')}
          FROM report_enrollment e
          WHERE e.municipality_id = $1 AND e.registered_on BETWEEN $2::date AND $3::date AND $4::text IS NOT NULL
          ${group}`;
      case ReportKind.ENDS:
        return `${cols('e.end_reason::text', 'e.sex', 'e.ended_on')}
          FROM report_enrollment e
          WHERE e.municipality_id = $1 AND e.ended_on BETWEEN $2::date AND $3::date AND $4::text IS NOT NULL
          ${group}`;
      case ReportKind.MEASURES:
        // Each young person once: by the first measure offered to them in the period.
        return `WITH m AS (
            SELECT DISTINCT ON (young_person_id) * FROM report_measure
             WHERE municipality_id = $1 AND offered_on BETWEEN $2::date AND $3::date
             ORDER BY young_person_id, offered_on, scb_category),
          e AS (SELECT DISTINCT ON (young_person_id) * FROM report_enrollment WHERE municipality_id = $1
                 ORDER BY young_person_id, registered_on DESC)
          ${cols('m.scb_category::text', 'm.tier::text', 'm.offered_on')}
          FROM m JOIN e ON e.young_person_id = m.young_person_id
          WHERE $4::text IS NOT NULL
          ${group}`;
      case ReportKind.MEASURE_OUTCOMES:
        // Each young person once: by the last measure that ended in the period.
        return `WITH m AS (
            SELECT DISTINCT ON (young_person_id) * FROM report_measure
             WHERE municipality_id = $1 AND ended_on BETWEEN $2::date AND $3::date
             ORDER BY young_person_id, ended_on DESC, scb_category),
          e AS (SELECT DISTINCT ON (young_person_id) * FROM report_enrollment WHERE municipality_id = $1
                 ORDER BY young_person_id, registered_on DESC)
          ${cols('m.scb_category::text', "COALESCE(m.occupation_after::text, 'UNKNOWN')", 'm.ended_on')}
          FROM m JOIN e ON e.young_person_id = m.young_person_id
          WHERE $4::text IS NOT NULL
          ${group}`;
      case ReportKind.FLOWS:
        // Each young person registered at either moment, once: where they stood at the end of the
        // previous half-year ($5) and at the end of the period.
        return `WITH e AS (
            SELECT DISTINCT ON (young_person_id) * FROM report_enrollment
             WHERE municipality_id = $1 AND registered_on <= $3::date AND (ended_on IS NULL OR ended_on > $5::date)
             ORDER BY young_person_id, registered_on DESC)
          ${cols(
            `CASE WHEN e.registered_on > $5::date THEN 'NOT_REGISTERED'
                  ELSE COALESCE(${STATUS_AT('$5::date')}, e.status::text) END`,
            `CASE WHEN e.ended_on IS NOT NULL AND e.ended_on <= $3::date THEN 'ENDED'
                  ELSE COALESCE(${STATUS_AT('$3::date')}, e.status::text) END`,
            '$3::date',
          )}
          FROM e WHERE $2::date IS NOT NULL ${group}`;
      case ReportKind.PLAN_ACTIONS:
        // Each young person once per kind of responsible organisation, as their active plan's
        // actions stand now: overdue when an open action was due before the period's last day.
        // (Actions keep no history of their status, so a past period is judged by today's
        // statuses; docs/REPORTS.md.)
        return `WITH a AS (
            SELECT young_person_id, responsible_kind,
                   CASE WHEN bool_or(status IN ('PLANNED', 'IN_PROGRESS') AND due_on < $3::date) THEN 'OVERDUE'
                        WHEN bool_or(status IN ('PLANNED', 'IN_PROGRESS')) THEN 'OPEN'
                        ELSE 'NONE_OPEN' END AS state
              FROM report_plan_action WHERE municipality_id = $1 GROUP BY 1, 2),
          e AS (SELECT DISTINCT ON (young_person_id) * FROM report_enrollment
                 WHERE municipality_id = $1 AND registered_on <= $3::date AND (ended_on IS NULL OR ended_on >= $2::date)
                 ORDER BY young_person_id, registered_on DESC)
          ${cols('a.responsible_kind', 'a.state', '$3::date')}
          FROM a JOIN e ON e.young_person_id = a.young_person_id
          WHERE $4::text IS NOT NULL
          ${group}`;
      case ReportKind.SIGNALS:
        // Each pupil once per kind of signal: by the first signal of that kind received in the
        // period (days in the municipality's time zone), and how many days it took to handle it.
        // Signals are about pupils who need not be registered: the unit is the registered young
        // person's (none otherwise), the sex the identity number's; no age band (a signal may be
        // about a pupil of compulsory school, younger than the KAA bands).
        return `WITH s AS (
            SELECT DISTINCT ON (pupil, kind) * FROM report_signal
             WHERE municipality_id = $1 AND (received_at AT TIME ZONE $4)::date BETWEEN $2::date AND $3::date
             ORDER BY pupil, kind, received_at),
          e AS (SELECT DISTINCT ON (young_person_id) * FROM report_enrollment WHERE municipality_id = $1
                 ORDER BY young_person_id, registered_on DESC)
          SELECT s.kind AS r,
                 CASE WHEN s.handled_at IS NULL THEN 'NOT_HANDLED'
                      ELSE CASE WHEN d <= 2 THEN 'DAYS_0_2' WHEN d <= 7 THEN 'DAYS_3_7' WHEN d <= 30 THEN 'DAYS_8_30'
                                ELSE 'DAYS_OVER_30' END END AS c,
                 e.kaa_unit_id::text AS unit, '' AS age, s.sex, count(*)::int AS n
            FROM s
            CROSS JOIN LATERAL (SELECT (s.handled_at AT TIME ZONE $4)::date - (s.received_at AT TIME ZONE $4)::date AS d) h
            LEFT JOIN e ON e.young_person_id = s.young_person_id
          ${group}`;
      case ReportKind.ALERTS:
        // Each young person once per rule: by the last step their alerts of the rule reached in
        // the period (resolved in it; else escalated in it; else opened in it).
        return `WITH a AS (
            SELECT young_person_id, rule,
                   max(CASE WHEN resolved_at >= ${START_OF('$2')} AND resolved_at < ${END_OF('$3')} THEN 3
                            WHEN escalated_at >= ${START_OF('$2')} AND escalated_at < ${END_OF('$3')} THEN 2
                            WHEN opened_at >= ${START_OF('$2')} THEN 1 END) AS step
              FROM report_alert
             WHERE municipality_id = $1 AND opened_at < ${END_OF('$3')}
               AND (resolved_at IS NULL OR resolved_at >= ${START_OF('$2')})
             GROUP BY 1, 2),
          e AS (SELECT DISTINCT ON (young_person_id) * FROM report_enrollment WHERE municipality_id = $1
                 ORDER BY young_person_id, registered_on DESC)
          ${cols('a.rule', "(ARRAY['OPENED', 'ESCALATED', 'RESOLVED'])[a.step]", '$3::date')}
          FROM a JOIN e ON e.young_person_id = a.young_person_id
          WHERE a.step IS NOT NULL
          ${group}`;
    }
  }
}
