import { AlertRule } from './alerts.enums';

// The gap rules as one set-based statement over every municipality (DESIGN.md §6). Each rule is
// a SELECT giving the conditions that hold today, one row per (young person, rule, condition
// key): the key is the record the gap is about (a plan action, a referral, a consent), empty for
// rules about the person. Every date is judged on the municipality's own day, from the job's
// instant ($1) in its time zone: never the database's clock. The Swedish working-day calendar
// comes in as arrays ($2 days, $3 working-day ordinals, $4 working or not) so that the timers'
// "n working days after registration" is one join (see calendarArrays).
//
// A rule's facts are the data behind its reason, stable from day to day (dates, counts and the
// threshold, not "days since", which the reader computes), so an open alert is rewritten only
// when something about it changed.

// An on-demand run's one municipality ($6) named on a table of its own, not only through the
// join to `mu`: the run's statement is planned with its parameters, so for one municipality this
// folds to `column = '…'` and the scan uses the table's municipality index instead of reading
// every municipality's rows (a region's database holds many); for all ($6 NULL) it folds away.
function inRun(column: string): string {
  return `($6::uuid IS NULL OR ${column} = $6::uuid)`;
}

// The team lead who answers for a KAA unit: the longest-standing active one.
const TEAM_LEAD = `
  team_lead AS (
    SELECT DISTINCT ON (m.organization_id) m.organization_id, m.user_id
      FROM membership m JOIN app_user u ON u.id = m.user_id
     WHERE m.role = 'TEAM_LEAD' AND (m.ended_at IS NULL OR m.ended_at > $1::timestamptz) AND u.disabled_at IS NULL
     ORDER BY m.organization_id, m.created_at, m.user_id
  )`;

// Stand-ins running on the municipality's day (issue 17): whose alerts go to whom. The trigger on
// stand_in allows one running period per absent coordinator, so this is at most one row each; a
// stand-in whose membership has ended takes nothing over.
const STAND_INS = `
  stand_in_today AS (
    SELECT s.kaa_unit_id, s.absent_user_id, s.stand_in_user_id
      FROM stand_in s JOIN mu ON mu.municipality_id = s.municipality_id
      JOIN membership sm ON sm.id = s.stand_in_membership_id
     WHERE s.ended_at IS NULL AND s.from_on <= mu.today AND s.to_on >= mu.today
       AND (sm.ended_at IS NULL OR sm.ended_at > $1::timestamptz)
  )`;

// The municipality's KAA unit for records that name none (a school's signal): the first, as the
// signals' "to check" entries use.
const KAA_UNIT = `
  kaa_unit AS (
    SELECT DISTINCT ON (o.municipality_id) o.municipality_id, o.id AS organization_id
      FROM organization o JOIN mu ON mu.municipality_id = o.municipality_id
     WHERE o.kind = 'KAA_UNIT'
     ORDER BY o.municipality_id, o.created_at, o.id
  )`;

