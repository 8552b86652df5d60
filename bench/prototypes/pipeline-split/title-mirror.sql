ALTER TABLE prospect_pipeline ADD COLUMN title_folded text, ADD COLUMN has_linkedin boolean NOT NULL DEFAULT false, ADD COLUMN has_email boolean NOT NULL DEFAULT false;
UPDATE prospect_pipeline s SET title_folded = lower(f.job_title), has_linkedin = f.linkedin_url IS NOT NULL, has_email = f.email IS NOT NULL FROM prospect_facts f WHERE f.user_id = s.user_id AND f.id = s.id;
DROP INDEX prospect_pipeline_user_status_idx;
CREATE INDEX prospect_pipeline_user_status_idx ON prospect_pipeline (user_id, status, created_at DESC, id DESC, title_folded) INCLUDE (has_linkedin, has_email);
VACUUM FULL prospect_pipeline;
VACUUM ANALYZE prospect_pipeline;
