package com.salesmachine.platform.transport;

import java.util.List;
import java.util.Map;

/**
 * What goes back to the client, whatever carries it: the status, the headers (exact names, one value each), the
 * {@code Set-Cookie} values and the body ({@code HEAD}: none). An adapter only copies it into its own response.
 */
public record Answer(int status, Map<String, String> headers, List<String> cookies, byte[] body) {
}