const MUNICIPALITIES = `
  cal AS (
    SELECT c.day, c.ord, c.working FROM unnest($2::date[], $3::int[], $4::boolean[]) AS c(day, ord, working)
  ),
  mu AS (
    SELECT s.*, m.time_zone, ($1::timestamptz AT TIME ZONE m.time_zone)::date AS today
      FROM alert_settings s JOIN municipality m ON m.id = s.municipality_id
     WHERE $6::uuid IS NULL OR s.municipality_id = $6::uuid
  ),
  en AS (
    SELECT e.id AS enrollment_id, e.young_person_id, e.registered_on, rc.ord AS registered_ord, e.status,
           (e.registered_on::timestamp AT TIME ZONE mu.time_zone) AS registered_from, mu.*
      FROM kaa_enrollment e JOIN mu ON mu.municipality_id = e.municipality_id
      LEFT JOIN cal rc ON rc.day = e.registered_on
     WHERE e.ended_on IS NULL AND e.registered_on <= mu.today AND ${inRun('e.municipality_id')}
  ),
  -- Contacts since the registration day began in the municipality's zone; the latest's day there
  -- (the zone is converted once per person, not per contact). The per-person parts join en on
  -- the young person alone (an id is unique): joining on the municipality too, beside inRun, let
  -- the planner derive a filter on the scan of en, estimate 0.5% of its rows and choose nested
  -- loops over hundreds of thousands of contacts.
  contacts AS (
    SELECT en.young_person_id,
           (max(ca.occurred_at) AT TIME ZONE min(en.time_zone))::date AS last_on,
           count(*) FILTER (WHERE ca.outcome = 'NOT_REACHED') AS not_reached,
           bool_or(ca.outcome <> 'NOT_REACHED') AS reached
      FROM en JOIN contact_attempt ca
        ON ca.young_person_id = en.young_person_id
       AND ca.occurred_at >= en.registered_from AND ${inRun('ca.municipality_id')}
     GROUP BY en.young_person_id
  ),
  measures AS (
    SELECT en.young_person_id,
           bool_or(ms.status IN ('OFFERED', 'ACCEPTED', 'STARTED')) AS active,
           bool_or(ms.offered_on >= en.registered_on) AS offered_since_registration,
           max(GREATEST(ms.ended_on, ms.responded_on)) AS last_on
      FROM en JOIN measure ms ON ms.young_person_id = en.young_person_id
     WHERE ${inRun('ms.municipality_id')}
     GROUP BY en.young_person_id
  ),
  open_actions AS (
    SELECT DISTINCT p.young_person_id
      FROM en JOIN action_plan p ON p.young_person_id = en.young_person_id
      JOIN action_plan_action a ON a.plan_id = p.id
     WHERE p.status = 'ACTIVE' AND a.status IN ('PLANNED', 'IN_PROGRESS') AND ${inRun('p.municipality_id')}
  )`;

// A timer's deadline for a registration: `days` working days after it (through the calendar,
// joined as `alias`: the working day whose ordinal is the registration day's plus `days`) or
// calendar days. A join, not a subquery per registration, so it costs one hash join at any size.
function deadlineJoin(alias: string, days: string, working: string): string {
  return `LEFT JOIN cal ${alias} ON ${working} AND ${alias}.working AND ${alias}.ord = en.registered_ord + ${days}`;
}
function deadline(alias: string, days: string, working: string): string {
  return `CASE WHEN ${working} THEN COALESCE(${alias}.day, en.registered_on + ${days} * 7 / 5)
            ELSE en.registered_on + ${days} END`;
}

function enabled(rule: AlertRule, alias = 'en'): string {
  return `NOT ('${rule}' = ANY(${alias}.disabled_rules))`;
}

