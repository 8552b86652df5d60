package com.salesmachine.contract.campaigns;

import com.salesmachine.contract.dashboard.PipelineStage;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * The figures of one campaign, counted on the server over all its rows: prospects per stage (every status, zeros
 * included, in funnel order), prospects contacted and replied (as in {@link CampaignStats}), conversation messages
 * sent (outbound), the reply rate (replied / contacted, 0 when nobody was contacted) and meetings booked (not
 * cancelled).
 */
public record CampaignFigures(
    @NotNull UUID campaignId,
    @NotNull List<PipelineStage> stages,
    int totalProspects,
    int contacted,
    int replied,
    double replyRate,
    int messagesSent,
    int meetingsBooked) {
}
