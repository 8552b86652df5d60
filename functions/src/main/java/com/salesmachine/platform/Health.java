package com.salesmachine.platform;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code GET /health}: UP (200) only when every backing service answers within its timeout,
 * otherwise DOWN (503) naming the failing component. Probes run in parallel, so the answer comes
 * within one component timeout whatever is down. The answer is shared for {@link #CACHED_FOR} (issue 14 item 5:
 * an unauthenticated flood must not become database and Upstash load).
 */
public final class Health {

    private final List<HealthProbe> probes;
    private final Duration timeout;
    private final String version;
    private final String instance;
    private final JsonCodec json;

    /** How long one probe result answers every health call: a flood of /health costs one probe per second. */
    static final Duration CACHED_FOR = Duration.ofSeconds(1);

    private final Mono<Report> cached;

    public Health(List<HealthProbe> probes, Duration timeout, String version, String instance, JsonCodec json) {
        this.probes = probes;
        this.timeout = timeout;
        this.version = version;
        this.instance = instance;
        this.json = json;
        // calls arriving while a probe runs share it; the result (UP or DOWN) is kept for CACHED_FOR
        this.cached = probe().cache(report -> CACHED_FOR, failure -> Duration.ZERO, () -> Duration.ZERO);
    }

    public record Report(String status, Map<String, Component> components, String version, String instance) {
    }

    public record Component(String status) {
    }

    public Mono<Report> report() {
        return cached;
    }

    private Mono<Report> probe() {
        return Flux.fromIterable(probes)
                .flatMap(p -> Mono.defer(p::probe)
                        .timeout(timeout)
                        .onErrorReturn(false)
                        .defaultIfEmpty(false)
                        .map(up -> Map.entry(p.component(), up)))
                .collectList()
                .map(results -> {
                    Map<String, Component> components = new LinkedHashMap<>();
                    probes.forEach(p -> components.put(p.component(), null));
                    boolean allUp = true;
                    for (var r : results) {
                        components.put(r.getKey(), new Component(r.getValue() ? "UP" : "DOWN"));
                        allUp &= r.getValue();
                    }
                    return new Report(allUp ? "UP" : "DOWN", components, version, instance);
                });
    }

    public Mono<Message<byte[]>> asMessage() {
        return report().map(r -> MessageBuilder.withPayload(json.write(r))
                .setHeader(FunctionPipeline.STATUS_HEADER, "UP".equals(r.status()) ? 200 : 503)
                .setHeader("contentType", "application/json")
                .build());
    }
}
