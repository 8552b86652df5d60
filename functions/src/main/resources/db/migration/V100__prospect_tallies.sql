-- dashboardStats' three prospect numbers (all, contacted, replied) kept per user by the database itself, so the
-- dashboard reads one row instead of counting the user's prospects on every call. Counted from the rows, even
-- index-only (V41's partial indexes), that is ~400,000 index entries per call for a user with 200,000 prospects:
-- 25-35 ms of PostgreSQL time, p95 84 ms over HTTP on a busy machine (issue 18); from this table it is one
-- primary-key read. docs/schema.md has the figures and the trade-offs.
--
-- Kept by statement-level triggers on prospects (every write path, the database's own cascades included: one
-- definition, no application code to forget). Each trigger aggregates its statement's transition table per user
-- and applies the difference in one upsert; an UPDATE that changes no tally (most of them: last_activity_at, VIP,
-- campaign, enrichment) writes nothing and takes no lock. "Contacted" is spelled exactly like dashboardStats
-- always spelled it (a contact or reply timestamp, or a status past new other than lost/nurture/unsubscribed).
-- Owner: prospects (TableOwners); dashboard reads it under its read grant.
CREATE TABLE prospect_tallies (
    user_id   uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    prospects bigint NOT NULL DEFAULT 0,
    contacted bigint NOT NULL DEFAULT 0,
    replied   bigint NOT NULL DEFAULT 0
);

CREATE FUNCTION sm_prospect_tallies_inserted() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO prospect_tallies AS t (user_id, prospects, contacted, replied)
    SELECT n.user_id, count(*),
           count(*) FILTER (WHERE n.last_contacted_at IS NOT NULL OR n.last_replied_at IS NOT NULL
                               OR n.status NOT IN ('new', 'lost', 'nurture', 'unsubscribed')),
           count(*) FILTER (WHERE n.last_replied_at IS NOT NULL)
    FROM sm_new_prospects n
    GROUP BY n.user_id
    ORDER BY n.user_id  -- one lock order for statements touching several users
    ON CONFLICT (user_id) DO UPDATE
        SET prospects = t.prospects + excluded.prospects,
            contacted = t.contacted + excluded.contacted,
            replied = t.replied + excluded.replied;
    RETURN NULL;
END
$$;

CREATE FUNCTION sm_prospect_tallies_updated() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO prospect_tallies AS t (user_id, prospects, contacted, replied)
    SELECT d.user_id, sum(d.prospects), sum(d.contacted), sum(d.replied)
    FROM (SELECT n.user_id, 1 AS prospects,
                 CASE WHEN n.last_contacted_at IS NOT NULL OR n.last_replied_at IS NOT NULL
                           OR n.status NOT IN ('new', 'lost', 'nurture', 'unsubscribed') THEN 1 ELSE 0 END AS contacted,
                 CASE WHEN n.last_replied_at IS NOT NULL THEN 1 ELSE 0 END AS replied
          FROM sm_new_prospects n
          UNION ALL
          SELECT o.user_id, -1,
                 CASE WHEN o.last_contacted_at IS NOT NULL OR o.last_replied_at IS NOT NULL
                           OR o.status NOT IN ('new', 'lost', 'nurture', 'unsubscribed') THEN -1 ELSE 0 END,
                 CASE WHEN o.last_replied_at IS NOT NULL THEN -1 ELSE 0 END
          FROM sm_old_prospects o) d
    GROUP BY d.user_id
    HAVING sum(d.prospects) <> 0 OR sum(d.contacted) <> 0 OR sum(d.replied) <> 0
    ORDER BY d.user_id
    ON CONFLICT (user_id) DO UPDATE
        SET prospects = t.prospects + excluded.prospects,
            contacted = t.contacted + excluded.contacted,
            replied = t.replied + excluded.replied;
    RETURN NULL;
END
$$;

-- An UPDATE, not an upsert: when a user is deleted, the cascade may already have removed their tally row (and the
-- users row, which an insert would reference).
CREATE FUNCTION sm_prospect_tallies_deleted() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE prospect_tallies t
    SET prospects = t.prospects - d.prospects,
        contacted = t.contacted - d.contacted,
        replied = t.replied - d.replied
    FROM (SELECT o.user_id, count(*) AS prospects,
                 count(*) FILTER (WHERE o.last_contacted_at IS NOT NULL OR o.last_replied_at IS NOT NULL
                                     OR o.status NOT IN ('new', 'lost', 'nurture', 'unsubscribed')) AS contacted,
                 count(*) FILTER (WHERE o.last_replied_at IS NOT NULL) AS replied
          FROM sm_old_prospects o
          GROUP BY o.user_id
          ORDER BY o.user_id) d
    WHERE t.user_id = d.user_id;
    RETURN NULL;
END
$$;

-- Recounts every user's tallies from the rows, under a lock that lets no prospect write in meanwhile: for loads
-- that bypass triggers (session_replication_role = replica, as the bench data set does, or a restore with
-- --disable-triggers). Not needed in normal operation.
CREATE FUNCTION sm_recount_prospect_tallies() RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    LOCK TABLE prospects IN SHARE MODE;
    DELETE FROM prospect_tallies;
    INSERT INTO prospect_tallies (user_id, prospects, contacted, replied)
    SELECT p.user_id, count(*),
           count(*) FILTER (WHERE p.last_contacted_at IS NOT NULL OR p.last_replied_at IS NOT NULL
                               OR p.status NOT IN ('new', 'lost', 'nurture', 'unsubscribed')),
           count(*) FILTER (WHERE p.last_replied_at IS NOT NULL)
    FROM prospects p
    GROUP BY p.user_id;
END
$$;

CREATE TRIGGER prospects_tallies_insert AFTER INSERT ON prospects
    REFERENCING NEW TABLE AS sm_new_prospects
    FOR EACH STATEMENT EXECUTE FUNCTION sm_prospect_tallies_inserted();
CREATE TRIGGER prospects_tallies_update AFTER UPDATE ON prospects
    REFERENCING OLD TABLE AS sm_old_prospects NEW TABLE AS sm_new_prospects
    FOR EACH STATEMENT EXECUTE FUNCTION sm_prospect_tallies_updated();
CREATE TRIGGER prospects_tallies_delete AFTER DELETE ON prospects
    REFERENCING OLD TABLE AS sm_old_prospects
    FOR EACH STATEMENT EXECUTE FUNCTION sm_prospect_tallies_deleted();

-- The triggers exist (CREATE TRIGGER holds a lock that blocks prospect writes until this migration commits), so the
-- backfill below and every later write are counted exactly once. At 1,000,000 prospects this is one pass over the
-- table: writes to prospects wait for it (seconds), reads do not.
SELECT sm_recount_prospect_tallies();

-- dashboardStats no longer counts from these (V41); nothing else reads them, and every prospect write paid for them.
DROP INDEX prospects_user_contacted_idx;
DROP INDEX prospects_user_replied_idx;
