package com.salesmachine.contract.account;

import com.salesmachine.contract.campaigns.Campaign;
import com.salesmachine.contract.dashboard.ActivityEvent;
import com.salesmachine.contract.prospects.Prospect;
import com.salesmachine.contract.prospects.SavedView;
import com.salesmachine.contract.review.ReviewItem;
import com.salesmachine.contract.templates.Template;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Output of {@code exportMyData}: every row the user owns, as one JSON document (GDPR art. 15 and 20).
 *
 * @param prospects each with its enrichment, whole conversation, meetings, pending review items and warm-up
 * @param reviewItems every review item, whatever its status
 * @param templates the user's own templates (system templates belong to nobody)
 * @param savedViews the named views of the prospects list (filter and sort), by name
 * @param onboarding the saved onboarding steps as stored, keyed by step
 * @param outbox every outbound message (queued, sending, sent or failed)
 * @param warmupDays the per-day warm-up actions behind each prospect's warm-up totals
 * @param auditEntries audit entries about the user (ids and action names only)
 * @param integrationDeliveries the workflow engine's deliveries made for the user (metadata, not the bodies)
 * @param sessions the user's live sessions
 */
public record DataExport(
    @NotNull Instant exportedAt,
    @NotNull User user,
    @NotNull Settings settings,
    @NotNull List<Campaign> campaigns,
    @NotNull List<Prospect> prospects,
    @NotNull List<ReviewItem> reviewItems,
    @NotNull List<Template> templates,
    @NotNull List<SavedView> savedViews,
    @NotNull List<ActivityEvent> activity,
    @NotNull Map<String, Object> onboarding,
    @NotNull List<ExportedOutboundMessage> outbox,
    @NotNull List<ExportedWarmupDay> warmupDays,
    @NotNull List<ExportedAuditEntry> auditEntries,
    @NotNull List<ExportedDelivery> integrationDeliveries,
    @NotNull List<SessionItem> sessions) {
}
