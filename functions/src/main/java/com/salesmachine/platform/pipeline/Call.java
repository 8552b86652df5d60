package com.salesmachine.platform.pipeline;

import java.util.Map;

import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.Caller;
import com.salesmachine.platform.Reply;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * One call as a transport received it, and what the pipeline answered: the transport opens it (method, function
 * name, request id, client address, headers, raw body), puts it in the Reactor context of the invocation, and
 * reads the outcome (status, session cookie, {@code Retry-After}) back when it writes the answer. Nothing travels
 * as a string header to be parsed again; the request id is derived once, here.
 */
public final class Call {

    /** The MDC key every log line of the call carries (Reactor context -> MDC, see PipelineConfiguration). */
    public static final String LOG_KEY = RequestIds.MDC_KEY;
    /** The header a caller may send its own request id in, and every answer carries. */
    public static final String REQUEST_ID_HEADER = RequestIds.HEADER;
    private static final byte[] NO_BODY = new byte[0];

    private final String method;
    private final String function;
    private final String requestId;
    private final String clientIp;
    private final Map<String, String> headers;
    private final boolean internal;
    private volatile byte[] body = NO_BODY;
    private volatile int status = 200;
    private volatile Reply.SessionCookie cookie;
    private volatile Long retryAfterSeconds;

    /**
     * @param function         the path without its leading {@code /}
     * @param incomingRequestId the client's {@code X-Request-Id}: kept when sane, else a new one is made
     * @param headers          names lower-cased
     * @param internal         made on the instance's own host (loopback peer, no proxy in between)
     */
    public Call(String method, String function, String incomingRequestId, String clientIp, Map<String, String> headers,
                boolean internal) {
        this.method = method;
        this.function = function;
        this.requestId = RequestIds.acceptOrCreate(incomingRequestId);
        this.clientIp = clientIp;
        this.headers = headers;
        this.internal = internal;
    }

    /** The call of the invocation this context belongs to. */
    static Call in(ContextView context) {
        Call call = context.getOrDefault(Call.class, null);
        if (call == null) {
            throw new IllegalStateException("a function was invoked without a transport's Call in its context");
        }
        return call;
    }

    /** The context an invocation of this call runs in: the call itself and the request id for the logs. */
    public Context into(Context context) {
        return context.put(Call.class, this).put(LOG_KEY, requestId);
    }

    public String method() {
        return method;
    }

    public String function() {
        return function;
    }

    public String requestId() {
        return requestId;
    }

    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    public Call withBody(byte[] bytes) {
        this.body = bytes;
        return this;
    }

    /** The raw body as the transport read it. */
    public byte[] body() {
        return body;
    }

    Caller caller() {
        return new Caller(requestId, null, null, clientIp, headers.get("user-agent"), headers, internal);
    }

    void answered(int status, Reply.SessionCookie cookie) {
        this.status = status;
        this.cookie = cookie;
    }

    /** The call ends in this error, answered with its code's status or, for a wrong method, 405. */
    public void failed(ApiException error, int status) {
        this.status = status;
        this.retryAfterSeconds = error.retryAfterSeconds();
    }

    public int status() {
        return status;
    }

    /** The session cookie the function asked for, or null. */
    public Reply.SessionCookie cookie() {
        return cookie;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
