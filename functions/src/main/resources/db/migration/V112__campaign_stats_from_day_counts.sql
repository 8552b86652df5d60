-- campaign_stats (every campaign list, getCampaign, the GDPR export) counted each campaign's prospects row by row:
-- ~0.4 s for a list of the 200,000-prospect bench user. It now sums that campaign's rows of prospect_day_counts
-- (V110: one per day and status, read index-only by the (user_id, campaign_id) prefix of its key). Same columns and
-- types; "contacted" is now spelled as dashboardStats and campaignFigures spell it (sm_prospect_contacted: a prospect
-- with a reply counts as contacted, so replied never exceeds contacted).
CREATE OR REPLACE VIEW campaign_stats AS
SELECT c.id AS campaign_id,
       c.user_id,
       coalesce(p.total_prospects, 0)  AS total_prospects,
       coalesce(p.contacted, 0)        AS contacted,
       coalesce(p.replied, 0)          AS replied,
       coalesce(p.qualified, 0)        AS qualified,
       coalesce(m.meetings_booked, 0)  AS meetings_booked
FROM campaigns c
LEFT JOIN LATERAL (
    SELECT sum(d.prospects) AS total_prospects,
           sum(d.contacted) AS contacted,
           sum(d.replied) AS replied,
           sum(d.prospects) FILTER (WHERE d.status IN (
               'qualified', 'meeting_booked', 'meeting_completed', 'customer')) AS qualified
    FROM prospect_day_counts d
    WHERE d.user_id = c.user_id AND d.campaign_id = c.id
) p ON true
LEFT JOIN LATERAL (
    SELECT count(*) AS meetings_booked
    FROM meetings mt
    WHERE mt.campaign_id = c.id AND mt.user_id = c.user_id AND mt.status <> 'cancelled'
) m ON true;
