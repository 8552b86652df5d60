-- dashboardStats counts the user's contacted and replied prospects and upcoming meetings. Counted from
-- the prospect rows, that is a pass over every row of the user (200,000 for the bench's largest user:
-- 124-200 ms warm, 2.5 s when the rows are not cached); counted from these partial indexes (predicates
-- spelled exactly like the query in DashboardStore.numbers) each count is an index-only scan: 22-30 ms
-- for all the numbers together (EXPLAIN ANALYZE on the bench data set).
CREATE INDEX prospects_user_contacted_idx ON prospects (user_id)
    WHERE last_contacted_at IS NOT NULL OR last_replied_at IS NOT NULL
       OR status NOT IN ('new', 'lost', 'nurture', 'unsubscribed');
CREATE INDEX prospects_user_replied_idx ON prospects (user_id) WHERE last_replied_at IS NOT NULL;
CREATE INDEX meetings_user_upcoming_idx ON meetings (user_id, scheduled_at)
    WHERE status IN ('scheduled', 'confirmed');
