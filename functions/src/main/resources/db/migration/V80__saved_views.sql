-- Named saved views of the prospects list, per user (issue 15): a name and the listProspects filter and sort it
-- restores. Owned by the prospects package. Saving under an existing name replaces that view.
CREATE TABLE saved_views (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       text        NOT NULL,
    filter     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    sort       text        NOT NULL DEFAULT 'created_desc',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT saved_views_user_name_uniq UNIQUE (user_id, name),
    CONSTRAINT saved_views_name_check CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    CONSTRAINT saved_views_filter_object_check CHECK (jsonb_typeof(filter) = 'object'),
    CONSTRAINT saved_views_sort_check CHECK (sort IN ('created_desc', 'activity_desc'))
);
CREATE TRIGGER saved_views_touch BEFORE UPDATE ON saved_views
    FOR EACH ROW EXECUTE FUNCTION sm_touch_updated_at();
