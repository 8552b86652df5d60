-- Sales Machine baseline schema. See docs/schema.md for the decisions behind it.
-- Conventions: uuid PKs (gen_random_uuid, core since PG 13), snake_case, timestamptz,
-- enums as text + CHECK with the exact lower_snake values of product.md.
-- Tenancy: every row carries user_id (FK ON DELETE CASCADE). Child rows point at their
-- prospect / campaign through (user_id, id) composite keys, so a row can never reference
-- another tenant's prospect or campaign, whatever the application does.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS citext;
-- btree_gin lets the trigram index lead with user_id, so a tenant's search never wades
-- through other tenants' matches (and the planner prefers it over the user_id btrees).
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- unaccent() is only STABLE (it reads a dictionary), so it cannot appear in an index or a
-- generated column. This wrapper pins the dictionary explicitly, which makes IMMUTABLE safe.
-- The extension's schema is looked up because hosted Postgres (Supabase) installs
-- extensions into an "extensions" schema instead of "public".
DO $do$
DECLARE
    ext_schema text;
BEGIN
    SELECT n.nspname INTO ext_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'unaccent';
    EXECUTE format(
        $f$CREATE OR REPLACE FUNCTION sm_unaccent(text) RETURNS text
           LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
           AS $body$ SELECT %1$I.unaccent(%2$L::regdictionary, $1) $body$$f$,
        ext_schema, quote_ident(ext_schema) || '.unaccent');
END
$do$;

