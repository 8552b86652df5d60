package com.salesmachine.templates;

import com.salesmachine.contract.common.DeletedResult;
import com.salesmachine.contract.common.FieldIssue;
import com.salesmachine.contract.common.ItemsResult;
import com.salesmachine.contract.templates.CreateTemplateInput;
import com.salesmachine.contract.templates.DeleteTemplateInput;
import com.salesmachine.contract.templates.ListTemplatesInput;
import com.salesmachine.contract.templates.PreviewTemplateInput;
import com.salesmachine.contract.templates.RenderedTemplate;
import com.salesmachine.contract.templates.Template;
import com.salesmachine.contract.templates.UpdateTemplateInput;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.ApiFunction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/** Templates: system ones (read-only) and the user's own, and previews rendered for a prospect. */
@Configuration(proxyBeanMethods = false)
class TemplateFunctions {

    @Bean
    ApiFunction<ListTemplatesInput, ItemsResult<Template>> listTemplates(TemplateStore store) {
        return (input, caller) -> store.list(caller.requireUser(), input.channel()).collectList().map(ItemsResult::new);
    }

    @Bean
    ApiFunction<CreateTemplateInput, Template> createTemplate(TemplateStore store) {
        return (input, caller) -> {
            TemplateFields fields = new TemplateFields(input.name(), input.channel(), input.useCase(),
                    input.subject(), input.body()).normalised().validated();
            return store.insert(caller.requireUser(), fields);
        };
    }

    @Bean
    ApiFunction<UpdateTemplateInput, Template> updateTemplate(TemplateStore store) {
        return (input, caller) -> {
            UUID user = caller.requireUser();
            return writable(store, user, input.id())
                    .flatMap(current -> {
                        TemplateFields fields = TemplateFields.merge(current, input.name(), input.channel(),
                                input.useCase(), input.subject(), input.body()).normalised().validated();
                        return store.update(user, input.id(), fields);
                    })
                    // deleted between the read and the write
                    .switchIfEmpty(Mono.error(() -> ApiException.notFound("Template")));
        };
    }

    @Bean
    ApiFunction<DeleteTemplateInput, DeletedResult> deleteTemplate(TemplateStore store) {
        return (input, caller) -> {
            UUID user = caller.requireUser();
            return writable(store, user, input.id())
                    .flatMap(t -> store.delete(user, input.id()))
                    .flatMap(rows -> rows == 1 ? Mono.just(DeletedResult.DELETED)
                            : Mono.error(ApiException.notFound("Template")));
        };
    }

    @Bean
    ApiFunction<PreviewTemplateInput, RenderedTemplate> previewTemplate(TemplateStore store) {
        return (input, caller) -> {
            UUID user = caller.requireUser();
            Mono<Draft> source = input.templateId() == null
                    ? Mono.just(new Draft(input.subject(), input.body()))
                    : store.find(user, input.templateId())
                            .switchIfEmpty(Mono.error(() -> ApiException.notFound("Template")))
                            // a subject sent along a saved template previews an edited subject
                            .map(t -> new Draft(input.subject() != null ? input.subject() : t.subject(), t.body()));
            return source.flatMap(draft -> store.renderValues(user, input.prospectId())
                    .switchIfEmpty(Mono.error(() -> ApiException.notFound("Prospect")))
                    .map(values -> render(draft, values.asMap())));
        };
    }

    private record Draft(String subject, String body) {
    }

    /** A template the user may change: their own (404 otherwise); a system template is 409. */
    private static Mono<Template> writable(TemplateStore store, UUID user, UUID id) {
        return store.find(user, id)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("Template")))
                .flatMap(t -> t.system()
                        ? Mono.error(ApiException.conflict("System templates are read-only; copy it into a template of your own"))
                        : Mono.just(t));
    }

    private static RenderedTemplate render(Draft template, Map<String, String> values) {
        List<FieldIssue> issues = new ArrayList<>();
        for (var field : Map.of("subject", nullToEmpty(template.subject()), "body", template.body()).entrySet()) {
            var unknown = TemplateText.unknownVariables(field.getValue());
            if (!unknown.isEmpty()) {
                issues.add(new FieldIssue(field.getKey(),
                        TemplateFields.unknownIssue(unknown)));
            }
        }
        if (!issues.isEmpty()) {
            issues.sort(Comparator.comparing(FieldIssue::field));
            throw ApiException.validation(issues);
        }
        return new RenderedTemplate(TemplateText.render(template.subject(), values),
                TemplateText.render(template.body(), values));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
