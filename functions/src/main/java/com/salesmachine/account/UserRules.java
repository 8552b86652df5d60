package com.salesmachine.account;

import java.util.List;
import java.util.UUID;

/** The settings of one user that the workflow rules enforce (product rules 2, 3, 4). */
public record UserRules(UUID userId, String timezone, int aiConfidenceThreshold, int dailyEmailLimit, boolean autopilot,
                        int warmupMinDays, int warmupDailyActionLimit, List<String> blacklistedTerms) {

    public static final int HARD_EMAIL_CAP = 100;
    public static final int HARD_WARMUP_ACTION_CAP = 40;

    public int effectiveDailyEmailLimit() {
        return Math.min(dailyEmailLimit, HARD_EMAIL_CAP);
    }

    public int effectiveWarmupActionLimit() {
        return Math.min(warmupDailyActionLimit, HARD_WARMUP_ACTION_CAP);
    }
}
