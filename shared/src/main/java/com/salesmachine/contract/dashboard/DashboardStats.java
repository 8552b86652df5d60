package com.salesmachine.contract.dashboard;

/**
 * Output of {@code dashboardStats}.
 *
 * @param healthScore 0-100
 * @param replyRate replied / contacted as a fraction 0.0-1.0 (0 when nothing was contacted)
 */
public record DashboardStats(
    int healthScore,
    int prospectsTotal,
    int prospectsThisWeek,
    double replyRate,
    int meetingsUpcoming,
    int reviewPending,
    int emailsHandedOffToday,
    int dailyEmailLimit) {
}