const RULES: Record<AlertRule, string> = {
  [AlertRule.NO_COORDINATOR]: `
    SELECT en.municipality_id, en.young_person_id, '${AlertRule.NO_COORDINATOR}' AS rule, '' AS condition_key,
           en.registered_on + en.no_coordinator_days AS due_on, NULL::uuid AS responsible_organization_id,
           jsonb_build_object('registeredOn', en.registered_on, 'threshold', en.no_coordinator_days) AS facts,
           NULL::uuid AS kaa_unit_id
      FROM en JOIN young_person yp ON yp.id = en.young_person_id
     WHERE ${enabled(AlertRule.NO_COORDINATOR)} AND yp.coordinator_id IS NULL AND ${inRun('yp.municipality_id')}
       AND en.today - en.registered_on >= en.no_coordinator_days`,
  [AlertRule.NO_CONTACT]: `
    SELECT en.municipality_id, en.young_person_id, '${AlertRule.NO_CONTACT}', '',
           GREATEST(en.registered_on, c.last_on) + en.no_contact_days, NULL::uuid,
           jsonb_build_object('since', GREATEST(en.registered_on, c.last_on), 'lastContactOn', c.last_on,
                              'threshold', en.no_contact_days),
           NULL::uuid
      FROM en LEFT JOIN contacts c ON c.young_person_id = en.young_person_id
     WHERE ${enabled(AlertRule.NO_CONTACT)}
       AND en.today - GREATEST(en.registered_on, c.last_on) >= en.no_contact_days`,
  [AlertRule.NEVER_REACHED]: `
    SELECT en.municipality_id, en.young_person_id, '${AlertRule.NEVER_REACHED}', '',
           c.last_on, NULL::uuid,
           jsonb_build_object('attempts', c.not_reached, 'lastAttemptOn', c.last_on,
                              'threshold', en.never_reached_attempts),
           NULL::uuid
      FROM en JOIN contacts c ON c.young_person_id = en.young_person_id
     WHERE ${enabled(AlertRule.NEVER_REACHED)} AND NOT c.reached AND c.not_reached >= en.never_reached_attempts`,
  [AlertRule.NO_ACTIVITY]: `
    SELECT en.municipality_id, en.young_person_id, '${AlertRule.NO_ACTIVITY}', '',
           GREATEST(en.registered_on, ms.last_on) + en.no_activity_days, NULL::uuid,
           jsonb_build_object('since', GREATEST(en.registered_on, ms.last_on), 'threshold', en.no_activity_days),
           NULL::uuid
      FROM en LEFT JOIN measures ms ON ms.young_person_id = en.young_person_id
     WHERE ${enabled(AlertRule.NO_ACTIVITY)} AND en.status NOT IN ('IN_EDUCATION', 'IN_WORK')
       AND NOT COALESCE(ms.active, false)
       AND NOT EXISTS (SELECT 1 FROM open_actions oa WHERE oa.young_person_id = en.young_person_id)
       AND en.today - GREATEST(en.registered_on, ms.last_on) >= en.no_activity_days`,
  [AlertRule.PLAN_ACTION_OVERDUE]: `
    SELECT p.municipality_id, p.young_person_id, '${AlertRule.PLAN_ACTION_OVERDUE}', a.id::text,
           a.due_on, a.responsible_organization_id,
           jsonb_build_object('dueOn', a.due_on, 'planId', p.id, 'actionId', a.id,
                              'responsibleUserId', a.responsible_user_id, 'threshold', mu.overdue_grace_days),
           NULL::uuid
      FROM mu JOIN action_plan p ON p.municipality_id = mu.municipality_id
      JOIN action_plan_action a ON a.plan_id = p.id
     WHERE ${enabled(AlertRule.PLAN_ACTION_OVERDUE, 'mu')} AND p.status = 'ACTIVE' AND p.young_person_id IS NOT NULL
       AND ${inRun('p.municipality_id')}
       AND a.status IN ('PLANNED', 'IN_PROGRESS') AND a.due_on IS NOT NULL
       AND mu.today - a.due_on > mu.overdue_grace_days`,
  [AlertRule.FOLLOW_UP_OVERDUE]: `
    SELECT p.municipality_id, p.young_person_id, '${AlertRule.FOLLOW_UP_OVERDUE}', f.id::text,
           f.planned_on, p.lead_organization_id,
           jsonb_build_object('dueOn', f.planned_on, 'planId', p.id, 'threshold', mu.overdue_grace_days),
           NULL::uuid
      FROM mu JOIN action_plan p ON p.municipality_id = mu.municipality_id
      JOIN action_plan_follow_up f ON f.plan_id = p.id
     WHERE ${enabled(AlertRule.FOLLOW_UP_OVERDUE, 'mu')} AND p.status = 'ACTIVE' AND p.young_person_id IS NOT NULL
       AND ${inRun('p.municipality_id')}
       AND f.held_on IS NULL AND mu.today - f.planned_on > mu.overdue_grace_days`,
  [AlertRule.REFERRAL_UNANSWERED]: `
    SELECT r.municipality_id, r.young_person_id, '${AlertRule.REFERRAL_UNANSWERED}', r.id::text,
           (r.sent_at AT TIME ZONE mu.time_zone)::date + mu.referral_unanswered_days, r.to_organization_id,
           jsonb_build_object('sentOn', (r.sent_at AT TIME ZONE mu.time_zone)::date, 'referralId', r.id,
                              'threshold', mu.referral_unanswered_days),
           NULL::uuid
      FROM mu JOIN referral r ON r.municipality_id = mu.municipality_id
     WHERE ${enabled(AlertRule.REFERRAL_UNANSWERED, 'mu')} AND r.status = 'REQUESTED' AND ${inRun('r.municipality_id')}
       AND mu.today - (r.sent_at AT TIME ZONE mu.time_zone)::date >= mu.referral_unanswered_days`,
  [AlertRule.CONSENT_EXPIRING]: `
    SELECT c.municipality_id, c.young_person_id, '${AlertRule.CONSENT_EXPIRING}', c.id::text,
           c.valid_to, c.recipient_organization_id,
           jsonb_build_object('validTo', c.valid_to, 'consentId', c.id, 'threshold', mu.consent_expiring_days),
           NULL::uuid
      FROM mu JOIN consent c ON c.municipality_id = mu.municipality_id
     WHERE ${enabled(AlertRule.CONSENT_EXPIRING, 'mu')} AND c.withdrawn_at IS NULL AND c.replaced_by_id IS NULL
       AND ${inRun('c.municipality_id')}
       AND c.valid_from <= mu.today AND c.valid_to >= mu.today
       AND c.valid_to - mu.today <= mu.consent_expiring_days`,
  [AlertRule.STATUS_UNKNOWN]: `
    SELECT en.municipality_id, en.young_person_id, '${AlertRule.STATUS_UNKNOWN}', '',
           s.since + en.status_unknown_days, NULL::uuid,
           jsonb_build_object('since', s.since, 'threshold', en.status_unknown_days),
           NULL::uuid
      FROM en CROSS JOIN LATERAL (
        SELECT COALESCE(max((sc.changed_at AT TIME ZONE en.time_zone)::date), en.registered_on) AS since
          FROM kaa_enrollment_status_change sc
         WHERE sc.municipality_id = en.municipality_id AND sc.enrollment_id = en.enrollment_id
           AND sc.to_status = 'UNKNOWN'
      ) s
     WHERE ${enabled(AlertRule.STATUS_UNKNOWN)} AND en.status = 'UNKNOWN'
       AND en.today - s.since >= en.status_unknown_days`,
  // A hand-over is planned when a referral to a partner is under way or done (sent within the
  // year before the birthday), or a planned occupation is recorded for that period.
  [AlertRule.TURNING_20_NO_HAND_OVER]: `
    SELECT en.municipality_id, en.young_person_id, '${AlertRule.TURNING_20_NO_HAND_OVER}', '',
           b.birthday, NULL::uuid,
           jsonb_build_object('birthday', b.birthday, 'threshold', en.turning_20_days),
           NULL::uuid
      FROM en JOIN young_person yp ON yp.id = en.young_person_id
      CROSS JOIN LATERAL (SELECT (yp.date_of_birth + interval '20 years')::date AS birthday) b
     WHERE ${enabled(AlertRule.TURNING_20_NO_HAND_OVER)} AND ${inRun('yp.municipality_id')}
       AND b.birthday >= en.today AND b.birthday - en.today <= en.turning_20_days
       AND NOT EXISTS (
         SELECT 1 FROM referral r
          WHERE r.municipality_id = en.municipality_id AND r.young_person_id = en.young_person_id
            AND r.status IN ('REQUESTED', 'ACCEPTED', 'DONE')
            AND (r.sent_at AT TIME ZONE en.time_zone)::date >= b.birthday - 365)
       AND NOT EXISTS (
         SELECT 1 FROM occupation o
          WHERE o.municipality_id = en.municipality_id AND o.young_person_id = en.young_person_id
            AND o.kind = 'PLANNED' AND o.valid_from >= b.birthday - 365)`,
  [AlertRule.FIRST_CONTACT_DUE]: `
    SELECT en.municipality_id, en.young_person_id, '${AlertRule.FIRST_CONTACT_DUE}', '',
           d.deadline, NULL::uuid,
           jsonb_build_object('registeredOn', en.registered_on, 'deadline', d.deadline,
                              'threshold', en.first_contact_days, 'workingDays', en.first_contact_working_days),
           NULL::uuid
      FROM en ${deadlineJoin('fc', 'en.first_contact_days', 'en.first_contact_working_days')}
      CROSS JOIN LATERAL (
        SELECT ${deadline('fc', 'en.first_contact_days', 'en.first_contact_working_days')} AS deadline) d
     WHERE ${enabled(AlertRule.FIRST_CONTACT_DUE)}
       AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.young_person_id = en.young_person_id)
       AND en.today > d.deadline`,
  [AlertRule.OFFER_DUE]: `
    SELECT en.municipality_id, en.young_person_id, '${AlertRule.OFFER_DUE}', '',
           d.deadline, NULL::uuid,
           jsonb_build_object('registeredOn', en.registered_on, 'deadline', d.deadline,
                              'threshold', en.offer_days, 'workingDays', en.offer_working_days),
           NULL::uuid
      FROM en LEFT JOIN measures ms ON ms.young_person_id = en.young_person_id
      ${deadlineJoin('od', 'en.offer_days', 'en.offer_working_days')}
      CROSS JOIN LATERAL (SELECT ${deadline('od', 'en.offer_days', 'en.offer_working_days')} AS deadline) d
     WHERE ${enabled(AlertRule.OFFER_DUE)} AND en.status NOT IN ('IN_EDUCATION', 'IN_WORK')
       AND NOT COALESCE(ms.offered_since_registration, false)
       AND en.today > d.deadline`,
  // A school's signal not handled N days after it came in (its day in the pupil's home
  // municipality, whose KAA unit handles it). About the registered young person with the signal's number, when there is one (owned as their other
  // alerts); else about nobody registered, kept for the municipality's KAA unit (the first, as a
  // signal opens its "to check" entry there) and owned by its team lead.
  [AlertRule.SIGNAL_NOT_HANDLED]: `
    SELECT sg.home_municipality_id, yp.id, '${AlertRule.SIGNAL_NOT_HANDLED}', sg.id::text,
           (sg.created_at AT TIME ZONE mu.time_zone)::date + mu.signal_not_handled_days, NULL::uuid,
           jsonb_build_object('receivedOn', (sg.created_at AT TIME ZONE mu.time_zone)::date, 'signalId', sg.id,
                              'kind', sg.kind, 'occurredOn', sg.occurred_on, 'threshold', mu.signal_not_handled_days),
           CASE WHEN yp.id IS NULL THEN ku.organization_id END
      FROM mu JOIN signal sg ON sg.home_municipality_id = mu.municipality_id
      LEFT JOIN young_person yp
        ON yp.municipality_id = sg.home_municipality_id AND yp.personal_identity_number = sg.personal_identity_number
      LEFT JOIN kaa_unit ku ON ku.municipality_id = mu.municipality_id
     WHERE ${enabled(AlertRule.SIGNAL_NOT_HANDLED, 'mu')} AND sg.handled_at IS NULL AND ${inRun('sg.home_municipality_id')}
       AND mu.today - (sg.created_at AT TIME ZONE mu.time_zone)::date >= mu.signal_not_handled_days
       AND (yp.id IS NOT NULL OR ku.organization_id IS NOT NULL)`,
  // An entry left in the target-group matching's "to check" queue N days after it (last) came in:
  // nobody registered yet, so the alert is the entry's KAA unit's, owned by its team lead.
  [AlertRule.TO_CHECK_LEFT]: `
    SELECT tc.municipality_id, NULL::uuid, '${AlertRule.TO_CHECK_LEFT}', tc.id::text,
           (tc.opened_at AT TIME ZONE mu.time_zone)::date + mu.to_check_days, NULL::uuid,
           jsonb_build_object('since', (tc.opened_at AT TIME ZONE mu.time_zone)::date, 'checkId', tc.id,
                              'threshold', mu.to_check_days),
           tc.kaa_unit_id
      FROM mu JOIN target_group_check tc ON tc.municipality_id = mu.municipality_id
     WHERE ${enabled(AlertRule.TO_CHECK_LEFT, 'mu')} AND tc.status = 'TO_CHECK' AND ${inRun('tc.municipality_id')}
       AND mu.today - (tc.opened_at AT TIME ZONE mu.time_zone)::date >= mu.to_check_days`,
};

