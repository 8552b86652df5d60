package com.salesmachine.reliability.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.salesmachine.contract.Access;
import com.salesmachine.contract.FunctionSpec;
import com.salesmachine.contract.Functions;

/**
 * HAProxy in front of the instances: round robin, no stickiness, active checks on {@code GET /health}.
 *
 * <p>Retries. A request whose connection to an instance failed never reached it, so it is retried on another
 * instance whatever it is ({@code retry-on conn-failure}, {@code option redispatch 1}). A request that reached an
 * instance which then closed without answering ({@code empty-response}, e.g. killed) is retried only when
 * repeating it is harmless: the user-class reads below and the integration functions, which are idempotent per
 * {@code X-Sm-Delivery-Id} (a repeat gets the stored answer or runs once). A user-class write that may have
 * committed is never replayed by the balancer: the client gets the error and decides.
 */
final class Balancer {

    /** User-class functions that change nothing a repeat could double (the guard's touch and counter aside). */
    static final List<String> READS = List.of("me", "listSessions", "getSettings", "onboardingStatus",
            "listCampaigns", "getCampaign", "listProspects", "getProspect", "listReviewQueue", "listMeetings",
            "getMeeting", "dashboardStats", "dashboardPipeline", "activityStream", "listTemplates", "previewTemplate");

    private final int port;
    private final int statsPort;
    private final List<AppInstance> instances;
    private final Path directory;
    private Process process;

    Balancer(int port, int statsPort, List<AppInstance> instances, Path directory) {
        this.port = port;
        this.statsPort = statsPort;
        this.instances = instances;
        this.directory = directory;
        for (String read : READS) {
            FunctionSpec spec = Functions.named(read).orElseThrow(() -> new IllegalStateException("Not in the catalogue: " + read));
            if (spec.access() != Access.USER) {
                throw new IllegalStateException(read + " is not a user-class function");
            }
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String config() {
        String integration = Functions.ALL.stream().filter(f -> f.access() == Access.INTEGRATION)
                .map(f -> "/" + f.name()).collect(Collectors.joining(" "));
        String reads = READS.stream().map(r -> "/" + r).collect(Collectors.joining(" "));
        StringBuilder c = new StringBuilder();
        c.append("""
                global
                    maxconn 2000
                    log stdout format raw local0 info
                defaults
                    mode http
                    log global
                    option httplog
                    timeout connect 1s
                    timeout client 35s
                    timeout server 35s
                    timeout queue 5s
                    timeout check 2s
                    retries 3
                    option redispatch 1
                    option http-server-close
                frontend api
                    bind 127.0.0.1:%d
                    option forwardfor
                    unique-id-format %%[uuid()]
                    http-request capture req.hdr(X-Request-Id) len 64
                    http-request set-header X-Request-Id %%[unique-id] unless { req.hdr(X-Request-Id) -m reg ^[A-Za-z0-9._:-]{8,128}$ }
                    http-request set-var(txn.request_id) req.hdr(X-Request-Id)
                    default_backend instances
                backend instances
                    balance roundrobin
                    option httpchk
                    http-check send meth GET uri /health
                    http-check expect status 200
                    retry-on conn-failure empty-response
                    acl read_only path %s
                    acl idempotent_delivery path %s
                    http-request disable-l7-retry unless read_only || idempotent_delivery
                """.formatted(port, reads, integration));
        for (int status : List.of(502, 503, 504)) {
            c.append("    http-error status ").append(status).append(" content-type application/json lf-string ")
                    .append("\"{\\\"error\\\":{\\\"code\\\":\\\"SERVICE_UNAVAILABLE\\\",")
                    .append("\\\"message\\\":\\\"No instance can answer right now; retry shortly\\\",")
                    .append("\\\"requestId\\\":\\\"%[var(txn.request_id)]\\\"}}\" hdr X-Request-Id \"%[var(txn.request_id)]\"\n");
        }
        c.append("    default-server check inter 1s fastinter 500ms downinter 1s fall 2 rise 2\n");
        for (AppInstance instance : instances) {
            c.append("    server ").append(instance.name()).append(" 127.0.0.1:").append(instance.port()).append('\n');
        }
        c.append("""
                listen stats
                    bind 127.0.0.1:%d
                    stats enable
                    stats uri /stats
                """.formatted(statsPort));
        return c.toString();
    }

    void start(String haproxy) throws IOException {
        Path config = directory.resolve("haproxy.cfg");
        Files.writeString(config, config());
        ProcessBuilder builder = new ProcessBuilder(haproxy, "-db", "-f", config.toString());
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("haproxy.log").toFile()));
        process = builder.start();
    }

    /** Server name -> HAProxy's status (UP, DOWN, "UP 1/2", "DOWN 1/2", ...); empty when stats do not answer. */
    Map<String, String> serverStates() {
        Map<String, String> states = new HashMap<>();
        try {
            String csv = Calls.get("http://127.0.0.1:" + statsPort + "/stats;csv", Duration.ofSeconds(2)).body();
            String[] lines = csv.split("\n");
            List<String> header = List.of(lines[0].replace("# ", "").split(","));
            int name = header.indexOf("svname");
            int status = header.indexOf("status");
            int proxy = header.indexOf("pxname");
            for (int i = 1; i < lines.length; i++) {
                String[] cols = lines[i].split(",", -1);
                if (cols.length > status && "instances".equals(cols[proxy]) && !cols[name].equals("BACKEND")) {
                    states.put(cols[name], cols[status]);
                }
            }
        } catch (IOException e) {
            // not up yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return states;
    }

    /** Waits until HAProxy reports the server exactly {@code state} (UP or DOWN); false on timeout. */
    boolean awaitServer(String server, String state, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (state.equals(serverStates().get(server))) {
                return true;
            }
            AppInstance.sleep(100);
        }
        return false;
    }

    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
