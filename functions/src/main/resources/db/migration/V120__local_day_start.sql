-- The first instant of a calendar day in a time zone, in one place: the dashboard's "today" and "this week", the
-- outbox's daily e-mail cap, the detection budget, activityPerDay's days and replyRate's weeks each spelled it
-- `day::timestamp AT TIME ZONE tz`. That is the day's start except where midnight occurs twice (Havana sets its clocks
-- back from 01:00 to 00:00 on the first Sunday of November): PostgreSQL reads an ambiguous local time as the later
-- of the two instants, so that day began an hour late and the hour's events, sends and detections counted on the
-- day before (a daily cap could let an hour's e-mails through twice). The first occurrence is found by looking one
-- hour and 30 minutes earlier (clock changes in use today are one hour, or 30 minutes on Lord Howe Island); a
-- skipped midnight (Havana in March: 00:00 -> 01:00) gives the first instant that exists, 01:00.
-- STABLE, not IMMUTABLE: timestamptz - interval is stable (an interval of days would depend on the session's zone),
-- and the planner inlines a function only when it is no more immutable than its body. A SQL-standard body without
-- FROM: EXPLAIN VERBOSE shows the expression, not the call.
CREATE FUNCTION sm_local_day_start(day date, tz text) RETURNS timestamptz
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE
    WHEN ((day::timestamp AT TIME ZONE tz) - interval '1 hour') AT TIME ZONE tz >= day::timestamp
        THEN (day::timestamp AT TIME ZONE tz) - interval '1 hour'
    WHEN ((day::timestamp AT TIME ZONE tz) - interval '30 minutes') AT TIME ZONE tz >= day::timestamp
        THEN (day::timestamp AT TIME ZONE tz) - interval '30 minutes'
    ELSE day::timestamp AT TIME ZONE tz
END;
