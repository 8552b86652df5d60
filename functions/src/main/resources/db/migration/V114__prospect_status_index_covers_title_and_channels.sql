-- listProspects' first page counts the filter's rows (up to 10,001). A status filter with a job title or a channel
-- (e.g. "qualified founders with a LinkedIn profile") read a heap row per prospect of that status to test the title
-- and the channel: ~16,000 rows for the bench's largest user (200,000 prospects, 1,000,000 in all), ~37 ms p95
-- over HTTP. The status index in page order now carries job_title, linkedin_url and email, so that count is an
-- index-only scan that tests them in the index (figures with the commands: docs/schema.md). Same key, same page
-- order: it replaces V40's index.
CREATE INDEX IF NOT EXISTS prospects_user_status_created_cover_idx
    ON prospects (user_id, status, created_at DESC, id DESC) INCLUDE (job_title, linkedin_url, email);
DROP INDEX IF EXISTS prospects_user_status_created_idx;