export const EVALUATED_RULES: readonly AlertRule[] = Object.values(AlertRule);

// The settings of one evaluation and of the settings preview, for their transaction only (one
// statement): memory per hash or sort, since the default 4 MB spilled the target set to disk from
// 20,000 young people on, and 64 MB still spilled three steps of a first run over 200,000 (the
// materialised target, 72 MB; the sort of the alerts to insert, 56 MB; the registrations with
// their settings): 128 MB keeps them in memory. One evaluation runs at a time (the job lock), so
// this is a few hundred MB at most for one backend; and no JIT compilation. On a server built with LLVM (an external
// PostgreSQL; the embedded one has none) the statement's cost is far above `jit_above_cost`, and
// compiling its hundreds of expressions took 28 of 64 s of a daily run over 200,000 young people
// (EXPLAIN ANALYZE on PostgreSQL 15) while saving nothing measurable: every row is touched once.
export const EVALUATION_SETTINGS_SQL = `SELECT set_config('work_mem', '128MB', true), set_config('jit', 'off', true)`;

// Matches an alert about nobody registered in the anti-joins (a hashable key, where IS NOT
// DISTINCT FROM would not be).
const NO_PERSON = '00000000-0000-0000-0000-000000000000';

// The conditions that hold today, with their owners: the part shared by the evaluation and the
// settings preview. The owner is who must act: the stand-in of the responsible coordinator while
// one is appointed, else the coordinator, else the unit's team lead; so an alert moves to the
// stand-in when the period starts and back when it ends (next run). Parameters: $1 the instant,
// $2-$4 the calendar, $5 the rules evaluated, $6 one municipality or NULL for all (every
// municipality-scoped CTE goes through mu).
const TARGET = `
  ${MUNICIPALITIES}, ${KAA_UNIT}, ${TEAM_LEAD}, ${STAND_INS},
  found AS (
    ${EVALUATED_RULES.map((rule) => RULES[rule]).join('\n    UNION ALL\n')}
  ),
  target AS (
    SELECT f.municipality_id, f.young_person_id, f.rule, f.condition_key, f.due_on, f.responsible_organization_id,
           f.facts, COALESCE(yp.kaa_unit_id, f.kaa_unit_id) AS kaa_unit_id,
           COALESCE(f.young_person_id, '${NO_PERSON}'::uuid) AS subject_id,
           COALESCE(si.stand_in_user_id, yp.coordinator_id, tl.user_id) AS owner_user_id
      FROM found f LEFT JOIN young_person yp ON yp.id = f.young_person_id AND ${inRun('yp.municipality_id')}
      LEFT JOIN team_lead tl ON tl.organization_id = COALESCE(yp.kaa_unit_id, f.kaa_unit_id)
      LEFT JOIN stand_in_today si ON si.absent_user_id = yp.coordinator_id AND si.kaa_unit_id = yp.kaa_unit_id
  )`;

