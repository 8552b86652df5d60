/**
 * Owns activity_events (the stream the dashboard shows; {@link com.salesmachine.activity.ActivityLog}) and
 * audit_entries (ids only; {@link com.salesmachine.activity.AuditTrail}). The lowest feature: any feature
 * records into it inside its own transaction.
 */
package com.salesmachine.activity;
