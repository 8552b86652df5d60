#!/bin/bash
# The list's first page with its total (ProspectListQuery's shape), through whatever "prospects" is.
set -euo pipefail
cd "$(dirname "$0")" && source lib.sh
COLS="p.id, p.campaign_id, p.full_name, p.job_title, p.company_name, p.status, p.is_vip, p.linkedin_url, p.email, p.last_activity_at, p.created_at"
page() { # where, order
  echo "WITH page AS (SELECT $COLS FROM prospects p WHERE p.user_id = '$U' $1 ORDER BY $2 LIMIT 51),
        total AS (SELECT count(*) AS total FROM (SELECT 1 FROM prospects p WHERE p.user_id = '$U' $1 LIMIT 10001) counted)
        SELECT page.*, total.total FROM total LEFT JOIN page ON true ORDER BY page.created_at DESC, page.id DESC"
}
NEWEST="p.created_at DESC, p.id DESC"
median_ms "first page" "$(page "" "$NEWEST")"
median_ms "status qualified" "$(page "AND p.status = 'qualified'" "$NEWEST")"
median_ms "status customer" "$(page "AND p.status = 'customer'" "$NEWEST")"
median_ms "campaign" "$(page "AND p.campaign_id = '$C'" "$NEWEST")"
median_ms "campaign + new,contacted" "$(page "AND p.campaign_id = '$C' AND p.status = ANY('{new,contacted}')" "$NEWEST")"
median_ms "vip" "$(page "AND p.is_vip" "$NEWEST")"
median_ms "activity order" "$(page "" "p.last_activity_at DESC NULLS LAST, p.id DESC")"
median_ms "job title + qualified + linkedin" "$(page "AND p.status = 'qualified' AND p.linkedin_url IS NOT NULL AND lower(p.job_title) LIKE '%founder%'" "$NEWEST")"
