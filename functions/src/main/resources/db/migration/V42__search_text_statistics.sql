-- The planner estimates how many prospects a search matches from the search_text histogram. With the
-- default 100 buckets, any term found in one sampled bucket counts as ~1% of the rows, so whether a
-- mid-selectivity term ("jose alv": 0.17%) uses the trigram index or walks the created_at index
-- depended on the ANALYZE sample. Bench data set, largest user: estimate 2,053 rows -> created walk
-- dropping 29,820 rows, 35-44 ms; with 1,000 buckets the estimate follows the term and the trigram
-- index is used: 11-16 ms, while frequent terms (muller, zürich, ma) keep the walk (~1 ms) and rare
-- ones the trigram index (~2 ms). ANALYZE of 1M prospects takes ~5 s instead of ~1 s.
ALTER TABLE prospects ALTER COLUMN search_text SET STATISTICS 1000;
ANALYZE prospects (search_text);
