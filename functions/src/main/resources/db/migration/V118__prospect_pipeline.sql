-- The pipeline state of a prospect (status, campaign, VIP) moves out of the wide prospects row into a narrow table of
-- its own, the source of truth (issue 15: a bulk status change or campaign assignment of a user's 200,000 prospects
-- in <= 5 s). Updating the wide row rewrote ~20 columns and every one of prospects' ~11 indexes per changed row
-- (9.5-12.5 s at 186,001 rows); the narrow row is ~100 bytes with five indexes, partitioned by user like
-- prospect_search, so one user's bulk change writes one partition. Measured: docs/api-campaigns.md, "The pipeline split".
--
--   prospect_facts     the person (name, company, title, channels, timestamps): the former prospects table, renamed,
--                      so every foreign key to prospects (messages, review items, meetings, ...) follows it unchanged
--   prospect_pipeline  (user_id, id) -> status, campaign_id, is_vip, vip_reason, created_at, updated_at, and a mirror of
--                      the facts the lists filter and the week counts count by (folded title, channels, reached, replied),
--                      kept by a trigger on prospect_facts
--   prospects          a view joining the two on (user_id, id), with the former table's columns: statements that read a
--                      prospect or two stay as written; INSTEAD OF triggers take its inserts, updates and deletes
--
-- The lists, totals, bulk actions, export, intake and import name the two tables (package prospects).
--
-- prospect_day_counts becomes prospect_week_counts: the same counts per UTC week (the Monday) instead of per UTC day,
-- kept by triggers on prospect_pipeline. A bulk change of a user's 200,000 prospects moved ~76,000 day cells (two
-- years x campaigns x statuses: 1.0-1.2 s of its trigger) and moves ~14,000 week cells (0.4 s); the readers sum
-- whole weeks and read the partial weeks at a range's ends off the pipeline's (user_id, created_at) index.

ALTER TABLE prospects RENAME TO prospect_facts;

CREATE TABLE prospect_pipeline (
    user_id      uuid        NOT NULL,
    id           uuid        NOT NULL,
    created_at   timestamptz NOT NULL,                -- prospect_facts.created_at (never updated): the lists' order
    status       text        NOT NULL DEFAULT 'new',
    campaign_id  uuid,                                -- the user's campaign: prospect_pipeline_campaign_check
    is_vip       boolean     NOT NULL DEFAULT false,
    vip_reason   text,
    updated_at   timestamptz NOT NULL DEFAULT now(),  -- set by each writer (no row trigger: a bulk change pays none)
    -- the mirror of prospect_facts, kept by prospect_facts_pipeline and prospect_facts_mirror below
    title_folded text,                                -- lower(job_title): the list's "job title contains"
    has_linkedin boolean     NOT NULL DEFAULT false,  -- linkedin_url IS NOT NULL
    has_email    boolean     NOT NULL DEFAULT false,  -- email IS NOT NULL
    reached      boolean     NOT NULL DEFAULT false,  -- last_contacted_at IS NOT NULL OR last_replied_at IS NOT NULL
    replied      boolean     NOT NULL DEFAULT false,  -- last_replied_at IS NOT NULL
    PRIMARY KEY (user_id, id),
    CONSTRAINT prospect_pipeline_status_check CHECK (status IN (
        'new', 'contacted', 'engaged', 'qualified', 'meeting_booked', 'meeting_completed',
        'customer', 'lost', 'nurture', 'unsubscribed'))
) PARTITION BY HASH (user_id);

DO $$
BEGIN
    FOR i IN 0..31 LOOP
        -- prospect_pipeline_0 .. prospect_pipeline_31, parts of prospect_pipeline (owned with it). Half-full pages: a
        -- bulk change writes each row's new version beside the old one instead of extending the table (the largest
        -- user's first 186,001-row status change: 3.7-3.8 s at fillfactor 50, 4.3-4.8 s at 100, freshly compacted)
        EXECUTE format('CREATE TABLE %I PARTITION OF prospect_pipeline '
                       'FOR VALUES WITH (MODULUS 32, REMAINDER %s) WITH (parallel_workers = 0, fillfactor = 50)',
                       'prospect_pipeline_' || i, i);
    END LOOP;
END $$;

