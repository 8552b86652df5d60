package com.salesmachine.templates;

import com.salesmachine.contract.templates.Template;

import java.util.UUID;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What others need of the templates table: the GDPR part (the user's own templates; system ones are nobody's). */
@Component
public class Templates {

    private final TemplateStore store;

    Templates(TemplateStore store) {
        this.store = store;
    }

    public Flux<Template> exportFor(UUID userId) {
        return store.ownedBy(userId);
    }

    public Mono<Long> rowCount(UUID userId) {
        return store.countOwnedBy(userId);
    }
}
