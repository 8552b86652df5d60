-- funnelReport and dashboardStats read prospect_week_counts index-only, which skips the table only on pages the
-- visibility map marks all-visible. Every status change rewrites two cells (the old status -1, the new +1), and a
-- bulk change rewrites thousands, so the cells a seller reads most go stale at once; with the default autovacuum
-- trigger (20% of the table dead, ~113,000 of the bench's 566,000 cells) a whole-filter change of the largest bench
-- user (13,700 cells) left its funnel reading the heap for weeks' worth of cells: 40.8 ms and 6,754 heap fetches
-- for the last 365 days, 5.4-8.1 ms with none once vacuumed (EXPLAIN ANALYZE on the 1M bench database; docs/schema.md).
-- Vacuum this small table after 2,000 dead or 2,000 inserted cells, whatever its size.
ALTER TABLE prospect_week_counts SET (
    autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 2000,
    autovacuum_vacuum_insert_scale_factor = 0,
    autovacuum_vacuum_insert_threshold = 2000,
    autovacuum_analyze_scale_factor = 0.02);
