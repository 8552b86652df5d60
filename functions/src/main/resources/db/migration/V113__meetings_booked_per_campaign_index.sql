-- campaign_stats' meetings_booked and MeetingCounts.bookedPerCampaign count a campaign's meetings that are not
-- cancelled: with only (campaign_id) and (user_id, scheduled_at) to go on, that was a BitmapAnd and ~1,500 heap rows
-- per campaign for the largest bench user (~6.5 ms each, 78 ms for a list of 12 campaigns). Index-only with this one
-- (the whole list 29 ms with V112's prospect figures, EXPLAIN ANALYZE on the 1M data set).
CREATE INDEX meetings_user_campaign_booked_idx ON meetings (user_id, campaign_id) WHERE status <> 'cancelled';