// Opens what is new, keeps what still holds (its facts, due date, owner and unit brought up to
// date) and ends what no longer holds, in one statement. The inserts and the end touch disjoint
// rows (the end only rows whose condition is not found), and the partial unique indexes make a
// second opening of a held condition an update instead: one insert per index, for the alerts
// about a young person and for those about nobody registered (a unit's). $5: the rules this
// evaluator owns; alerts of other rules are left alone. $6: one municipality (an on-demand
// run), or NULL.
const UPSERT_SET = `
       SET due_on = EXCLUDED.due_on, facts = EXCLUDED.facts, owner_user_id = EXCLUDED.owner_user_id,
           responsible_organization_id = EXCLUDED.responsible_organization_id, kaa_unit_id = EXCLUDED.kaa_unit_id,
           version = a.version + 1
     WHERE (a.due_on, a.facts, a.owner_user_id, a.responsible_organization_id, a.kaa_unit_id)
           IS DISTINCT FROM (EXCLUDED.due_on, EXCLUDED.facts, EXCLUDED.owner_user_id,
                             EXCLUDED.responsible_organization_id, EXCLUDED.kaa_unit_id)
    RETURNING a.id, a.municipality_id, a.owner_user_id, (a.xmax = 0) AS inserted`;
const INSERT_TARGET = `
    INSERT INTO alert AS a (municipality_id, young_person_id, rule, condition_key, due_on, facts, owner_user_id,
                            responsible_organization_id, kaa_unit_id, opened_at)
    SELECT t.municipality_id, t.young_person_id, t.rule, t.condition_key, t.due_on, t.facts, t.owner_user_id,
           t.responsible_organization_id, t.kaa_unit_id, $1::timestamptz
      FROM target t`;