-- One definition of "the same LinkedIn profile": lower case, no scheme, no www./country
-- sub-domain, no query string or fragment, no trailing slash.
-- 'https://FR.linkedin.com/in/Jose-Alvarez/?trk=x' -> 'linkedin.com/in/jose-alvarez'
CREATE FUNCTION sm_normalize_linkedin_url(url text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
    SELECT nullif(
        regexp_replace(
            regexp_replace(
                regexp_replace(
                    regexp_replace(lower(btrim(url)), '[?#].*$', ''),
                    '^[a-z]+://', ''),
                '^([a-z0-9-]+\.)*linkedin\.com', 'linkedin.com'),
            '/+$', ''),
        '')
$$;

CREATE FUNCTION sm_touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

-- ---------------------------------------------------------------------------------------
-- users
-- settings: the Settings shape of functions.md minus timezone (users.timezone is the one
-- source of truth for it). Stored as one jsonb document because it is read and written
-- whole; the values SQL needs (dailyEmailLimit for the outbox claim) are CHECKed here.
-- ---------------------------------------------------------------------------------------
CREATE TABLE users (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email                citext      NOT NULL,
    password_hash        text        NOT NULL,
    full_name            text,
    company_name         text,
    timezone             text        NOT NULL DEFAULT 'UTC',
    settings             jsonb       NOT NULL DEFAULT '{
        "aiConfidenceThreshold": 80,
        "dailyEmailLimit": 20,
        "mode": "semi_automatic",
        "warmup": {"minDays": 7, "maxDays": 15, "dailyActionLimit": 40},
        "blacklistedTerms": [],
        "notifications": {"email": true, "inApp": true}
    }'::jsonb,
    onboarding           jsonb       NOT NULL DEFAULT '{}'::jsonb,
    onboarding_completed boolean     NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_email_uniq UNIQUE (email),
    CONSTRAINT users_email_check CHECK (email <> ''),
    CONSTRAINT users_settings_object_check CHECK (jsonb_typeof(settings) = 'object'),
    CONSTRAINT users_settings_daily_email_limit_check
        CHECK ((settings ->> 'dailyEmailLimit')::int BETWEEN 1 AND 100),
    CONSTRAINT users_settings_ai_confidence_threshold_check
        CHECK ((settings ->> 'aiConfidenceThreshold')::int BETWEEN 0 AND 100),
    CONSTRAINT users_settings_mode_check
        CHECK ((settings ->> 'mode') IN ('autopilot', 'semi_automatic')),
    CONSTRAINT users_settings_warmup_check CHECK (
        (settings #>> '{warmup,minDays}')::int BETWEEN 7 AND 15
        AND (settings #>> '{warmup,maxDays}')::int BETWEEN 7 AND 15
        AND (settings #>> '{warmup,maxDays}')::int >= (settings #>> '{warmup,minDays}')::int
        AND (settings #>> '{warmup,dailyActionLimit}')::int BETWEEN 1 AND 40),
    CONSTRAINT users_onboarding_object_check CHECK (jsonb_typeof(onboarding) = 'object')
);
CREATE TRIGGER users_touch BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION sm_touch_updated_at();

-- ---------------------------------------------------------------------------------------
-- campaigns. Stats (totalProspects, contacted, replied, qualified, meetingsBooked) are
-- computed from prospects and meetings (view campaign_stats below), never stored.
-- ---------------------------------------------------------------------------------------
CREATE TABLE campaigns (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name             text        NOT NULL,
    description      text,
    status           text        NOT NULL DEFAULT 'draft',
    icp_criteria     jsonb       NOT NULL
        DEFAULT '{"industries": [], "jobTitles": [], "companySizes": [], "locations": []}'::jsonb,
    channels         jsonb       NOT NULL DEFAULT '{"linkedin": true, "email": true}'::jsonb,
    daily_send_limit int         NOT NULL DEFAULT 20,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT campaigns_user_id_id_uniq UNIQUE (user_id, id),
    CONSTRAINT campaigns_name_check CHECK (length(btrim(name)) > 0),
    CONSTRAINT campaigns_status_check
        CHECK (status IN ('draft', 'active', 'paused', 'completed', 'archived')),
    CONSTRAINT campaigns_daily_send_limit_check CHECK (daily_send_limit BETWEEN 1 AND 100),
    CONSTRAINT campaigns_icp_criteria_object_check CHECK (jsonb_typeof(icp_criteria) = 'object'),
    CONSTRAINT campaigns_channels_object_check CHECK (jsonb_typeof(channels) = 'object')
);
CREATE INDEX campaigns_user_created_idx ON campaigns (user_id, created_at DESC, id DESC);
CREATE TRIGGER campaigns_touch BEFORE UPDATE ON campaigns
    FOR EACH ROW EXECUTE FUNCTION sm_touch_updated_at();

-- ---------------------------------------------------------------------------------------
-- prospects
-- linkedin_url_normalized and search_text are generated: the database owns both
-- definitions, so every insert path deduplicates and searches the same way. Write
-- linkedin_url / email; look a profile up with sm_normalize_linkedin_url($1).
-- ---------------------------------------------------------------------------------------
CREATE TABLE prospects (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                 uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    campaign_id             uuid,
    full_name               text        NOT NULL,
    job_title               text,
    company_name            text        NOT NULL,
    linkedin_url            text,
    linkedin_url_normalized text GENERATED ALWAYS AS (sm_normalize_linkedin_url(linkedin_url)) STORED,
    email                   text,
    location                text,
    status                  text        NOT NULL DEFAULT 'new',
    is_vip                  boolean     NOT NULL DEFAULT false,
    vip_reason              text,
    source                  text        NOT NULL DEFAULT 'manual',
    last_contacted_at       timestamptz,
    last_replied_at         timestamptz,
    last_activity_at        timestamptz NOT NULL DEFAULT now(),
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    search_text             text GENERATED ALWAYS AS (
        sm_unaccent(lower(full_name || ' ' || company_name || ' ' || coalesce(email, '')))) STORED,
    CONSTRAINT prospects_user_id_id_uniq UNIQUE (user_id, id),
    CONSTRAINT prospects_campaign_fk FOREIGN KEY (user_id, campaign_id)
        REFERENCES campaigns (user_id, id) ON DELETE SET NULL (campaign_id),
    CONSTRAINT prospects_contact_check CHECK (linkedin_url IS NOT NULL OR email IS NOT NULL),
    CONSTRAINT prospects_full_name_check CHECK (length(btrim(full_name)) > 0),
    CONSTRAINT prospects_email_check CHECK (email IS NULL OR email LIKE '_%@_%'),
    CONSTRAINT prospects_linkedin_url_check
        CHECK (linkedin_url IS NULL OR length(btrim(linkedin_url)) > 0),
    CONSTRAINT prospects_status_check CHECK (status IN (
        'new', 'contacted', 'engaged', 'qualified', 'meeting_booked', 'meeting_completed',
        'customer', 'lost', 'nurture', 'unsubscribed'))
);
-- product.md rule 5: unique per user by normalised LinkedIn URL and case-insensitive e-mail.
-- INSERT ... ON CONFLICT DO NOTHING (no target) covers both.
CREATE UNIQUE INDEX prospects_user_linkedin_uniq
    ON prospects (user_id, linkedin_url_normalized) WHERE linkedin_url_normalized IS NOT NULL;
CREATE UNIQUE INDEX prospects_user_email_uniq
    ON prospects (user_id, lower(email)) WHERE email IS NOT NULL;
-- keyset pagination: ORDER BY created_at DESC, id DESC / last_activity_at DESC NULLS LAST, id DESC
CREATE INDEX prospects_user_created_idx ON prospects (user_id, created_at DESC, id DESC);
CREATE INDEX prospects_user_activity_idx
    ON prospects (user_id, last_activity_at DESC NULLS LAST, id DESC);
CREATE INDEX prospects_user_status_idx ON prospects (user_id, status);
CREATE INDEX prospects_user_campaign_idx ON prospects (user_id, campaign_id);
-- search: WHERE user_id = $1 AND search_text LIKE '%' || sm_unaccent(lower($term)) || '%'
-- (escape % _ \ in the term; trigram lookups need >= 3 characters to narrow anything)
CREATE INDEX prospects_search_trgm_idx ON prospects USING gin (user_id, search_text gin_trgm_ops);
CREATE TRIGGER prospects_touch BEFORE UPDATE ON prospects
    FOR EACH ROW EXECUTE FUNCTION sm_touch_updated_at();

-- ---------------------------------------------------------------------------------------
-- enrichments: exactly one per prospect (ingestEnrichment replaces it).
-- ---------------------------------------------------------------------------------------
CREATE TABLE enrichments (
    prospect_id           uuid PRIMARY KEY,
    user_id               uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    talking_points        text[]      NOT NULL DEFAULT '{}',
    pain_points           text[]      NOT NULL DEFAULT '{}',
    recent_activity       text,
    tech_stack            text[]      NOT NULL DEFAULT '{}',
    company_data          jsonb       NOT NULL DEFAULT '{}'::jsonb,
    confidence_score      int,
    personalization_score int,
    model                 text,
    enriched_at           timestamptz NOT NULL DEFAULT now(),
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT enrichments_prospect_fk FOREIGN KEY (user_id, prospect_id)
        REFERENCES prospects (user_id, id) ON DELETE CASCADE,
    CONSTRAINT enrichments_confidence_score_check CHECK (confidence_score BETWEEN 0 AND 100),
    CONSTRAINT enrichments_personalization_score_check
        CHECK (personalization_score BETWEEN 0 AND 100),
    CONSTRAINT enrichments_company_data_object_check CHECK (jsonb_typeof(company_data) = 'object')
);
CREATE INDEX enrichments_user_idx ON enrichments (user_id);
CREATE TRIGGER enrichments_touch BEFORE UPDATE ON enrichments
    FOR EACH ROW EXECUTE FUNCTION sm_touch_updated_at();

-- ---------------------------------------------------------------------------------------
-- review_items: AI drafts waiting for a human. A decision is final: reviewed_at is set
-- exactly when status leaves 'pending' (decide with UPDATE ... WHERE status = 'pending').
-- ---------------------------------------------------------------------------------------
CREATE TABLE review_items (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    prospect_id      uuid        NOT NULL,
    message_type     text        NOT NULL,
    channel          text        NOT NULL,
    proposed_subject text,
    proposed_message text        NOT NULL,
    confidence_score int         NOT NULL,
    reasoning        text,
    blocked_topics   text[]      NOT NULL DEFAULT '{}',
    status           text        NOT NULL DEFAULT 'pending',
    edited_subject   text,
    edited_message   text,
    rejection_reason text,
    priority         int         NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    reviewed_at      timestamptz,
    CONSTRAINT review_items_user_id_id_uniq UNIQUE (user_id, id),
    CONSTRAINT review_items_prospect_fk FOREIGN KEY (user_id, prospect_id)
        REFERENCES prospects (user_id, id) ON DELETE CASCADE,
    CONSTRAINT review_items_message_type_check CHECK (message_type IN (
        'initial_outreach', 'follow_up', 'reply_response', 'meeting_request')),
    CONSTRAINT review_items_channel_check CHECK (channel IN ('email', 'linkedin')),
    CONSTRAINT review_items_status_check
        CHECK (status IN ('pending', 'approved', 'edited', 'rejected')),
    CONSTRAINT review_items_confidence_score_check CHECK (confidence_score BETWEEN 0 AND 100),
    CONSTRAINT review_items_reviewed_at_check CHECK ((status = 'pending') = (reviewed_at IS NULL)),
    CONSTRAINT review_items_edited_check CHECK (status <> 'edited' OR edited_message IS NOT NULL)
);
-- listReviewQueue (default pending): priority desc, then oldest first
CREATE INDEX review_items_pending_queue_idx
    ON review_items (user_id, priority DESC, created_at, id) WHERE status = 'pending';
CREATE INDEX review_items_user_status_idx
    ON review_items (user_id, status, priority DESC, created_at, id);
CREATE INDEX review_items_prospect_idx ON review_items (prospect_id);
CREATE TRIGGER review_items_touch BEFORE UPDATE ON review_items
    FOR EACH ROW EXECUTE FUNCTION sm_touch_updated_at();

-- ---------------------------------------------------------------------------------------
-- outbound_messages: the outbox. One row per decided review item (UNIQUE review_item_id);
-- auto-approved drafts have no review item. A claim sets status 'sending', claimed_at and
-- a lease; an expired lease goes back to 'queued'. claimed_at = handed to the sender (the
-- moment counted against the user's daily e-mail limit).
-- ---------------------------------------------------------------------------------------
CREATE TABLE outbound_messages (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    review_item_id   uuid REFERENCES review_items (id) ON DELETE CASCADE,
    prospect_id      uuid        NOT NULL,
    channel          text        NOT NULL,
    subject          text,
    text             text        NOT NULL,
    status           text        NOT NULL DEFAULT 'queued',
    due_at           timestamptz NOT NULL DEFAULT now(),
    lease_expires_at timestamptz,
    claimed_at       timestamptz,
    attempts         int         NOT NULL DEFAULT 0,
    sent_at          timestamptz,
    external_id      text,
    error            text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT outbound_messages_review_item_uniq UNIQUE (review_item_id),
    CONSTRAINT outbound_messages_prospect_fk FOREIGN KEY (user_id, prospect_id)
        REFERENCES prospects (user_id, id) ON DELETE CASCADE,
    CONSTRAINT outbound_messages_channel_check CHECK (channel IN ('email', 'linkedin')),
    CONSTRAINT outbound_messages_status_check
        CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    CONSTRAINT outbound_messages_attempts_check CHECK (attempts >= 0),
    CONSTRAINT outbound_messages_lease_check
        CHECK (status <> 'sending' OR (lease_expires_at IS NOT NULL AND claimed_at IS NOT NULL)),
    CONSTRAINT outbound_messages_sent_check CHECK (status <> 'sent' OR sent_at IS NOT NULL)
);
CREATE INDEX outbound_messages_claim_idx
    ON outbound_messages (status, due_at) WHERE status IN ('queued', 'sending');
-- daily limit: count e-mails claimed since the start of the user's local day
CREATE INDEX outbound_messages_user_claimed_idx
    ON outbound_messages (user_id, claimed_at) WHERE claimed_at IS NOT NULL;
CREATE INDEX outbound_messages_prospect_idx ON outbound_messages (prospect_id);
CREATE TRIGGER outbound_messages_touch BEFORE UPDATE ON outbound_messages
    FOR EACH ROW EXECUTE FUNCTION sm_touch_updated_at();

-- ---------------------------------------------------------------------------------------
-- messages: the conversation (outbound and inbound) with a prospect.
-- ---------------------------------------------------------------------------------------
CREATE TABLE messages (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id             uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    prospect_id         uuid        NOT NULL,
    outbound_message_id uuid REFERENCES outbound_messages (id) ON DELETE SET NULL,
    direction           text        NOT NULL,
    channel             text        NOT NULL,
    subject             text,
    text                text        NOT NULL,
    ai_generated        boolean     NOT NULL DEFAULT false,
    confidence_score    int,
    sentiment           text,
    external_id         text,
    at                  timestamptz NOT NULL DEFAULT now(),
    created_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT messages_prospect_fk FOREIGN KEY (user_id, prospect_id)
        REFERENCES prospects (user_id, id) ON DELETE CASCADE,
    -- a sent outbox row becomes exactly one conversation message
    CONSTRAINT messages_outbound_message_uniq UNIQUE (outbound_message_id),
    CONSTRAINT messages_direction_check CHECK (direction IN ('outbound', 'inbound')),
    CONSTRAINT messages_channel_check CHECK (channel IN ('email', 'linkedin')),
    CONSTRAINT messages_confidence_score_check CHECK (confidence_score BETWEEN 0 AND 100)
);
CREATE UNIQUE INDEX messages_user_external_id_uniq
    ON messages (user_id, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX messages_prospect_at_idx ON messages (prospect_id, at, id);
CREATE INDEX messages_user_at_idx ON messages (user_id, at DESC);

-- ---------------------------------------------------------------------------------------
-- meetings
-- ---------------------------------------------------------------------------------------
CREATE TABLE meetings (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id             uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    prospect_id         uuid        NOT NULL,
    campaign_id         uuid,
    title               text        NOT NULL,
    scheduled_at        timestamptz NOT NULL,
    duration_minutes    int         NOT NULL DEFAULT 30,
    meeting_link        text,
    external_event_id   text,
    status              text        NOT NULL DEFAULT 'scheduled',
    notes               text,
    cancellation_reason text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT meetings_prospect_fk FOREIGN KEY (user_id, prospect_id)
        REFERENCES prospects (user_id, id) ON DELETE CASCADE,
    CONSTRAINT meetings_campaign_fk FOREIGN KEY (user_id, campaign_id)
        REFERENCES campaigns (user_id, id) ON DELETE SET NULL (campaign_id),
    CONSTRAINT meetings_duration_minutes_check CHECK (duration_minutes BETWEEN 1 AND 1440),
    CONSTRAINT meetings_status_check CHECK (status IN (
        'scheduled', 'confirmed', 'completed', 'cancelled', 'no_show', 'rescheduled'))
);
CREATE UNIQUE INDEX meetings_user_external_event_uniq
    ON meetings (user_id, external_event_id) WHERE external_event_id IS NOT NULL;
CREATE INDEX meetings_user_scheduled_idx ON meetings (user_id, scheduled_at, id);
CREATE INDEX meetings_prospect_idx ON meetings (prospect_id);
CREATE INDEX meetings_campaign_idx ON meetings (campaign_id) WHERE campaign_id IS NOT NULL;
CREATE TRIGGER meetings_touch BEFORE UPDATE ON meetings
    FOR EACH ROW EXECUTE FUNCTION sm_touch_updated_at();

-- ---------------------------------------------------------------------------------------
-- templates: user_id NULL <=> system template (read-only for users).
-- ---------------------------------------------------------------------------------------
CREATE TABLE templates (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    uuid REFERENCES users (id) ON DELETE CASCADE,
    name       text        NOT NULL,
    channel    text        NOT NULL,
    use_case   text        NOT NULL,
    subject    text,
    body       text        NOT NULL,
    is_system  boolean     NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT templates_owner_check CHECK (is_system = (user_id IS NULL)),
    CONSTRAINT templates_name_check CHECK (length(btrim(name)) > 0),
    CONSTRAINT templates_channel_check CHECK (channel IN ('email', 'linkedin')),
    CONSTRAINT templates_use_case_check CHECK (use_case IN (
        'initial_outreach', 'follow_up', 'reply_response', 'meeting_request'))
);
CREATE INDEX templates_user_idx ON templates (user_id, created_at, id);
CREATE INDEX templates_system_idx ON templates (created_at, id) WHERE user_id IS NULL;
CREATE TRIGGER templates_touch BEFORE UPDATE ON templates
    FOR EACH ROW EXECUTE FUNCTION sm_touch_updated_at();

-- ---------------------------------------------------------------------------------------
-- warmups: one per prospect; warmup_days logs actions per day so the hard cap of 40 actions
-- a day holds in the database (the user's lower dailyActionLimit is checked by the API).
-- likes/comments on warmups are the running totals.
-- ---------------------------------------------------------------------------------------
CREATE TABLE warmups (
    prospect_id       uuid PRIMARY KEY,
    user_id           uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    started_at        timestamptz NOT NULL DEFAULT now(),
    planned_days      int         NOT NULL,
    likes             int         NOT NULL DEFAULT 0,
    comments          int         NOT NULL DEFAULT 0,
    connection_status text        NOT NULL DEFAULT 'none',
    completed_at      timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT warmups_prospect_fk FOREIGN KEY (user_id, prospect_id)
        REFERENCES prospects (user_id, id) ON DELETE CASCADE,
    CONSTRAINT warmups_planned_days_check CHECK (planned_days BETWEEN 7 AND 15),
    CONSTRAINT warmups_actions_check CHECK (likes >= 0 AND comments >= 0),
    CONSTRAINT warmups_connection_status_check
        CHECK (connection_status IN ('none', 'pending', 'accepted', 'rejected'))
);
CREATE INDEX warmups_user_idx ON warmups (user_id);
CREATE TRIGGER warmups_touch BEFORE UPDATE ON warmups
    FOR EACH ROW EXECUTE FUNCTION sm_touch_updated_at();

CREATE TABLE warmup_days (
    prospect_id uuid NOT NULL REFERENCES warmups (prospect_id) ON DELETE CASCADE,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day         date NOT NULL,
    likes       int  NOT NULL DEFAULT 0,
    comments    int  NOT NULL DEFAULT 0,
    PRIMARY KEY (prospect_id, day),
    CONSTRAINT warmup_days_actions_check
        CHECK (likes >= 0 AND comments >= 0 AND likes + comments <= 40)
);
CREATE INDEX warmup_days_user_idx ON warmup_days (user_id);

-- ---------------------------------------------------------------------------------------
-- activity_events: the dashboard stream. The summary may name a prospect, so events about
-- a prospect are erased with it (GDPR, product.md rule 7).
-- ---------------------------------------------------------------------------------------
CREATE TABLE activity_events (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type        text        NOT NULL,
    prospect_id uuid,
    summary     text        NOT NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT activity_events_prospect_fk FOREIGN KEY (user_id, prospect_id)
        REFERENCES prospects (user_id, id) ON DELETE CASCADE,
    CONSTRAINT activity_events_type_check CHECK (type ~ '^[a-z][a-z_]*$')
);
CREATE INDEX activity_events_user_at_idx ON activity_events (user_id, at DESC, id DESC);
CREATE INDEX activity_events_prospect_idx ON activity_events (prospect_id)
    WHERE prospect_id IS NOT NULL;

-- ---------------------------------------------------------------------------------------
-- audit_entries: who did what to which entity. NEVER personal data: ids and action names
-- only. user_id has no FK on purpose: the entry "account deleted" must outlive the users
-- row, and once that row is gone the random uuid identifies nobody. entity_id likewise
-- keeps pointing at an erased prospect's former id, which is all the log may keep.
-- ---------------------------------------------------------------------------------------
CREATE TABLE audit_entries (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid,
    actor       text        NOT NULL DEFAULT 'user',
    action      text        NOT NULL,
    entity_type text        NOT NULL,
    entity_id   uuid,
    at          timestamptz NOT NULL DEFAULT now(),
    details     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    CONSTRAINT audit_entries_actor_check CHECK (actor IN ('user', 'integration', 'system')),
    CONSTRAINT audit_entries_action_check CHECK (action ~ '^[a-z][a-z_.]*$'),
    CONSTRAINT audit_entries_entity_type_check CHECK (entity_type ~ '^[a-z][a-z_]*$'),
    CONSTRAINT audit_entries_details_object_check CHECK (jsonb_typeof(details) = 'object'),
    -- a cheap guard against the obvious mistakes; the rule itself is "ids and counts only"
    CONSTRAINT audit_entries_no_personal_data_check CHECK (NOT (details ?| ARRAY[
        'email', 'fullName', 'full_name', 'name', 'firstName', 'lastName', 'linkedinUrl',
        'linkedin_url', 'companyName', 'company_name', 'text', 'message', 'subject', 'password']))
);
CREATE INDEX audit_entries_user_at_idx ON audit_entries (user_id, at DESC);
CREATE INDEX audit_entries_entity_idx ON audit_entries (entity_type, entity_id);

-- ---------------------------------------------------------------------------------------
-- integration_deliveries: idempotency per X-Sm-Delivery-Id. Claim a delivery with
-- INSERT ... ON CONFLICT (delivery_id) DO NOTHING in the same transaction as the effect;
-- response_status NULL means "first delivery still in progress". A redelivery with a
-- different request_sha256 is a client error. Prune rows older than a few days
-- (created_at index); claimOutbound responses (user_id NULL) hold message text.
-- ---------------------------------------------------------------------------------------
CREATE TABLE integration_deliveries (
    delivery_id     text PRIMARY KEY,
    user_id         uuid REFERENCES users (id) ON DELETE CASCADE,
    function_name   text        NOT NULL,
    request_sha256  text        NOT NULL,
    response_status int,
    response_body   jsonb,
    created_at      timestamptz NOT NULL DEFAULT now(),
    completed_at    timestamptz,
    CONSTRAINT integration_deliveries_delivery_id_check
        CHECK (length(delivery_id) BETWEEN 1 AND 200),
    CONSTRAINT integration_deliveries_sha256_check CHECK (request_sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT integration_deliveries_status_check CHECK (response_status BETWEEN 100 AND 599)
);
CREATE INDEX integration_deliveries_created_idx ON integration_deliveries (created_at);
CREATE INDEX integration_deliveries_user_idx ON integration_deliveries (user_id)
    WHERE user_id IS NOT NULL;

-- ---------------------------------------------------------------------------------------
-- campaign_stats: Campaign.stats, computed. "contacted" = ever contacted, "replied" = ever
-- replied, "qualified" = qualified or further down the funnel, "meetingsBooked" = meetings
-- of the campaign that were not cancelled. Always filter by user_id (and campaign_id).
-- ---------------------------------------------------------------------------------------
CREATE VIEW campaign_stats AS
SELECT c.id AS campaign_id,
       c.user_id,
       coalesce(p.total_prospects, 0)  AS total_prospects,
       coalesce(p.contacted, 0)        AS contacted,
       coalesce(p.replied, 0)          AS replied,
       coalesce(p.qualified, 0)        AS qualified,
       coalesce(m.meetings_booked, 0)  AS meetings_booked
FROM campaigns c
LEFT JOIN LATERAL (
    SELECT count(*) AS total_prospects,
           count(*) FILTER (WHERE pr.last_contacted_at IS NOT NULL
                               OR pr.status NOT IN ('new', 'lost', 'nurture', 'unsubscribed')) AS contacted,
           count(*) FILTER (WHERE pr.last_replied_at IS NOT NULL) AS replied,
           count(*) FILTER (WHERE pr.status IN (
               'qualified', 'meeting_booked', 'meeting_completed', 'customer')) AS qualified
    FROM prospects pr
    WHERE pr.user_id = c.user_id AND pr.campaign_id = c.id
) p ON true
LEFT JOIN LATERAL (
    SELECT count(*) AS meetings_booked
    FROM meetings mt
    WHERE mt.campaign_id = c.id AND mt.user_id = c.user_id AND mt.status <> 'cancelled'
) m ON true;
