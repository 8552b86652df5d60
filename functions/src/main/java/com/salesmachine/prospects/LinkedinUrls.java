package com.salesmachine.prospects;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What counts as a LinkedIn URL: http(s) or no scheme, host linkedin.com or one of its sub-domains
 * (www., fr., ...), and a path naming something (/in/..., /company/...). Deduplication itself is the
 * database's {@code sm_normalize_linkedin_url}; this only refuses what is plainly not LinkedIn.
 */
final class LinkedinUrls {

    private LinkedinUrls() {
    }

    static boolean looksValid(String url) {
        String text = url.strip();
        if (text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            return (scheme.equals("https") || scheme.equals("http"))
                    && uri.getUserInfo() == null
                    && (host.equals("linkedin.com") || host.endsWith(".linkedin.com"))
                    && path.length() > 1;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
