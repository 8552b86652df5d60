package com.salesmachine.platform.health;

import com.salesmachine.platform.ApiSupplier;
import com.salesmachine.platform.Caller;
import com.salesmachine.platform.Reply;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code GET /health}: UP (200) only when every backing service answers within its timeout, otherwise DOWN (503)
 * naming the failing component. Probes run in parallel, so the answer comes within one component timeout whatever
 * is down. The probe result is shared for {@link #CACHED_FOR} (issue 14 item 5: an unauthenticated flood must not
 * become database and Upstash load). The build version and the instance (pid@host) are only for an internal call,
 * made on the instance's own host: an anonymous caller learns nothing about what runs where.
 */
final class Health implements ApiSupplier<Reply<Health.Report>> {

    private final List<HealthProbe> probes;
    private final Duration timeout;
    private final String version;
    private final String instance;

    /** How long one probe result answers every health call: a flood of /health costs one probe per second. */
    static final Duration CACHED_FOR = Duration.ofSeconds(1);

    /** The components' states and whether all are up, shared by the calls within {@link #CACHED_FOR}. */
    private record Probed(Map<String, Component> components, boolean allUp) {
    }

    private final Mono<Probed> cached;

    Health(List<HealthProbe> probes, Duration timeout, String version, String instance) {
        this.probes = probes;
        this.timeout = timeout;
        this.version = version;
        this.instance = instance;
        // calls arriving while a probe runs share it; the result (UP or DOWN) is kept for CACHED_FOR
        this.cached = probe().cache(probed -> CACHED_FOR, failure -> Duration.ZERO, () -> Duration.ZERO);
    }

    record Report(String status, Map<String, Component> components,
                  @JsonInclude(JsonInclude.Include.NON_NULL) String version,
                  @JsonInclude(JsonInclude.Include.NON_NULL) String instance) {
    }

    record Component(String status) {
    }

    @Override
    public Mono<Reply<Report>> get(Caller caller) {
        return cached.map(probed -> Reply.withStatus(new Report(probed.allUp() ? "UP" : "DOWN", probed.components(),
                        caller.internal() ? version : null, caller.internal() ? instance : null),
                probed.allUp() ? 200 : 503));
    }

    private Mono<Probed> probe() {
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
                    return new Probed(components, allUp);
                });
    }
}
