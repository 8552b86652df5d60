#!/bin/bash
# After split.sql and title-mirror.sql: the two lists written against the tables instead of the view.
set -euo pipefail
cd "$(dirname "$0")" && source lib.sh
COLS="f.id, s.campaign_id, f.full_name, f.job_title, f.company_name, s.status, s.is_vip, f.linkedin_url, f.email, f.last_activity_at, s.created_at"
median_ms "activity order (facts first)" "WITH page AS (SELECT $COLS FROM prospect_facts f JOIN prospect_pipeline s ON s.user_id = f.user_id AND s.id = f.id
    WHERE f.user_id = '$U' ORDER BY f.last_activity_at DESC NULLS LAST, f.id DESC LIMIT 51),
  total AS (SELECT count(*) AS total FROM (SELECT 1 FROM prospect_pipeline s WHERE s.user_id = '$U' LIMIT 10001) counted)
  SELECT page.*, total.total FROM total LEFT JOIN page ON true ORDER BY page.last_activity_at DESC NULLS LAST, page.id DESC"
TITLE="s.user_id = '$U' AND s.status = 'qualified' AND s.has_linkedin AND s.title_folded LIKE '%founder%'"
median_ms "job title (mirrored in pipeline)" "WITH page AS (SELECT $COLS FROM prospect_pipeline s JOIN prospect_facts f ON f.user_id = s.user_id AND f.id = s.id
    WHERE $TITLE ORDER BY s.created_at DESC, s.id DESC LIMIT 51),
  total AS (SELECT count(*) AS total FROM (SELECT 1 FROM prospect_pipeline s WHERE $TITLE LIMIT 10001) counted)
  SELECT page.*, total.total FROM total LEFT JOIN page ON true ORDER BY page.created_at DESC, page.id DESC"
