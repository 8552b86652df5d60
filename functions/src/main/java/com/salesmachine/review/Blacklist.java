package com.salesmachine.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Topics an AI draft may never send on its own (product rule 2): pricing promises, guarantees,
 * competitor bashing, plus the user's own terms. Matching is whole-word and case-insensitive; the
 * result names each topic hit, in a stable order, so the review queue can show and highlight them.
 */
public final class Blacklist {

    /** System topics and the phrases that reveal them. */
    static final Map<String, List<String>> SYSTEM_TOPICS = new LinkedHashMap<>();

    static {
        SYSTEM_TOPICS.put("pricing_promise", List.of("cheapest", "lowest price", "best price", "price match",
                "half the price", "50% off", "free forever", "discount", "special price"));
        SYSTEM_TOPICS.put("guarantee", List.of("guarantee", "guaranteed", "guarantees", "risk-free", "risk free",
                "100% success", "money back", "money-back", "promise you"));
        SYSTEM_TOPICS.put("competitor_bashing", List.of("competitor is terrible", "competitors are terrible",
                "unlike your current vendor", "better than your current", "worse than us", "scam", "rip-off", "ripoff"));
    }

    private Blacklist() {
    }

    /** The topics this text hits: system topic names, then the user's own terms as written. */
    public static List<String> blockedTopics(String text, List<String> userTerms) {
        List<String> hits = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return hits;
        }
        SYSTEM_TOPICS.forEach((topic, phrases) -> {
            if (phrases.stream().anyMatch(p -> containsWord(text, p))) {
                hits.add(topic);
            }
        });
        if (userTerms != null) {
            for (String term : userTerms) {
                if (term != null && !term.isBlank() && containsWord(text, term.trim()) && !hits.contains(term.trim())) {
                    hits.add(term.trim());
                }
            }
        }
        return hits;
    }

    static boolean containsWord(String text, String phrase) {
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase.toLowerCase(Locale.ROOT))
                + "(?![\\p{L}\\p{N}])", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
        return pattern.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
