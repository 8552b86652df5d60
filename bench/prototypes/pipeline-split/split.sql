-- Prototype (not a migration): prospects -> prospect_facts + prospect_pipeline + a view "prospects".
-- Rewrites the schema in place; run it only on a throw-away copy of the bench data set.
BEGIN;
ALTER TABLE prospects RENAME TO prospect_facts;
CREATE TABLE prospect_pipeline (
  user_id uuid NOT NULL,
  id uuid NOT NULL,
  created_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'new',
  campaign_id uuid,
  is_vip boolean NOT NULL DEFAULT false,
  PRIMARY KEY (user_id, id)
) PARTITION BY HASH (user_id);
DO $$ BEGIN FOR i IN 0..31 LOOP EXECUTE format('CREATE TABLE prospect_pipeline_%s PARTITION OF prospect_pipeline FOR VALUES WITH (MODULUS 32, REMAINDER %s)', i, i); END LOOP; END $$;
INSERT INTO prospect_pipeline SELECT user_id, id, created_at, status, campaign_id, is_vip FROM prospect_facts ORDER BY user_id, created_at;
CREATE INDEX prospect_pipeline_user_created_idx ON prospect_pipeline (user_id, created_at DESC, id DESC);
CREATE INDEX prospect_pipeline_user_status_idx ON prospect_pipeline (user_id, status, created_at DESC, id DESC);
CREATE INDEX prospect_pipeline_user_campaign_idx ON prospect_pipeline (user_id, campaign_id, created_at DESC, id DESC) INCLUDE (status);
CREATE INDEX prospect_pipeline_user_vip_idx ON prospect_pipeline (user_id, created_at DESC, id DESC) INCLUDE (status) WHERE is_vip;
ALTER TABLE prospect_pipeline ADD CONSTRAINT prospect_pipeline_prospect_fk FOREIGN KEY (user_id, id) REFERENCES prospect_facts (user_id, id) ON DELETE CASCADE;
ALTER TABLE prospect_pipeline ADD CONSTRAINT prospect_pipeline_campaign_fk FOREIGN KEY (user_id, campaign_id) REFERENCES campaigns (user_id, id) ON DELETE SET NULL (campaign_id);
DROP TRIGGER prospects_day_counts_update ON prospect_facts;
DROP INDEX prospects_user_status_created_title_idx, prospects_user_campaign_created_status_idx, prospects_user_vip_created_idx, prospects_user_contacted_idx;
ALTER TABLE prospect_facts DROP COLUMN status, DROP COLUMN campaign_id, DROP COLUMN is_vip;
CREATE VIEW prospects AS
  SELECT s.id, s.user_id, s.campaign_id, f.full_name, f.job_title, f.company_name, f.linkedin_url, f.linkedin_url_normalized,
         f.email, f.location, s.status, s.is_vip, f.vip_reason, f.source, f.last_contacted_at, f.last_replied_at,
         f.last_activity_at, s.created_at, f.updated_at
  FROM prospect_pipeline s LEFT JOIN prospect_facts f ON f.user_id = s.user_id AND f.id = s.id;
COMMIT;
VACUUM ANALYZE prospect_pipeline;
VACUUM ANALYZE prospect_facts;
