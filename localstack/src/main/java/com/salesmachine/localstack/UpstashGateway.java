package com.salesmachine.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Upstash-REST-compatible HTTP gateway in front of a real Redis, for local runs and tests only.
 * Implements the subset in the platform spec: {@code POST /} (JSON array), the path form ({@code GET /set/k/v},
 * {@code POST /set/k} with the value as body, query parameters appended), {@code POST /pipeline},
 * {@code POST /multi-exec} (MULTI/EXEC on one connection), {@code Upstash-Encoding: base64}, the
 * {@code upstash-sync-token} header and bearer-token auth, and Upstash's {@code allow-key-locking} script flag
 * ({@link KeyLockingScripts}). It counts what it receives so tests can assert how many requests and commands a
 * call cost.
 */
public final class UpstashGateway implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    private static final int MAX_RECORDED_COMMANDS = 10_000;
    /** Commands that would leave a pooled connection in another state or block it. */
    private static final Set<String> REFUSED = Set.of("MULTI", "EXEC", "DISCARD", "WATCH", "UNWATCH", "SELECT",
            "SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE", "UNSUBSCRIBE", "PUNSUBSCRIBE", "MONITOR", "QUIT", "RESET",
            "HELLO", "AUTH", "SYNC", "PSYNC", "SHUTDOWN", "BLPOP", "BRPOP", "BLMOVE", "BRPOPLPUSH", "BZPOPMIN",
            "BZPOPMAX", "XREAD", "XREADGROUP", "WAIT");

    private final int requestedPort;
    private final String token;
    private final RedisConnectionPool redis;
    private final KeyLockingScripts scripts = new KeyLockingScripts();

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong commands = new AtomicLong();
    private final AtomicLong syncTokens = new AtomicLong();
    private final Deque<List<String>> recorded = new ArrayDeque<>();
    private volatile List<List<String>> lastCommands = List.of();
    /** Fault injection: every request waits this long before it is handled (a slow Upstash). */
    private volatile long delayMillis;

    private HttpServer server;
    private ExecutorService workers;

    /** @param port 0 for a random free port; {@code redisHost}/{@code redisPort} is the Redis behind it */
    public UpstashGateway(int port, String token, String redisHost, int redisPort) {
        this.requestedPort = port;
        this.token = token;
        this.redis = new RedisConnectionPool(redisHost, redisPort);
    }

    public synchronized UpstashGateway start() {
        if (server != null) {
            return this;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", requestedPort), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("Upstash gateway cannot listen on port " + requestedPort, e);
        }
        AtomicInteger threads = new AtomicInteger();
        workers = Executors.newFixedThreadPool(16, task -> {
            Thread thread = new Thread(task, "upstash-gateway-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
        return this;
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        redis.close();
        server = null;
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("The gateway is not started");
        }
        return server.getAddress().getPort();
    }

    /** Base URL for {@code UPSTASH_REDIS_REST_URL}, e.g. {@code http://127.0.0.1:8079}. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    public String token() {
        return token;
    }

    /** HTTP requests received since the last reset, rejected ones included. */
    public long requestCount() {
        return requests.get();
    }

    /** Redis commands received in authorised requests since the last reset (a pipeline of 3 counts 3). */
    public long commandCount() {
        return commands.get();
    }

    /** The commands of the most recent authorised request, e.g. {@code [[EVALSHA, <sha>, 1, key, ...]]}. */
    public List<List<String>> lastCommands() {
        return lastCommands;
    }

    /** Every command received since the last reset (at most the last 10,000), oldest first. */
    public List<List<String>> receivedCommands() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    /** Makes every request wait {@code delay} before it is handled; {@code Duration.ZERO} for normal service. */
    public void setDelay(java.time.Duration delay) {
        this.delayMillis = delay.toMillis();
    }

    public void resetCounters() {
        synchronized (recorded) {
            requests.set(0);
            commands.set(0);
            recorded.clear();
            lastCommands = List.of();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            long delay = delayMillis;
            if (delay > 0) {
                Thread.sleep(delay);
            }
            String sync = String.valueOf(syncTokens.incrementAndGet());
            exchange.getResponseHeaders().set("upstash-sync-token", sync);
            if (!authorised(exchange)) {
                respond(exchange, 401, Map.of("error", "Unauthorized"));
                return;
            }
            boolean base64 = "base64".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Upstash-Encoding"));
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            try {
                byte[] body = readBody(exchange.getRequestBody());
                switch (path) {
                    case "/", "" -> single(exchange, parseCommand(parseJson(requirePost(method, body))), base64);
                    case "/pipeline", "/pipeline/" -> pipeline(exchange, parseCommands(requirePost(method, body)), base64);
                    case "/multi-exec", "/multi-exec/" -> multiExec(exchange, parseCommands(requirePost(method, body)), base64);
                    default -> single(exchange, pathCommand(exchange, path, method, body), base64);
                }
            } catch (BadRequest e) {
                respond(exchange, 400, Map.of("error", e.getMessage()));
            } catch (IOException e) {
                redis.discardIdle();
                respond(exchange, 503, Map.of("error", "Redis is unavailable: " + e.getMessage()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // the client went away or the response could not be written: nothing more to tell it
        }
    }

    private void single(HttpExchange exchange, List<byte[]> command, boolean base64) throws IOException {
        record(List.of(command));
        RespReply reply = execute(List.of(command)).getFirst();
        if (reply instanceof RespReply.Error error) {
            respond(exchange, 400, Map.of("error", error.message()));
        } else {
            respond(exchange, 200, result(json(reply, base64)));
        }
    }

    private void pipeline(HttpExchange exchange, List<List<byte[]>> batch, boolean base64) throws IOException {
        record(batch);
        List<Object> results = new ArrayList<>(batch.size());
        for (RespReply reply : execute(batch)) {
            results.add(item(reply, base64));
        }
        respond(exchange, 200, results);
    }

    private void multiExec(HttpExchange exchange, List<List<byte[]>> batch, boolean base64) throws IOException {
        record(batch);
        List<List<byte[]>> transaction = new ArrayList<>(batch.size() + 2);
        transaction.add(List.of(bytes("MULTI")));
        transaction.addAll(batch);
        transaction.add(List.of(bytes("EXEC")));
        // inside MULTI/EXEC a script's replies come with EXEC: only its body is rewritten (Upstash runs a script in a
        // transaction under the global lock anyway)
        List<RespReply> replies = redis.execute(scripts.allToRedis(transaction));
        RespReply exec = replies.getLast();
        if (exec instanceof RespReply.Error error) {
            respond(exchange, 400, Map.of("error", error.message()));
            return;
        }
        if (!(exec instanceof RespReply.Array(List<RespReply> items)) || items == null) {
            respond(exchange, 400, Map.of("error", "ERR transaction aborted"));
            return;
        }
        List<Object> results = new ArrayList<>(items.size());
        for (RespReply reply : items) {
            results.add(item(reply, base64));
        }
        respond(exchange, 200, results);
    }

    /** Sends the commands as Redis must see them (flagged scripts rewritten), replies as the client must see them. */
    private List<RespReply> execute(List<List<byte[]>> batch) throws IOException {
        List<List<byte[]>> sent = scripts.allToRedis(batch);
        List<RespReply> replies = redis.execute(sent);
        List<RespReply> out = new ArrayList<>(replies.size());
        for (int i = 0; i < replies.size(); i++) {
            out.add(scripts.toClient(batch.get(i), sent.get(i), replies.get(i)));
        }
        return out;
    }

    private static Map<String, Object> item(RespReply reply, boolean base64) {
        if (reply instanceof RespReply.Error error) {
            return Map.of("error", error.message());
        }
        return result(json(reply, base64));
    }

    private static Map<String, Object> result(Object value) {
        Map<String, Object> result = new java.util.HashMap<>(1);
        result.put("result", value);
        return result;
    }

    /** nil -> null, integers -> numbers, arrays -> arrays; strings base64 in base64 mode except the status OK. */
    private static Object json(RespReply reply, boolean base64) {
        return switch (reply) {
            case RespReply.Status(String text) -> base64 && !"OK".equals(text) ? encode(bytes(text)) : text;
            case RespReply.Bulk(byte[] value) when value == null -> null;
            case RespReply.Bulk(byte[] value) -> base64 ? encode(value) : new String(value, StandardCharsets.UTF_8);
            case RespReply.Integer(long value) -> value;
            case RespReply.Error(String message) -> message;
            case RespReply.Array(List<RespReply> items) when items == null -> null;
            case RespReply.Array(List<RespReply> items) -> {
                List<Object> values = new ArrayList<>(items.size());
                for (RespReply item : items) {
                    values.add(json(item, base64));
                }
                yield values;
            }
        };
    }

    private boolean authorised(HttpExchange exchange) {
        return ("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    private static <T> T requirePost(String method, T parsed) {
        if (!"POST".equals(method)) {
            throw new BadRequest("ERR use POST for this endpoint");
        }
        return parsed;
    }

    private static Object parseJson(byte[] body) {
        try {
            return JSON.readValue(body, Object.class);
        } catch (JacksonException e) {
            throw new BadRequest("ERR failed to parse command: the body is not JSON");
        }
    }

    private static List<List<byte[]>> parseCommands(byte[] body) {
        if (!(parseJson(body) instanceof List<?> list) || list.isEmpty()) {
            throw new BadRequest("ERR a pipeline body is a non-empty JSON array of command arrays");
        }
        List<List<byte[]>> batch = new ArrayList<>(list.size());
        for (Object command : list) {
            batch.add(parseCommand(command));
        }
        return batch;
    }

    private static List<byte[]> parseCommand(Object json) {
        if (!(json instanceof List<?> args) || args.isEmpty()) {
            throw new BadRequest("ERR a command is a non-empty JSON array");
        }
        List<byte[]> command = new ArrayList<>(args.size());
        for (Object arg : args) {
            command.add(switch (arg) {
                case String text -> bytes(text);
                case BigDecimal decimal -> bytes(decimal.toPlainString());
                case Number number -> bytes(number.toString());
                case Boolean bool -> bytes(bool.toString());
                case null, default -> throw new BadRequest("ERR command arguments are strings or numbers");
            });
        }
        return allowed(command);
    }

    private static List<byte[]> pathCommand(HttpExchange exchange, String rawPath, String method, byte[] body) {
        List<byte[]> command = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) {
                command.add(bytes(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8)));
            }
        }
        if ("POST".equals(method) && body.length > 0) {
            command.add(body);
        }
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String[] nameValue = pair.split("=", 2);
                command.add(bytes(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8)));
                if (nameValue.length == 2 && !nameValue[1].isEmpty()) {
                    command.add(bytes(URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8)));
                }
            }
        }
        if (command.isEmpty()) {
            throw new BadRequest("ERR no command in the path");
        }
        return allowed(command);
    }

    private static List<byte[]> allowed(List<byte[]> command) {
        String name = new String(command.getFirst(), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
        if (REFUSED.contains(name)) {
            throw new BadRequest("ERR Command is not available: '" + name + "'");
        }
        return command;
    }

    private void record(List<List<byte[]>> batch) {
        List<List<String>> texts = new ArrayList<>(batch.size());
        for (List<byte[]> command : batch) {
            List<String> args = new ArrayList<>(command.size());
            for (byte[] arg : command) {
                args.add(new String(arg, StandardCharsets.UTF_8));
            }
            texts.add(List.copyOf(args));
        }
        synchronized (recorded) {
            commands.addAndGet(batch.size());
            recorded.addAll(texts);
            while (recorded.size() > MAX_RECORDED_COMMANDS) {
                recorded.removeFirst();
            }
            lastCommands = List.copyOf(texts);
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new BadRequest("ERR request body too large");
        }
        return body;
    }

    private static void respond(HttpExchange exchange, int status, Object json) throws IOException {
        byte[] body = JSON.writeValueAsBytes(json);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(byte[] value) {
        return Base64.getEncoder().encodeToString(value);
    }

    /** A request the gateway cannot turn into Redis commands: 400 with a Redis-style error. */
    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
