-- A bulk status change or campaign assignment updates every row it changes, and no such update is heap-only (status
-- and campaign are indexed), so each changed row writes an entry into every index of prospect_pipeline. The
-- (user_id, created_at DESC, id DESC) index was one of four for a prospect that is not a VIP, and prospect_facts has
-- the same index, on a table a bulk change never writes. Without it, the largest bench user's 186,001-row status
-- change made 3.2 million buffer accesses instead of 3.6-3.8 million, and took 3.8-4.7 s instead of 4.0-5.1 s in four
-- interleaved pairs inside PostgreSQL (EXPLAIN ANALYZE in rolled-back transactions, 1M bench database,
-- docs/api-campaigns.md "The pipeline split").
--
-- Its readers move: a newest-first list, export or total whose filter names no campaign, single status or VIP reads
-- the facts' index (ProspectFilterSql.orderedByPipeline), dashboardStats counts this week's prospects off it, and the
-- funnel's partial weeks read the campaign index below, which now carries what they count (index-only, one range per
-- campaign: off the facts' index each row in them cost a probe of the pipeline's primary key, 20 ms instead of 3).
DROP INDEX prospect_pipeline_user_created_idx;

DROP INDEX prospect_pipeline_user_campaign_idx;
CREATE INDEX prospect_pipeline_user_campaign_idx
    ON prospect_pipeline (user_id, campaign_id, created_at DESC, id DESC) INCLUDE (status, has_linkedin, has_email);
