package com.salesmachine.dashboard;

/**
 * The dashboard's 0-100 health score: how well the user's outbound machine is doing, from four
 * documented inputs (docs/api-features-b.md "Health score"). Pure arithmetic, no I/O.
 *
 * <pre>
 * replies      40 * min(1, replyRate / 0.20)            a 20 % reply rate earns it all;
 *                                                        20 (neutral) while nobody was contacted
 * backlog      20 * clamp((50 - reviewPending) / 40)    full up to 10 pending, 0 from 50
 * delivery     25 * (1 - failed / (sent + failed))      over the last 7 days; 25 with no deliveries
 * meetings     min(15, 5 * meetingsUpcoming)            three upcoming meetings earn it all
 * score        round(sum), within 0..100
 * </pre>
 */
public record HealthScore(double replyRate, int contacted, int reviewPending, int sentLastWeek,
                          int failedLastWeek, int meetingsUpcoming) {

    static final double TARGET_REPLY_RATE = 0.20;

    public int score() {
        double total = replies() + backlog() + delivery() + meetings();
        return (int) Math.max(0, Math.min(100, Math.round(total)));
    }

    double replies() {
        if (contacted <= 0) {
            return 20;
        }
        return 40 * Math.min(1, Math.max(0, replyRate) / TARGET_REPLY_RATE);
    }

    double backlog() {
        return 20 * clamp((50 - reviewPending) / 40.0);
    }

    double delivery() {
        int attempts = sentLastWeek + failedLastWeek;
        if (attempts <= 0) {
            return 25;
        }
        return 25 * (1 - (double) failedLastWeek / attempts);
    }

    double meetings() {
        return Math.min(15, 5.0 * Math.max(0, meetingsUpcoming));
    }

    private static double clamp(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }
}
