// The early-warning indicators as set-based SQL over the schools of one municipality (or all),
// judged on each municipality's own day. $1 the instant, $2 a municipality or null, $3 a school
// or null; $4-$6 the Swedish working-day calendar around the run (days, working-day ordinals,
// working or not: calendarArrays of libs/alerts) and $7 the Swedish holidays in it. CONDITIONS
// gives one row per school, pupil and fired indicator with the condition's key and the data
// behind it (facts, in order).
//
// A school day is a working day of that calendar (Monday to Friday, not a public holiday nor
// midsommarafton, julafton or nyårsafton). An absence reported on a holiday is not counted at
// all (no school that day: it is neither an unexcused day nor a weekday repeat), and a single
// day's neighbours are the school days before and after it, so the Thursday before Långfredagen
// and the Tuesday after Annandag påsk are neighbours. Weekend days that are not holidays keep
// counting as the school reports them (a school may teach on a Saturday); school breaks are not
// known to Brygga yet.

const CONDITIONS = `
  mu AS (
    SELECT s.*, ($1::timestamptz AT TIME ZONE m.time_zone)::date AS today
      FROM municipality m
      JOIN early_warning_settings s ON s.municipality_id = m.id
     WHERE ($2::uuid IS NULL OR m.id = $2::uuid)
  ),
  period AS (
    SELECT DISTINCT ON (sg.school_id, sg.personal_identity_number)
           sg.municipality_id, sg.school_id, sg.personal_identity_number AS pnr, sg.period_start, sg.period_end,
           100 - sg.absence_percent AS attendance
      FROM signal sg
      JOIN mu ON mu.municipality_id = sg.municipality_id
     WHERE sg.kind = 'ABSENCE_PERIOD' AND ($3::uuid IS NULL OR sg.school_id = $3::uuid)
       AND sg.period_end <= mu.today
     ORDER BY sg.school_id, sg.personal_identity_number, sg.period_end DESC, sg.created_at DESC
  ),
  school_day AS (
    SELECT c.day, c.ordinal FROM unnest($4::date[], $5::int[], $6::boolean[]) AS c(day, ordinal, working)
     WHERE c.working
  ),
  days AS (
    SELECT d.municipality_id, d.school_id, d.personal_identity_number AS pnr, d.day, d.unexcused, mu.today
      FROM school_absence_day d
      JOIN mu ON mu.municipality_id = d.municipality_id
     WHERE ($3::uuid IS NULL OR d.school_id = $3::uuid) AND d.day <= mu.today
       AND d.day > mu.today - 366 AND d.day <> ALL ($7::date[])
  ),
  cond AS (
    SELECT p.municipality_id, p.school_id, p.pnr, 'ATTENDANCE_BELOW'::text AS indicator,
           p.period_start || '..' || p.period_end AS condition_key,
           jsonb_build_array(
             jsonb_build_object('name', 'periodStart', 'value', p.period_start::text),
             jsonb_build_object('name', 'periodEnd', 'value', p.period_end::text),
             jsonb_build_object('name', 'attendancePercent', 'value', p.attendance::text),
             jsonb_build_object('name', 'thresholdPercent', 'value', mu.attendance_min_percent::text),
             jsonb_build_object('name', 'periodDays', 'value', mu.attendance_period_days::text)) AS facts
      FROM period p
      JOIN mu ON mu.municipality_id = p.municipality_id
     WHERE mu.attendance_enabled
       AND p.period_end - p.period_start + 1 >= mu.attendance_period_days
       AND mu.today - p.period_end < mu.attendance_period_days
       AND p.attendance < mu.attendance_min_percent
    UNION ALL
    SELECT d.municipality_id, d.school_id, d.pnr, 'UNEXCUSED_ABSENCES', max(d.day)::text,
           jsonb_build_array(
             jsonb_build_object('name', 'count', 'value', count(*)::text),
             jsonb_build_object('name', 'firstDay', 'value', min(d.day)::text),
             jsonb_build_object('name', 'lastDay', 'value', max(d.day)::text),
             jsonb_build_object('name', 'thresholdCount', 'value', min(mu.unexcused_count)::text),
             jsonb_build_object('name', 'windowDays', 'value', min(mu.unexcused_days)::text))
      FROM days d
      JOIN mu ON mu.municipality_id = d.municipality_id
     WHERE mu.unexcused_enabled AND d.unexcused AND d.day > d.today - mu.unexcused_days
     GROUP BY d.municipality_id, d.school_id, d.pnr
    HAVING count(*) >= min(mu.unexcused_count)
    UNION ALL
    (SELECT DISTINCT ON (w.school_id, w.pnr) w.municipality_id, w.school_id, w.pnr, 'SAME_WEEKDAY',
           w.weekday || ':' || w.last_day,
           jsonb_build_array(
             jsonb_build_object('name', 'weekday', 'value', w.weekday::text),
             jsonb_build_object('name', 'count', 'value', w.n::text),
             jsonb_build_object('name', 'lastDay', 'value', w.last_day::text),
             jsonb_build_object('name', 'thresholdCount', 'value', w.threshold::text),
             jsonb_build_object('name', 'windowDays', 'value', w.window_days::text))
      FROM (
        SELECT d.municipality_id, d.school_id, d.pnr, extract(isodow FROM d.day)::int AS weekday,
               count(*) AS n, max(d.day) AS last_day, min(mu.weekday_count) AS threshold,
               min(mu.weekday_days) AS window_days
          FROM days d
          JOIN mu ON mu.municipality_id = d.municipality_id
         WHERE mu.weekday_enabled AND d.day > d.today - mu.weekday_days
         GROUP BY d.municipality_id, d.school_id, d.pnr, extract(isodow FROM d.day)
        HAVING count(*) >= min(mu.weekday_count)
      ) w
     ORDER BY w.school_id, w.pnr, w.n DESC, w.weekday)
  ),
  single AS (
    SELECT d.municipality_id, d.school_id, d.pnr, d.day
      FROM days d
      JOIN mu ON mu.municipality_id = d.municipality_id
      JOIN school_day c ON c.day = d.day
      JOIN school_day prev ON prev.ordinal = c.ordinal - 1
      JOIN school_day next ON next.ordinal = c.ordinal + 1
     WHERE mu.single_days_enabled AND d.day > d.today - mu.single_days_days
       -- the next school day is known (not after today) and the pupil was there on both neighbours
       AND next.day <= d.today
       AND NOT EXISTS (
         SELECT 1 FROM school_absence_day o
          WHERE o.school_id = d.school_id AND o.personal_identity_number = d.pnr AND o.day IN (prev.day, next.day))
  ),
  cond_all AS (
    SELECT * FROM cond
    UNION ALL
    SELECT s.municipality_id, s.school_id, s.pnr, 'SINGLE_DAYS', max(s.day)::text,
           jsonb_build_array(
             jsonb_build_object('name', 'count', 'value', count(*)::text),
             jsonb_build_object('name', 'days', 'value', string_agg(s.day::text, ',' ORDER BY s.day)),
             jsonb_build_object('name', 'thresholdCount', 'value', min(mu.single_days_count)::text),
             jsonb_build_object('name', 'windowDays', 'value', min(mu.single_days_days)::text))
      FROM single s
      JOIN mu ON mu.municipality_id = s.municipality_id
     GROUP BY s.municipality_id, s.school_id, s.pnr
    HAVING count(*) >= min(mu.single_days_count)
    UNION ALL
    (SELECT DISTINCT ON (sg.school_id, sg.personal_identity_number)
           sg.municipality_id, sg.school_id, sg.personal_identity_number, 'DROP_OUT', sg.occurred_on::text,
           jsonb_build_array(jsonb_build_object('name', 'day', 'value', sg.occurred_on::text))
      FROM signal sg
      JOIN mu ON mu.municipality_id = sg.municipality_id
     WHERE mu.drop_out_enabled AND sg.kind = 'LEFT_UPPER_SECONDARY'
       AND ($3::uuid IS NULL OR sg.school_id = $3::uuid)
       AND sg.occurred_on > mu.today - 90 AND sg.occurred_on <= mu.today
     ORDER BY sg.school_id, sg.personal_identity_number, sg.occurred_on DESC)
  )`;

