package com.salesmachine.templates;

import java.util.HashMap;
import java.util.Map;

/**
 * The values a template is rendered with, built from the prospect, its enrichment and the sender
 * (the user). firstName is the first word of the full name, lastName the rest.
 */
record RenderValues(String fullName, String jobTitle, String companyName, String location,
                    String talkingPoint, String painPoint, String recentActivity,
                    String senderName, String senderCompany) {

    Map<String, String> asMap() {
        String name = fullName == null ? "" : fullName.strip();
        int space = name.indexOf(' ');
        Map<String, String> values = new HashMap<>();
        values.put("firstName", space < 0 ? name : name.substring(0, space));
        values.put("lastName", space < 0 ? "" : name.substring(space + 1).strip());
        values.put("fullName", name);
        values.put("jobTitle", jobTitle);
        values.put("companyName", companyName);
        values.put("location", location);
        values.put("senderName", senderName);
        values.put("senderCompany", senderCompany);
        values.put("talkingPoint", talkingPoint);
        values.put("painPoint", painPoint);
        values.put("recentActivity", recentActivity);
        return values;
    }
}