// The alerts about young people are inserted in the order of their young person: two of the
// table's indexes (the open condition's and the young person's history) and the foreign key's
// lookups are keyed by it, so each of their pages is then visited once, in order, instead of at
// random. A first run over 200,000 young people (300,000 alerts) read 56% fewer pages and wrote
// 74% fewer (EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL 15 with its default 128 MB of shared
// buffers), for one sort of the rows it inserts; a daily run inserts few and sorts few.
//
// A held condition whose alert is already up to date is left out before the insert (one hash
// anti-join), so a daily run does not try, and then skip, one insert per open alert; the
// ON CONFLICT clause is still what keeps a condition to one alert when runs race.
const UNCHANGED = `
       AND NOT EXISTS (
         SELECT 1 FROM alert a
          WHERE a.ended_at IS NULL AND ${inRun('a.municipality_id')}
            AND COALESCE(a.young_person_id, '${NO_PERSON}'::uuid) = t.subject_id
            AND a.rule = t.rule AND a.condition_key = t.condition_key
            AND (a.due_on, a.facts, a.owner_user_id, a.responsible_organization_id, a.kaa_unit_id)
                IS NOT DISTINCT FROM (t.due_on, t.facts, t.owner_user_id, t.responsible_organization_id, t.kaa_unit_id))`;

