-- claimOutbound ranks one user's claimable messages by due time (see integration/Outbox.java)
CREATE INDEX outbound_messages_user_due_idx
    ON outbound_messages (user_id, due_at, id) WHERE status IN ('queued', 'sending');