ALTER TABLE prospect_day_counts RENAME TO prospect_week_counts;
ALTER TABLE prospect_week_counts RENAME COLUMN day TO week;  -- the UTC Monday of created_at (sm_utc_week)
ALTER INDEX prospect_day_counts_key RENAME TO prospect_week_counts_key;
ALTER INDEX prospect_day_counts_zero RENAME TO prospect_week_counts_zero;

-- the week a prospect's created_at falls in: its UTC Monday
CREATE FUNCTION sm_utc_week(at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN date_trunc('week', at AT TIME ZONE 'UTC')::date;

-- "contacted" as dashboardStats, the funnel and the campaign figures spell it, from the pipeline's columns
CREATE FUNCTION sm_pipeline_contacted(reached boolean, status text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (reached OR status NOT IN ('new', 'lost', 'nurture', 'unsubscribed'))::integer;

-- prospect_week_counts, from the pipeline's rows: V110's sums per week, read off the mirror. An insert adds its rows, a delete
-- subtracts them, an update subtracts the old rows and adds the new; one upsert per statement, whatever its row count.
CREATE FUNCTION sm_prospect_week_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN  -- no row is left to count (and no transition table is made for a truncate)
        TRUNCATE prospect_week_counts;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO prospect_week_counts AS c
            (user_id, campaign_id, week, status, prospects, with_linkedin, with_email, contacted, replied)
        SELECT user_id, campaign_id, week, status, sum(n), sum(li), sum(em), sum(co), sum(re)
        FROM (SELECT user_id, campaign_id, sm_utc_week(created_at) AS week, status, 1 AS n, has_linkedin::int AS li,
                     has_email::int AS em, sm_pipeline_contacted(reached, status) AS co, replied::int AS re
              FROM new_rows) d
        GROUP BY 1, 2, 3, 4
        HAVING sum(n) <> 0 OR sum(li) <> 0 OR sum(em) <> 0 OR sum(co) <> 0 OR sum(re) <> 0
        ORDER BY 1, 2, 3, 4
        ON CONFLICT (user_id, campaign_id, week, status) DO UPDATE
            SET prospects = c.prospects + excluded.prospects,
                with_linkedin = c.with_linkedin + excluded.with_linkedin,
                with_email = c.with_email + excluded.with_email,
                contacted = c.contacted + excluded.contacted,
                replied = c.replied + excluded.replied;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO prospect_week_counts AS c
            (user_id, campaign_id, week, status, prospects, with_linkedin, with_email, contacted, replied)
        SELECT user_id, campaign_id, week, status, sum(n), sum(li), sum(em), sum(co), sum(re)
        FROM (SELECT user_id, campaign_id, sm_utc_week(created_at) AS week, status, 1 AS n, has_linkedin::int AS li,
                     has_email::int AS em, sm_pipeline_contacted(reached, status) AS co, replied::int AS re
              FROM new_rows
              UNION ALL
              SELECT user_id, campaign_id, sm_utc_week(created_at), status, -1, -has_linkedin::int,
                     -has_email::int, -sm_pipeline_contacted(reached, status), -replied::int
              FROM old_rows) d
        GROUP BY 1, 2, 3, 4
        HAVING sum(n) <> 0 OR sum(li) <> 0 OR sum(em) <> 0 OR sum(co) <> 0 OR sum(re) <> 0
        ORDER BY 1, 2, 3, 4
        ON CONFLICT (user_id, campaign_id, week, status) DO UPDATE
            SET prospects = c.prospects + excluded.prospects,
                with_linkedin = c.with_linkedin + excluded.with_linkedin,
                with_email = c.with_email + excluded.with_email,
                contacted = c.contacted + excluded.contacted,
                replied = c.replied + excluded.replied;
    ELSE  -- DELETE
        INSERT INTO prospect_week_counts AS c
            (user_id, campaign_id, week, status, prospects, with_linkedin, with_email, contacted, replied)
        SELECT user_id, campaign_id, week, status, sum(n), sum(li), sum(em), sum(co), sum(re)
        FROM (SELECT user_id, campaign_id, sm_utc_week(created_at) AS week, status, -1 AS n, -has_linkedin::int AS li,
                     -has_email::int AS em, -sm_pipeline_contacted(reached, status) AS co, -replied::int AS re
              FROM old_rows) d
        GROUP BY 1, 2, 3, 4
        HAVING sum(n) <> 0 OR sum(li) <> 0 OR sum(em) <> 0 OR sum(co) <> 0 OR sum(re) <> 0
        ORDER BY 1, 2, 3, 4
        ON CONFLICT (user_id, campaign_id, week, status) DO UPDATE
            SET prospects = c.prospects + excluded.prospects,
                with_linkedin = c.with_linkedin + excluded.with_linkedin,
                with_email = c.with_email + excluded.with_email,
                contacted = c.contacted + excluded.contacted,
                replied = c.replied + excluded.replied;
        DELETE FROM prospect_week_counts
        WHERE prospects = 0 AND user_id IN (SELECT DISTINCT user_id FROM old_rows);
    END IF;
    RETURN NULL;
END
$$;

-- the counts follow the pipeline (V110's triggers on the facts go: their status and campaign leave them)
DROP TRIGGER prospects_day_counts_insert ON prospect_facts;
DROP TRIGGER prospects_day_counts_update ON prospect_facts;
DROP TRIGGER prospects_day_counts_delete ON prospect_facts;
DROP TRIGGER prospects_day_counts_truncate ON prospect_facts;
DROP FUNCTION sm_prospect_day_counts_apply();

-- the backfill, before the counts' triggers and before the indexes; then the counts, per week, from it
INSERT INTO prospect_pipeline (user_id, id, created_at, status, campaign_id, is_vip, vip_reason, updated_at,
                               title_folded, has_linkedin, has_email, reached, replied)
SELECT user_id, id, created_at, status, campaign_id, is_vip, vip_reason, updated_at, lower(job_title),
       linkedin_url IS NOT NULL, email IS NOT NULL, last_contacted_at IS NOT NULL OR last_replied_at IS NOT NULL,
       last_replied_at IS NOT NULL
FROM prospect_facts
ORDER BY user_id, created_at;

TRUNCATE prospect_week_counts;
INSERT INTO prospect_week_counts
    (user_id, campaign_id, week, status, prospects, with_linkedin, with_email, contacted, replied)
SELECT user_id, campaign_id, sm_utc_week(created_at), status, count(*), sum(has_linkedin::int), sum(has_email::int),
       sum(sm_pipeline_contacted(reached, status)), sum(replied::int)
FROM prospect_pipeline
GROUP BY 1, 2, 3, 4;

CREATE TRIGGER prospect_pipeline_week_counts_insert AFTER INSERT ON prospect_pipeline
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sm_prospect_week_counts_apply();
CREATE TRIGGER prospect_pipeline_week_counts_update AFTER UPDATE ON prospect_pipeline
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sm_prospect_week_counts_apply();
CREATE TRIGGER prospect_pipeline_week_counts_delete AFTER DELETE ON prospect_pipeline
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sm_prospect_week_counts_apply();
CREATE TRIGGER prospect_pipeline_week_counts_truncate AFTER TRUNCATE ON prospect_pipeline
    FOR EACH STATEMENT EXECUTE FUNCTION sm_prospect_week_counts_apply();

-- The lists' indexes, each spelled like the ORDER BY it serves (created_at DESC, id DESC). Every index here is written
-- again by each row a bulk action changes, so there are only these: the first page, a status, a campaign, the VIPs.
CREATE INDEX prospect_pipeline_user_created_idx ON prospect_pipeline (user_id, created_at DESC, id DESC);
-- the status index carries the folded title and the channels (V114, V117 did so on prospects): a status with a job
-- title or a channel is read and counted off the index alone (job title 'founder' + qualified + LinkedIn, 902 of the
-- largest user's 16,001 qualified prospects: 5 ms index-only instead of 25 ms visiting 3,772 heap pages)
CREATE INDEX prospect_pipeline_user_status_idx
    ON prospect_pipeline (user_id, status, created_at DESC, id DESC, title_folded) INCLUDE (has_linkedin, has_email);
CREATE INDEX prospect_pipeline_user_campaign_idx
    ON prospect_pipeline (user_id, campaign_id, created_at DESC, id DESC) INCLUDE (status);
CREATE INDEX prospect_pipeline_user_vip_idx
    ON prospect_pipeline (user_id, created_at DESC, id DESC) INCLUDE (status) WHERE is_vip;

-- Every facts row has its pipeline row, and the pipeline's mirror follows the facts. No foreign key from the pipeline
-- to the facts (as prospect_search has none, V115): a key checks each inserted pipeline row against the facts, and a
-- backend's cached plan for that check, made while the table was small, can be a sequential scan (seen in the tests:
-- 9.7 s for 10,001 rows). The triggers below keep the two together: a facts row's delete deletes its pipeline row. An insert into prospect_facts (one
-- statement, whatever its row count) creates the pipeline rows it lacks, status new, no campaign, not VIP, with the
-- mirror of every inserted row; a writer that wants another status or campaign (intake, import) inserts the pipeline
-- rows itself in the same statement, and this trigger then only completes their mirror. An update of the facts writes
-- the mirror of the rows whose mirrored facts changed (an edit, an enrichment, a first contact or reply), and nothing
-- for the others (a touch of last_activity_at).
CREATE FUNCTION sm_prospect_facts_to_pipeline() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE prospect_pipeline;
        RETURN NULL;
    ELSIF TG_OP = 'DELETE' THEN  -- one statement per delete (an erasure, a bulk erasure, an account's deletion)
        DELETE FROM prospect_pipeline p USING old_rows o WHERE p.user_id = o.user_id AND p.id = o.id;
        RETURN NULL;
    END IF;
    INSERT INTO prospect_pipeline AS p (user_id, id, created_at, title_folded, has_linkedin, has_email, reached, replied)
    SELECT user_id, id, created_at, lower(job_title), linkedin_url IS NOT NULL, email IS NOT NULL,
           last_contacted_at IS NOT NULL OR last_replied_at IS NOT NULL, last_replied_at IS NOT NULL
    FROM new_rows
    ON CONFLICT (user_id, id) DO UPDATE
        SET title_folded = excluded.title_folded, has_linkedin = excluded.has_linkedin,
            has_email = excluded.has_email, reached = excluded.reached, replied = excluded.replied
        WHERE (p.title_folded, p.has_linkedin, p.has_email, p.reached, p.replied)
              IS DISTINCT FROM (excluded.title_folded, excluded.has_linkedin, excluded.has_email, excluded.reached,
                                excluded.replied);
    RETURN NULL;
END
$$;
CREATE TRIGGER prospect_facts_pipeline AFTER INSERT ON prospect_facts
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sm_prospect_facts_to_pipeline();
CREATE TRIGGER prospect_facts_mirror AFTER UPDATE ON prospect_facts
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sm_prospect_facts_to_pipeline();
CREATE TRIGGER prospect_facts_pipeline_delete AFTER DELETE ON prospect_facts
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sm_prospect_facts_to_pipeline();
CREATE TRIGGER prospect_facts_pipeline_truncate AFTER TRUNCATE ON prospect_facts
    FOR EACH STATEMENT EXECUTE FUNCTION sm_prospect_facts_to_pipeline();

-- The campaign is the user's: what a foreign key (user_id, campaign_id) -> campaigns would check, checked once per
-- statement instead of once per row. A key's check is a lookup per changed row: 0.9 s of a 200,000-row assignment to
-- one campaign. This reads the statement's distinct (user, campaign) pairs (usually one), locks those campaigns FOR KEY
-- SHARE as a key's check does (a concurrent delete of one waits for this transaction, and one that committed first
-- leaves it unlocked, hence missing), and refuses the statement with the key's error (23503) if one is missing.
CREATE FUNCTION sm_pipeline_campaign_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing record;
BEGIN
    WITH named AS (SELECT DISTINCT user_id, campaign_id FROM new_rows WHERE campaign_id IS NOT NULL),
    locked AS (SELECT c.user_id, c.id FROM campaigns c
               WHERE (c.user_id, c.id) IN (SELECT user_id, campaign_id FROM named)
               FOR KEY SHARE)
    SELECT n.user_id, n.campaign_id INTO missing
    FROM named n
    WHERE NOT EXISTS (SELECT 1 FROM locked l WHERE l.user_id = n.user_id AND l.id = n.campaign_id)
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'insert or update on table "prospect_pipeline" violates the campaign check'
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'prospect_pipeline_campaign_check',
                  DETAIL = format('Campaign %s is not a campaign of user %s.', missing.campaign_id, missing.user_id);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER prospect_pipeline_campaign_check_insert AFTER INSERT ON prospect_pipeline
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sm_pipeline_campaign_check();
CREATE TRIGGER prospect_pipeline_campaign_check_update AFTER UPDATE ON prospect_pipeline
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sm_pipeline_campaign_check();

-- and a deleted campaign leaves its prospects without one (the key's ON DELETE SET NULL), one statement per delete
CREATE FUNCTION sm_campaigns_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE prospect_pipeline p SET campaign_id = NULL, updated_at = now()
    FROM old_rows o
    WHERE p.user_id = o.user_id AND p.campaign_id = o.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER campaigns_prospect_pipeline_set_null AFTER DELETE ON campaigns
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sm_campaigns_deleted();


-- the facts lose the pipeline's columns and the indexes that named them; dashboardStats' contacted and replied
-- counts now sum prospect_week_counts (V41's partial indexes go)
DROP INDEX prospects_user_status_created_title_idx, prospects_user_campaign_created_status_idx,
    prospects_user_vip_created_idx, prospects_user_contacted_idx, prospects_user_replied_idx;
ALTER TABLE prospect_facts DROP COLUMN status, DROP COLUMN campaign_id, DROP COLUMN is_vip, DROP COLUMN vip_reason;

-- the former table's columns, in its order; every pipeline row has its facts row and (by the writers below) the reverse
CREATE VIEW prospects AS
SELECT f.id, f.user_id, p.campaign_id, f.full_name, f.job_title, f.company_name, f.linkedin_url,
       f.linkedin_url_normalized, f.email, f.location, p.status, p.is_vip, p.vip_reason, f.source,
       f.last_contacted_at, f.last_replied_at, f.last_activity_at, f.created_at,
       greatest(f.updated_at, p.updated_at) AS updated_at
FROM prospect_facts f
JOIN prospect_pipeline p ON p.user_id = f.user_id AND p.id = f.id;

ALTER VIEW prospects ALTER COLUMN id SET DEFAULT gen_random_uuid();
ALTER VIEW prospects ALTER COLUMN status SET DEFAULT 'new';
ALTER VIEW prospects ALTER COLUMN is_vip SET DEFAULT false;
ALTER VIEW prospects ALTER COLUMN source SET DEFAULT 'manual';
ALTER VIEW prospects ALTER COLUMN last_activity_at SET DEFAULT now();
ALTER VIEW prospects ALTER COLUMN created_at SET DEFAULT now();

-- The view's writes, one row at a time, for statements that read and write a prospect or two (the package's own bulk
-- statements write the two tables set-based; a fixture inserting thousands of rows inserts into prospect_facts).
CREATE FUNCTION sm_prospects_view_write() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    f prospect_facts;
    pl prospect_pipeline;
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO prospect_facts (id, user_id, full_name, job_title, company_name, linkedin_url, email, location,
                                    source, last_contacted_at, last_replied_at, last_activity_at, created_at)
        VALUES (NEW.id, NEW.user_id, NEW.full_name, NEW.job_title, NEW.company_name, NEW.linkedin_url, NEW.email,
                NEW.location, NEW.source, NEW.last_contacted_at, NEW.last_replied_at, NEW.last_activity_at,
                NEW.created_at)
        RETURNING * INTO f;
        -- prospect_facts_pipeline made its pipeline row (status new, no campaign, not VIP): the rest, if asked
        UPDATE prospect_pipeline
        SET status = NEW.status, campaign_id = NEW.campaign_id, is_vip = NEW.is_vip, vip_reason = NEW.vip_reason
        WHERE user_id = f.user_id AND id = f.id
          AND (status, campaign_id, is_vip, vip_reason)
              IS DISTINCT FROM (NEW.status, NEW.campaign_id, NEW.is_vip, NEW.vip_reason);
        NEW.linkedin_url_normalized := f.linkedin_url_normalized;
        NEW.updated_at := f.updated_at;
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        -- Only the columns the statement changed are written; every other column keeps the row's current value (a
        -- bare column name in SET reads the version being updated, re-read after a concurrent commit), so a
        -- statement through the view never writes back a value another transaction changed meanwhile. A status move
        -- that depends on the current status is written against prospect_pipeline itself (Prospects.markEngaged...).
        IF (NEW.full_name, NEW.job_title, NEW.company_name, NEW.linkedin_url, NEW.email, NEW.location, NEW.source,
            NEW.last_contacted_at, NEW.last_replied_at, NEW.last_activity_at, NEW.created_at)
           IS DISTINCT FROM
           (OLD.full_name, OLD.job_title, OLD.company_name, OLD.linkedin_url, OLD.email, OLD.location, OLD.source,
            OLD.last_contacted_at, OLD.last_replied_at, OLD.last_activity_at, OLD.created_at) THEN
            UPDATE prospect_facts
            SET full_name = CASE WHEN NEW.full_name IS DISTINCT FROM OLD.full_name THEN NEW.full_name ELSE full_name END,
                job_title = CASE WHEN NEW.job_title IS DISTINCT FROM OLD.job_title THEN NEW.job_title ELSE job_title END,
                company_name = CASE WHEN NEW.company_name IS DISTINCT FROM OLD.company_name
                                    THEN NEW.company_name ELSE company_name END,
                linkedin_url = CASE WHEN NEW.linkedin_url IS DISTINCT FROM OLD.linkedin_url
                                    THEN NEW.linkedin_url ELSE linkedin_url END,
                email = CASE WHEN NEW.email IS DISTINCT FROM OLD.email THEN NEW.email ELSE email END,
                location = CASE WHEN NEW.location IS DISTINCT FROM OLD.location THEN NEW.location ELSE location END,
                source = CASE WHEN NEW.source IS DISTINCT FROM OLD.source THEN NEW.source ELSE source END,
                last_contacted_at = CASE WHEN NEW.last_contacted_at IS DISTINCT FROM OLD.last_contacted_at
                                         THEN NEW.last_contacted_at ELSE last_contacted_at END,
                last_replied_at = CASE WHEN NEW.last_replied_at IS DISTINCT FROM OLD.last_replied_at
                                       THEN NEW.last_replied_at ELSE last_replied_at END,
                last_activity_at = CASE WHEN NEW.last_activity_at IS DISTINCT FROM OLD.last_activity_at
                                        THEN NEW.last_activity_at ELSE last_activity_at END,
                created_at = CASE WHEN NEW.created_at IS DISTINCT FROM OLD.created_at THEN NEW.created_at ELSE created_at END
            WHERE user_id = OLD.user_id AND id = OLD.id
            RETURNING * INTO f;
            NEW.full_name := f.full_name; NEW.job_title := f.job_title; NEW.company_name := f.company_name;
            NEW.linkedin_url := f.linkedin_url; NEW.linkedin_url_normalized := f.linkedin_url_normalized;
            NEW.email := f.email; NEW.location := f.location; NEW.source := f.source;
            NEW.last_contacted_at := f.last_contacted_at; NEW.last_replied_at := f.last_replied_at;
            NEW.last_activity_at := f.last_activity_at; NEW.updated_at := f.updated_at;
        END IF;
        IF (NEW.status, NEW.campaign_id, NEW.is_vip, NEW.vip_reason, NEW.created_at)
           IS DISTINCT FROM (OLD.status, OLD.campaign_id, OLD.is_vip, OLD.vip_reason, OLD.created_at) THEN
            UPDATE prospect_pipeline
            SET status = CASE WHEN NEW.status IS DISTINCT FROM OLD.status THEN NEW.status ELSE status END,
                campaign_id = CASE WHEN NEW.campaign_id IS DISTINCT FROM OLD.campaign_id
                                   THEN NEW.campaign_id ELSE campaign_id END,
                is_vip = CASE WHEN NEW.is_vip IS DISTINCT FROM OLD.is_vip THEN NEW.is_vip ELSE is_vip END,
                vip_reason = CASE WHEN NEW.vip_reason IS DISTINCT FROM OLD.vip_reason
                                  THEN NEW.vip_reason ELSE vip_reason END,
                created_at = CASE WHEN NEW.created_at IS DISTINCT FROM OLD.created_at THEN NEW.created_at ELSE created_at END,
                updated_at = now()
            WHERE user_id = OLD.user_id AND id = OLD.id
            RETURNING * INTO pl;
            NEW.status := pl.status; NEW.campaign_id := pl.campaign_id; NEW.is_vip := pl.is_vip;
            NEW.vip_reason := pl.vip_reason;
            NEW.updated_at := greatest(NEW.updated_at, pl.updated_at);
        END IF;
        NEW.id := OLD.id;          -- a prospect keeps its id and its owner
        NEW.user_id := OLD.user_id;
        RETURN NEW;
    ELSE
        DELETE FROM prospect_facts WHERE user_id = OLD.user_id AND id = OLD.id;  -- the pipeline row follows (trigger)
        RETURN OLD;
    END IF;
END
$$;
CREATE TRIGGER prospects_view_write INSTEAD OF INSERT OR UPDATE OR DELETE ON prospects
    FOR EACH ROW EXECUTE FUNCTION sm_prospects_view_write();

ANALYZE prospect_pipeline;
ANALYZE prospect_facts;
