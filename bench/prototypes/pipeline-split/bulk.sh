#!/bin/bash
# After split.sql: the largest user's whole status change and campaign removal on the pipeline, each rolled back.
set -euo pipefail
cd "$(dirname "$0")" && source lib.sh
for change in "status = 'nurture' WHERE p.user_id = '$U' AND p.status <> 'nurture'" \
              "campaign_id = NULL WHERE p.user_id = '$U' AND p.campaign_id IS NOT NULL"; do
  psql -At -c "VACUUM prospect_pipeline" -c "CHECKPOINT" -c "BEGIN" \
       -c "EXPLAIN (ANALYZE, WAL, TIMING OFF, COSTS OFF) UPDATE prospect_pipeline p SET $change" -c "ROLLBACK" \
    | grep -E "Execution|WAL|Seq Scan|Index" | sed "s/^/${change%% *}: /"
done
