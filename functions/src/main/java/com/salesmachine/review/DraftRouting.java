package com.salesmachine.review;

import com.salesmachine.contract.integration.DraftMessage;
import com.salesmachine.contract.integration.DraftRoute;
import com.salesmachine.account.UserRules;

import java.util.List;

/**
 * Product rule 2, as a pure decision: a draft goes to human review when its confidence is below the user's
 * threshold, the prospect is VIP, it hits a blacklisted topic, or the user runs in semi-automatic mode;
 * only otherwise does it go straight to the outbox. A blacklisted draft never reaches the outbox.
 */
record DraftRouting(DraftRoute route, List<String> blockedTopics, int priority) {

    static DraftRouting decide(DraftMessage draft, boolean vip, UserRules rules) {
        String text = (draft.subject() == null ? "" : draft.subject() + "\n") + draft.message();
        List<String> blocked = Blacklist.blockedTopics(text, rules.blacklistedTerms());
        boolean needsHuman = !rules.autopilot()
                || draft.confidenceScore() < rules.aiConfidenceThreshold()
                || vip
                || !blocked.isEmpty();
        int priority = (vip ? 2 : 0) + (blocked.isEmpty() ? 0 : 1);
        return new DraftRouting(needsHuman ? DraftRoute.REVIEW : DraftRoute.OUTBOX, blocked, priority);
    }
}