// Whom a new suggestion goes to: the pupil's mentor (an active school staff member of the school),
// else the school's student health (the longest-named active one), else the school.
const ADDRESSEE = `
  staff AS (
    SELECT DISTINCT ms.organization_id AS school_id, ms.user_id
      FROM membership ms JOIN app_user u ON u.id = ms.user_id
     WHERE ms.role = 'SCHOOL_STAFF' AND ms.ended_at IS NULL AND u.disabled_at IS NULL
  ),
  health AS (
    SELECT DISTINCT ON (f.school_id) f.school_id, f.user_id
      FROM school_staff_function f
      JOIN staff ON staff.school_id = f.school_id AND staff.user_id = f.user_id
     WHERE f.function = 'STUDENT_HEALTH'
     ORDER BY f.school_id, f.created_at, f.user_id
  )`;

export const EVALUATE_SQL = `
WITH ${CONDITIONS},
  ${ADDRESSEE},
  new_pupils AS (
    INSERT INTO school_pupil (municipality_id, school_id, personal_identity_number, updated_at)
    SELECT DISTINCT c.municipality_id, c.school_id, c.pnr, $1::timestamptz FROM cond_all c
    ON CONFLICT (school_id, personal_identity_number) DO NOTHING
    RETURNING id, school_id, personal_identity_number, mentor_user_id
  ),
  pupils AS (
    SELECT id, school_id, personal_identity_number, mentor_user_id FROM new_pupils
    UNION ALL
    SELECT p.id, p.school_id, p.personal_identity_number, p.mentor_user_id
      FROM school_pupil p
     WHERE EXISTS (SELECT 1 FROM cond_all c WHERE c.school_id = p.school_id AND c.pnr = p.personal_identity_number)
  ),
  ended AS (
    UPDATE early_warning_suggestion s
       SET status = 'ENDED', ended_at = $1, updated_at = $1, version = s.version + 1
     WHERE s.status = 'OPEN' AND ($2::uuid IS NULL OR s.municipality_id = $2::uuid)
       AND ($3::uuid IS NULL OR s.school_id = $3::uuid)
       AND NOT EXISTS (SELECT 1 FROM cond_all c
                        WHERE c.school_id = s.school_id AND c.pnr = s.personal_identity_number
                          AND c.indicator = s.indicator)
    RETURNING s.id, s.municipality_id, s.school_id, NULL::uuid AS addressed_to_id
  ),
  updated AS (
    UPDATE early_warning_suggestion s
       SET condition_key = c.condition_key, facts = c.facts, updated_at = $1, version = s.version + 1
      FROM cond_all c
     WHERE s.status = 'OPEN' AND c.school_id = s.school_id AND c.pnr = s.personal_identity_number
       AND c.indicator = s.indicator AND (s.condition_key <> c.condition_key OR s.facts <> c.facts)
       AND NOT EXISTS (SELECT 1 FROM early_warning_suggestion o
                        WHERE o.school_id = s.school_id AND o.personal_identity_number = s.personal_identity_number
                          AND o.indicator = s.indicator AND o.condition_key = c.condition_key AND o.id <> s.id)
    RETURNING s.id, s.municipality_id, s.school_id, NULL::uuid AS addressed_to_id
  ),
  opened AS (
    INSERT INTO early_warning_suggestion
      (municipality_id, school_id, pupil_id, personal_identity_number, indicator, condition_key, facts, status,
       addressed_level, addressed_to_id, opened_at, updated_at)
    SELECT c.municipality_id, c.school_id, p.id, c.pnr, c.indicator, c.condition_key, c.facts, 'OPEN',
           CASE WHEN mentor.user_id IS NOT NULL THEN 'MENTOR'
                WHEN health.user_id IS NOT NULL THEN 'STUDENT_HEALTH' ELSE 'SCHOOL' END,
           coalesce(mentor.user_id, health.user_id), $1, $1
      FROM cond_all c
      JOIN pupils p ON p.school_id = c.school_id AND p.personal_identity_number = c.pnr
      LEFT JOIN staff mentor ON mentor.school_id = c.school_id AND mentor.user_id = p.mentor_user_id
      LEFT JOIN health ON health.school_id = c.school_id
     WHERE NOT EXISTS (SELECT 1 FROM early_warning_suggestion s
                        WHERE s.school_id = c.school_id AND s.personal_identity_number = c.pnr
                          AND s.indicator = c.indicator AND (s.status = 'OPEN' OR s.condition_key = c.condition_key))
    ON CONFLICT DO NOTHING
    RETURNING id, municipality_id, school_id, addressed_to_id
  )
SELECT 'opened' AS change, id, municipality_id, school_id, addressed_to_id FROM opened
UNION ALL SELECT 'updated', id, municipality_id, school_id, addressed_to_id FROM updated
UNION ALL SELECT 'ended', id, municipality_id, school_id, addressed_to_id FROM ended`;

// A suggestion to the mentor that nobody has reviewed for the municipality's days goes to the
// school's student health (when the school names one).
export const ESCALATE_SQL = `
WITH ${ADDRESSEE}
UPDATE early_warning_suggestion s
   SET addressed_level = 'STUDENT_HEALTH', addressed_to_id = health.user_id, escalated_at = $1, updated_at = $1,
       version = s.version + 1
  FROM health, early_warning_settings st, municipality m
 WHERE health.school_id = s.school_id AND st.municipality_id = s.municipality_id AND m.id = s.municipality_id
   AND s.status = 'OPEN' AND s.addressed_level = 'MENTOR'
   AND ($2::uuid IS NULL OR s.municipality_id = $2::uuid) AND ($3::uuid IS NULL OR s.school_id = $3::uuid)
   AND ($1::timestamptz AT TIME ZONE m.time_zone)::date - (s.opened_at AT TIME ZONE m.time_zone)::date
       >= st.escalate_after_days
RETURNING s.id, s.municipality_id, s.school_id, s.addressed_to_id`;
