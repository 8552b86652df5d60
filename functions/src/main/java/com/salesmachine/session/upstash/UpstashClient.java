package com.salesmachine.session.upstash;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import reactor.core.publisher.Mono;

/**
 * Non-blocking client for the Upstash REST API (the subset in the platform spec): one shared OkHttp client
 * with pooled keep-alive connections, calls enqueued on OkHttp's dispatcher and bridged to {@link Mono},
 * so no Netty event-loop thread ever waits. Cancelling a Mono cancels its HTTP call.
 *
 * <p>Results are {@code null}, {@link Long}, {@link String} or a nested {@code List<Object>}.
 * Redis error replies become {@link UpstashCommandException}; anything that means "Upstash cannot be used
 * right now" (I/O failure, timeout, 5xx, a rejected token) becomes {@link UpstashUnavailableException}.
 */
public final class UpstashClient implements AutoCloseable {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final String SYNC_TOKEN = "upstash-sync-token";
    /** Margin over OkHttp's call timeout for time spent queued in the dispatcher. */
    private static final Duration QUEUE_MARGIN = Duration.ofMillis(250);

    private final UpstashSettings settings;
    private final HttpUrl baseUrl;
    private final UpstashWireFormat wire;
    private final ExecutorService callbacks;
    private final OkHttpClient http;
    /** Latest sync token seen, sent back for read-your-writes consistency across Upstash replicas. */
    private final AtomicReference<String> syncToken = new AtomicReference<>();

