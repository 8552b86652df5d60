# shared by the prototype's scripts: the largest user, its largest campaign, a median of 15 timed plans
U=$(psql -Atc "SELECT user_id FROM prospect_facts GROUP BY 1 ORDER BY count(*) DESC LIMIT 1" 2>/dev/null \
    || psql -Atc "SELECT user_id FROM prospects GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
C=$(psql -Atc "SELECT campaign_id FROM prospects WHERE user_id = '$U' AND campaign_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
median_ms() { # label sql
  local ts=() i
  for i in $(seq 1 15); do
    ts+=("$(psql -Atc "EXPLAIN (ANALYZE, TIMING OFF) $2" | awk '/Planning Time|Execution Time/ {s += $3} END {print s}')")
  done
  printf '%-34s %8.2f ms\n' "$1" "$(printf '%s\n' "${ts[@]}" | sort -n | sed -n 8p)"
}
