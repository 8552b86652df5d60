package com.salesmachine.integration;

import com.salesmachine.campaigns.DetectionWork;
import com.salesmachine.contract.integration.ListWorkInput;
import com.salesmachine.contract.integration.ListWorkResult;
import com.salesmachine.outreach.WarmupWork;
import com.salesmachine.prospects.EnrichmentWork;

import java.util.UUID;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code listWork}: what the workflow engine has to do next, read-only (no delivery record: reading twice is
 * harmless), asked of the three owners. The engine needs it because it never reads the database: detection needs
 * the active campaigns and today's budget, enrichment the new prospects' ids, warm-up today's progress.
 */
@Component
class WorkList {

    /** Product rule 8: 20 detected prospects a day (no per-user setting exists yet). */
    static final int DAILY_DETECTION_LIMIT = 20;
    private static final int DEFAULT_LIMIT = 50;

    private final DetectionWork detection;
    private final EnrichmentWork enrichment;
    private final WarmupWork warmups;

    WorkList(DetectionWork detection, EnrichmentWork enrichment, WarmupWork warmups) {
        this.detection = detection;
        this.enrichment = enrichment;
        this.warmups = warmups;
    }

    Mono<ListWorkResult> list(ListWorkInput input) {
        int limit = input.limit() == null ? DEFAULT_LIMIT : input.limit();
        UUID user = input.userId();
        return Mono.zip(detection.activeForDetection(user, limit, DAILY_DETECTION_LIMIT),
                        enrichment.awaitingEnrichment(user, limit), warmups.warmupsDue(user, limit))
                .map(t -> new ListWorkResult(t.getT1(), t.getT2(), t.getT3()));
    }
}