    public UpstashClient(UpstashSettings settings) {
        this.settings = settings;
        this.baseUrl = HttpUrl.get(settings.url());
        this.wire = new UpstashWireFormat(settings.base64());
        this.callbacks = daemonExecutor();
        Dispatcher dispatcher = new Dispatcher(callbacks);
        dispatcher.setMaxRequests(128);
        dispatcher.setMaxRequestsPerHost(64);
        this.http = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(16, 5, TimeUnit.MINUTES))
                .callTimeout(settings.timeout())
                .connectTimeout(settings.timeout())
                .readTimeout(settings.timeout())
                .writeTimeout(settings.timeout())
                .followRedirects(false)
                .build();
    }

    public UpstashSettings settings() {
        return settings;
    }

    /**
     * One command, {@code POST /} with a JSON array body, e.g. {@code command("SET", "k", "v", "EX", 60)}.
     * A nil reply completes the Mono empty ({@code block()} gives {@code null}); nils inside arrays stay {@code null}.
     */
    public Mono<Object> command(Object... args) {
        return Mono.defer(() -> send("", wire.command(args)))
                .handle((body, sink) -> {
                    UpstashResult result = wire.single(body);
                    if (result.isError()) {
                        sink.error(new UpstashCommandException(result.error()));
                    } else if (result.result() != null) {
                        sink.next(result.result());
                    }
                });
    }

    /** Several commands in one request, {@code POST /pipeline}; one result or error per command, in order. */
    public Mono<List<UpstashResult>> pipeline(List<List<Object>> commands) {
        return Mono.defer(() -> send("pipeline", wire.commands(commands)))
                .map(body -> wire.many(body, commands.size()));
    }

    /** Several commands as one MULTI/EXEC transaction, {@code POST /multi-exec}. */
    public Mono<List<UpstashResult>> multiExec(List<List<Object>> commands) {
        return Mono.defer(() -> send("multi-exec", wire.commands(commands)))
                .map(body -> wire.many(body, commands.size()));
    }

    /**
     * Runs a script with {@code EVALSHA}; on {@code NOSCRIPT} (script not yet cached by Redis) sends the source
     * with {@code EVAL}, which also caches it, so the next {@code EVALSHA} is a single request again.
     */
    public Mono<Object> eval(LuaScript script, List<String> keys, List<?> args) {
        return command(evalArgs("EVALSHA", script.sha1(), keys, args))
                .onErrorResume(UpstashClient::isNoScript,
                        e -> command(evalArgs("EVAL", script.source(), keys, args)));
    }

    /**
     * {@code PING}: emits {@code true} when Upstash answers {@code PONG}; {@code false} on any other answer
     * or failure (unreachable, timeout, rejected token). Never errors, so health checks can use it directly.
     */
    public Mono<Boolean> ping() {
        return command("PING")
                .map("PONG"::equals)
                .onErrorReturn(false);
    }

    /** HTTP calls in flight (for tests: a cancelled Mono must not leave its call running). */
    int callsInFlight() {
        return http.dispatcher().runningCallsCount() + http.dispatcher().queuedCallsCount();
    }

    @Override
    public void close() {
        http.dispatcher().cancelAll();
        callbacks.shutdown();
        http.connectionPool().evictAll();
    }

    private Mono<byte[]> send(String path, byte[] json) {
        Request request = request(path, json);
        Duration timeout = settings.timeout();
        Mono<byte[]> call = Mono.create(sink -> {
            Call httpCall = http.newCall(request);
            sink.onCancel(httpCall::cancel);
            httpCall.enqueue(new Callback() {
                @Override
                public void onFailure(Call failed, IOException e) {
                    if (failed.isCanceled() && !isTimeout(e)) {
                        return; // cancelled by the subscriber: nobody is listening any more
                    }
                    sink.error(new UpstashUnavailableException(describe(e, timeout), e));
                }

                @Override
                public void onResponse(Call done, Response response) {
                    try (response) {
                        sink.success(readBody(response));
                    } catch (IOException e) {
                        sink.error(new UpstashUnavailableException(describe(e, timeout), e));
                    } catch (RuntimeException e) {
                        sink.error(e);
                    }
                }
            });
        });
        return call.timeout(timeout.plus(QUEUE_MARGIN), Mono.error(
                () -> new UpstashUnavailableException("Upstash did not answer within " + timeout.toMillis() + " ms")));
    }

    private Request request(String path, byte[] json) {
        HttpUrl url = path.isEmpty() ? baseUrl : baseUrl.newBuilder().addPathSegment(path).build();
        Request.Builder request = new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + settings.token())
                .post(RequestBody.create(json, JSON));
        if (settings.base64()) {
            request.header("Upstash-Encoding", "base64");
        }
        String sync = syncToken.get();
        if (sync != null) {
            request.header(SYNC_TOKEN, sync);
        }
        return request.build();
    }

    private byte[] readBody(Response response) throws IOException {
        String sync = response.header(SYNC_TOKEN);
        if (sync != null) {
            syncToken.set(sync);
        }
        int code = response.code();
        ResponseBody body = response.body();
        byte[] bytes = body.bytes();
        if (code == 200) {
            return bytes;
        }
        if (code == 400) {
            String redisError = UpstashWireFormat.errorOf(bytes);
            if (redisError != null) {
                throw new UpstashCommandException(redisError);
            }
        }
        if (code == 401 || code == 403) {
            throw new UpstashUnavailableException("Upstash rejected the token (HTTP " + code + "): check UPSTASH_REDIS_REST_TOKEN");
        }
        throw new UpstashUnavailableException("Upstash answered HTTP " + code);
    }

    private static boolean isNoScript(Throwable e) {
        return e instanceof UpstashCommandException command && command.getMessage().contains("NOSCRIPT");
    }

    private static boolean isTimeout(IOException e) {
        return e instanceof java.io.InterruptedIOException;
    }

    private static String describe(IOException e, Duration timeout) {
        if (isTimeout(e)) {
            return "Upstash did not answer within " + timeout.toMillis() + " ms";
        }
        return "Upstash is unreachable: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static Object[] evalArgs(String verb, String scriptOrSha, List<String> keys, List<?> args) {
        List<Object> command = new ArrayList<>(3 + keys.size() + args.size());
        command.add(verb);
        command.add(scriptOrSha);
        command.add(keys.size());
        command.addAll(keys);
        command.addAll(args);
        return command.toArray();
    }

    private static ExecutorService daemonExecutor() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "upstash-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
