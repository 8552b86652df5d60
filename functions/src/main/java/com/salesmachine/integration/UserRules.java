package com.salesmachine.integration;

import java.util.List;
import java.util.UUID;

/** The settings of one user that the integration functions enforce (product rules 2, 3, 4). */
record UserRules(UUID userId, String timezone, int aiConfidenceThreshold, int dailyEmailLimit, boolean autopilot,
                 int warmupMinDays, int warmupDailyActionLimit, List<String> blacklistedTerms) {

    static final int HARD_EMAIL_CAP = 100;
    static final int HARD_WARMUP_ACTION_CAP = 40;

    int effectiveDailyEmailLimit() {
        return Math.min(dailyEmailLimit, HARD_EMAIL_CAP);
    }

    int effectiveWarmupActionLimit() {
        return Math.min(warmupDailyActionLimit, HARD_WARMUP_ACTION_CAP);
    }
}
