package com.salesmachine.contract.account;

import com.salesmachine.contract.campaigns.Campaign;
import com.salesmachine.contract.dashboard.ActivityEvent;
import com.salesmachine.contract.prospects.Prospect;
import com.salesmachine.contract.review.ReviewItem;
import com.salesmachine.contract.templates.Template;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/** Output of {@code exportMyData}: every row the user owns, as one JSON document. */
public record DataExport(
    @NotNull Instant exportedAt,
    @NotNull User user,
    @NotNull Settings settings,
    @NotNull List<Campaign> campaigns,
    @NotNull List<Prospect> prospects,
    @NotNull List<ReviewItem> reviewItems,
    @NotNull List<Template> templates,
    @NotNull List<ActivityEvent> activity) {
}
