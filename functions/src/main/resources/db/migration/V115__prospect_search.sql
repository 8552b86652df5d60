-- Search moves out of prospects into a narrow table of its own (issue 18: search p95 <= 30 ms at 1,000,000 prospects;
-- issue 15: bulk actions on 200,000 rows).
--
-- Before, a search was a trigram index on prospects.search_text (a generated column). Its cost followed the whole
-- table, not the user: the index's posting lists hold every user's rows, and the lossy trigram match is rechecked on
-- the heap, where one user's rows are interleaved with everyone's (the bench's largest user: 200,000 rows on 45,067
-- of the table's 45,067 pages). A frequent term ('muller', 16,322 matches; the first page counts up to 10,001 of
-- them) took 43 ms in SQL, a two-letter term ('ma', no trigram) 118 ms. Every update of prospects also wrote the
-- trigram index (status and campaign are indexed, so no update is HOT), ~3 s of a 200,000-row bulk status change.
--
-- prospect_search keeps (user_id, id, created_at, search_text), one row per prospect, partitioned by hash of user_id:
-- a user's rows sit together in one partition of ~1/32 of the table, with a trigram index and a page-order index of
-- that partition alone. Figures (1,000,000 prospects, EXPLAIN ANALYZE, warm): docs/schema.md "Search".
-- Derived data, owned by the prospects package: kept equal to prospects by the triggers below, in the writing
-- statement's transaction (no foreign key: the delete trigger removes a deleted prospect's row).
CREATE FUNCTION sm_search_text(full_name text, company_name text, email text)
    RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    -- lower() around sm_unaccent too: unaccent's rules can yield an upper-case letter (e.g. a degree sign and C for
    -- the Celsius sign), so the text is entirely lower-case and the term, treated the same way, matches with LIKE
    -- (ILIKE costs ~5 ms more on a frequent term's 10,001 rechecks)
    RETURN lower(sm_unaccent(lower(full_name || ' ' || company_name || ' ' || coalesce(email, ''))));

CREATE TABLE prospect_search (
    user_id     uuid        NOT NULL,
    id          uuid        NOT NULL,  -- prospects.id
    created_at  timestamptz NOT NULL,  -- prospects.created_at (never updated): a search's first page in page order
    search_text text        NOT NULL,  -- sm_search_text(full_name, company_name, email)
    PRIMARY KEY (user_id, id)
) PARTITION BY HASH (user_id);

-- 32 partitions; no parallel scans (a search is one user's rows: workers cost more to start than they save, and on
-- a 2-core instance they compete with the other calls)
DO $$
BEGIN
    FOR i IN 0..31 LOOP
        -- prospect_search_0 .. prospect_search_31, parts of prospect_search (owned with it)
        EXECUTE format('CREATE TABLE %I PARTITION OF prospect_search '
                       'FOR VALUES WITH (MODULUS 32, REMAINDER %s) WITH (parallel_workers = 0)', 'prospect_search_' || i, i);
    END LOOP;
END $$;

CREATE FUNCTION sm_prospect_search_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE prospect_search;
    ELSIF TG_OP = 'INSERT' THEN      -- one statement per insert, whatever its row count (an import chunk, a batch)
        INSERT INTO prospect_search (user_id, id, created_at, search_text)
        SELECT user_id, id, created_at, sm_search_text(full_name, company_name, email) FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN      -- one statement per delete (a bulk erasure of 200,000 rows included)
        DELETE FROM prospect_search s USING old_rows o WHERE s.user_id = o.user_id AND s.id = o.id;
    ELSE                             -- a row whose name, company or e-mail changed (see the trigger's WHEN)
        UPDATE prospect_search SET search_text = sm_search_text(NEW.full_name, NEW.company_name, NEW.email)
        WHERE user_id = NEW.user_id AND id = NEW.id;
    END IF;
    RETURN NULL;
END $$;

-- the triggers first, then the backfill, in this migration's one transaction: CREATE TRIGGER locks prospects against
-- writes until the commit, so no row is missed while an older instance keeps serving
CREATE TRIGGER prospects_search_insert AFTER INSERT ON prospects
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sm_prospect_search_apply();
CREATE TRIGGER prospects_search_delete AFTER DELETE ON prospects
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sm_prospect_search_apply();
CREATE TRIGGER prospects_search_truncate AFTER TRUNCATE ON prospects
    FOR EACH STATEMENT EXECUTE FUNCTION sm_prospect_search_apply();
-- a row trigger, only on the three columns (PostgreSQL allows no transition table with a column list): a bulk status,
-- VIP or campaign change does not name them, so it queues nothing here; only single-row edits do
CREATE TRIGGER prospects_search_update AFTER UPDATE OF full_name, company_name, email ON prospects
    FOR EACH ROW
    WHEN (OLD.full_name IS DISTINCT FROM NEW.full_name OR OLD.company_name IS DISTINCT FROM NEW.company_name
          OR OLD.email IS DISTINCT FROM NEW.email)
    EXECUTE FUNCTION sm_prospect_search_apply();

INSERT INTO prospect_search (user_id, id, created_at, search_text)
SELECT user_id, id, created_at, sm_search_text(full_name, company_name, email) FROM prospects;

-- the matches of a term, per partition (a user's rows are most of their partition when the user is large)
CREATE INDEX prospect_search_trgm_idx ON prospect_search USING gin (search_text gin_trgm_ops);
-- a user's rows in page order, carrying the text: a small user's search, a two-letter term (no trigram) and a
-- frequent term's first page are index-only walks of the user's own entries
CREATE INDEX prospect_search_user_created_idx
    ON prospect_search (user_id, created_at DESC, id DESC) INCLUDE (search_text);
-- the planner's estimate of how many rows a term matches (V42 did the same for prospects.search_text)
ALTER TABLE prospect_search ALTER COLUMN search_text SET STATISTICS 1000;
ANALYZE prospect_search;

-- the generated column and its trigram index (prospects_search_trgm_idx goes with the column)
ALTER TABLE prospects DROP COLUMN search_text;