// The target's keys alone, for the anti-join that ends what no longer holds. PostgreSQL sorts
// (or hashes) a CTE scan's whole row, facts included, unless a projection stands in between
// (`OFFSET 0` keeps this subquery from being flattened into the scan): over 200,000 young people
// the full rows of a first run's 360,000 conditions took a 96 MB external sort, the keys a
// 57 MB one in memory, and the step's time halved (EXPLAIN ANALYZE, PostgreSQL 15).
const TARGET_KEYS = `(SELECT subject_id, rule, condition_key FROM target OFFSET 0)`;

// What one run changed comes back as counts, not a row per alert: per municipality and kind of
// change (opened, updated, ended) its count and at most CHANGED_IDS_LIMIT of its ids (for the audit
// event), and per owner the alerts opened for them (change 'owner', for the notifications). A first
// run over 200,000 young people opens about 300,000 alerts; sending each back to the api, and
// then their ids back to the database to count them per owner, took over a second of the run.
export const CHANGED_IDS_LIMIT = 100;

export interface EvaluationChangeRow {
  municipality_id: string;
  change: 'opened' | 'updated' | 'ended' | 'owner';
  owner_user_id: string | null;
  n: number;
  ids: string[] | null;
}

export const EVALUATE_SQL = `
  WITH ${TARGET},
  upserted AS (
    ${INSERT_TARGET}
     WHERE t.young_person_id IS NOT NULL ${UNCHANGED}
     ORDER BY t.young_person_id
    ON CONFLICT (young_person_id, rule, condition_key) WHERE ended_at IS NULL DO UPDATE ${UPSERT_SET}
  ),
  upserted_unit AS (
    ${INSERT_TARGET}
     WHERE t.young_person_id IS NULL ${UNCHANGED}
    ON CONFLICT (rule, condition_key) WHERE ended_at IS NULL AND young_person_id IS NULL DO UPDATE ${UPSERT_SET}
  ),
  ended AS (
    UPDATE alert a
       SET ended_at = $1::timestamptz, resolved_at = COALESCE(a.resolved_at, $1::timestamptz),
           resolution = COALESCE(a.resolution, 'CONDITION_ENDED'), version = a.version + 1
     WHERE a.ended_at IS NULL AND a.rule = ANY($5::text[])
       AND a.municipality_id IN (SELECT municipality_id FROM mu) AND ${inRun('a.municipality_id')}
       AND NOT EXISTS (SELECT 1 FROM ${TARGET_KEYS} t
                        WHERE t.subject_id = COALESCE(a.young_person_id, '${NO_PERSON}'::uuid)
                          AND t.rule = a.rule AND t.condition_key = a.condition_key)
    RETURNING a.id, a.municipality_id
  ),
  changed AS (
    SELECT CASE WHEN inserted THEN 'opened' ELSE 'updated' END AS change, id, municipality_id, owner_user_id
      FROM upserted
    UNION ALL
    SELECT CASE WHEN inserted THEN 'opened' ELSE 'updated' END, id, municipality_id, owner_user_id FROM upserted_unit
    UNION ALL
    SELECT 'ended', id, municipality_id, NULL::uuid FROM ended
  )
  SELECT municipality_id, change, NULL::uuid AS owner_user_id, count(*)::int AS n,
         (array_agg(id))[1:${CHANGED_IDS_LIMIT}]::text[] AS ids
    FROM changed GROUP BY municipality_id, change
  UNION ALL
  SELECT municipality_id, 'owner', owner_user_id, count(*)::int, NULL
    FROM changed WHERE change = 'opened' AND owner_user_id IS NOT NULL GROUP BY municipality_id, owner_user_id`;

