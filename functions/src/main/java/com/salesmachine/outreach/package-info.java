/**
 * Owns outbound_messages (the outbox the workflow engine drains; {@link com.salesmachine.outreach.Outbox}),
 * messages (the conversation; {@link com.salesmachine.outreach.Conversations}), warmups and warmup_days
 * ({@link com.salesmachine.outreach.WarmupLog}). Sits above prospects and below review, which enqueues
 * decided drafts into the outbox.
 */
package com.salesmachine.outreach;
