-- Issue 14 item 1: every integration effect has a natural key of its own, so a captured request replayed under a
-- new delivery id (or any second report of the same thing) changes nothing. integration_deliveries still answers
-- redeliveries; these keys hold whatever the delivery id.
-- A draft from ingestEnrichment is keyed by its prospect + message type + content hash (channel, subject, text):
-- the same draft is stored once, in review or in the outbox. Rows made otherwise (approvals, manual) carry null.
ALTER TABLE review_items ADD COLUMN draft_key text;
ALTER TABLE outbound_messages ADD COLUMN draft_key text;
CREATE UNIQUE INDEX review_items_draft_key_unique ON review_items (prospect_id, draft_key) WHERE draft_key IS NOT NULL;
CREATE UNIQUE INDEX outbound_messages_draft_key_unique ON outbound_messages (prospect_id, draft_key) WHERE draft_key IS NOT NULL;