// Alerts left unacknowledged for the municipality's number of days go to the unit's team lead
// (unless the team lead already owns them). Runs after EVALUATE_SQL, so only alerts whose
// condition still holds are escalated, and their unit (the young person's) is today's.
// $2: one municipality, or NULL for all.
export const ESCALATE_SQL = `
  WITH mu AS (
    SELECT s.*, m.time_zone, ($1::timestamptz AT TIME ZONE m.time_zone)::date AS today
      FROM alert_settings s JOIN municipality m ON m.id = s.municipality_id
     WHERE $2::uuid IS NULL OR s.municipality_id = $2::uuid
  ), ${TEAM_LEAD}
  UPDATE alert a
     SET escalated_at = $1::timestamptz, escalated_to_id = tl.user_id, version = a.version + 1
    FROM mu, team_lead tl
   WHERE mu.municipality_id = a.municipality_id
     AND tl.organization_id = a.kaa_unit_id
     AND a.ended_at IS NULL AND a.resolved_at IS NULL AND a.acknowledged_at IS NULL AND a.escalated_at IS NULL
     AND a.owner_user_id IS DISTINCT FROM tl.user_id
     AND mu.today - (a.opened_at AT TIME ZONE mu.time_zone)::date >= mu.escalate_after_days
  RETURNING a.id, a.municipality_id, a.young_person_id, a.escalated_to_id`;

// What an evaluation would do now, per rule, without doing it: the conditions that hold and
// have no open alert (would open) and the open alerts whose condition no longer holds (would
// end). Read-only; the settings preview runs it inside a transaction it rolls back, after
// writing the settings to try. Same parameters as EVALUATE_SQL.
export const PREVIEW_SQL = `
  WITH ${TARGET},
  opening AS (
    SELECT t.rule, count(*)::int AS n FROM target t
     WHERE NOT EXISTS (SELECT 1 FROM alert a
                        WHERE COALESCE(a.young_person_id, '${NO_PERSON}'::uuid) = t.subject_id AND a.rule = t.rule
                          AND a.condition_key = t.condition_key AND a.ended_at IS NULL)
     GROUP BY t.rule
  ),
  ending AS (
    SELECT a.rule, count(*)::int AS n FROM alert a
     WHERE a.ended_at IS NULL AND a.rule = ANY($5::text[])
       AND a.municipality_id IN (SELECT municipality_id FROM mu)
       AND NOT EXISTS (SELECT 1 FROM ${TARGET_KEYS} t
                        WHERE t.subject_id = COALESCE(a.young_person_id, '${NO_PERSON}'::uuid)
                          AND t.rule = a.rule AND t.condition_key = a.condition_key)
     GROUP BY a.rule
  ),
  holding AS (
    SELECT t.rule, count(*)::int AS n FROM target t GROUP BY t.rule
  )
  SELECT r.rule, COALESCE(o.n, 0) AS opening, COALESCE(e.n, 0) AS ending, COALESCE(h.n, 0) AS holding
    FROM unnest($5::text[]) AS r(rule)
    LEFT JOIN opening o ON o.rule = r.rule LEFT JOIN ending e ON e.rule = r.rule LEFT JOIN holding h ON h.rule = r.rule
   ORDER BY r.rule`;
