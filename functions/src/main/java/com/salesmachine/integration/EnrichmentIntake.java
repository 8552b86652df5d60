package com.salesmachine.integration;

import com.salesmachine.platform.DbValues;
import com.salesmachine.contract.integration.DraftMessage;
import com.salesmachine.contract.integration.DraftRoute;
import com.salesmachine.contract.integration.EnrichmentFields;
import com.salesmachine.contract.integration.IngestEnrichmentInput;
import com.salesmachine.contract.integration.IngestEnrichmentResult;
import com.salesmachine.dashboard.ActivityLog;
import com.salesmachine.platform.JsonCodec;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * ingestEnrichment: replaces the prospect's enrichment and routes the optional draft (rule 2). Natural keys: the
 * enrichment is one row per prospect and only an actual change is an event; a draft is stored once per prospect +
 * message type + content hash ({@link #draftKey}), whatever the delivery id.
 */
@Component
class EnrichmentIntake {

    private final DatabaseClient db;
    private final ProspectLookup prospects;
    private final ActivityLog activity;
    private final JsonCodec json;

    EnrichmentIntake(DatabaseClient db, ProspectLookup prospects, ActivityLog activity, JsonCodec json) {
        this.db = db;
        this.prospects = prospects;
        this.activity = activity;
        this.json = json;
    }

    Mono<IngestEnrichmentResult> ingest(IngestEnrichmentInput input, UserRules rules) {
        UUID user = input.userId();
        return prospects.lock(user, input.prospectId())
                .flatMap(prospect -> storeEnrichment(user, prospect.id(), input.enrichment())
                        .flatMap(changed -> changed == 0 ? Mono.<Void>empty()
                                : activity.record(user, "prospect_enriched", prospect.id(), prospect.fullName() + " enriched"))
                        .then(input.draft() == null
                                ? Mono.just(new IngestEnrichmentResult(DraftRoute.NONE))
                                : route(user, prospect, input.draft(), rules)));
    }

    /** 0 when the stored enrichment already says exactly this. */
    private Mono<Long> storeEnrichment(UUID user, UUID prospectId, EnrichmentFields e) {
        Map<String, Object> companyData = e.companyData() == null ? Map.of() : e.companyData();
        return db.sql("""
                        INSERT INTO enrichments (prospect_id, user_id, talking_points, pain_points, recent_activity,
                                                 tech_stack, company_data, confidence_score, personalization_score,
                                                 model, enriched_at)
                        VALUES (:prospect, :user, :talking, :pain, :recent, :tech, :company, :confidence,
                                :personalization, :model, now())
                        ON CONFLICT (prospect_id) DO UPDATE SET
                            talking_points = EXCLUDED.talking_points, pain_points = EXCLUDED.pain_points,
                            recent_activity = EXCLUDED.recent_activity, tech_stack = EXCLUDED.tech_stack,
                            company_data = EXCLUDED.company_data, confidence_score = EXCLUDED.confidence_score,
                            personalization_score = EXCLUDED.personalization_score, model = EXCLUDED.model,
                            enriched_at = now()
                        WHERE (enrichments.talking_points, enrichments.pain_points, enrichments.recent_activity,
                               enrichments.tech_stack, enrichments.company_data, enrichments.confidence_score,
                               enrichments.personalization_score, enrichments.model)
                              IS DISTINCT FROM
                              (EXCLUDED.talking_points, EXCLUDED.pain_points, EXCLUDED.recent_activity,
                               EXCLUDED.tech_stack, EXCLUDED.company_data, EXCLUDED.confidence_score,
                               EXCLUDED.personalization_score, EXCLUDED.model)""")
                .bind("prospect", prospectId)
                .bind("user", user)
                .bind("talking", array(e.talkingPoints()))
                .bind("pain", array(e.painPoints()))
                .bind("tech", array(e.techStack()))
                .bind("company", Json.of(json.mapper().writeValueAsString(companyData)))
                .bind("recent", Nullable.of(e.recentActivity(), String.class))
                .bind("confidence", Nullable.of(e.confidenceScore(), Integer.class))
                .bind("personalization", Nullable.of(e.personalizationScore(), Integer.class))
                .bind("model", Nullable.of(e.model(), String.class))
                .fetch().rowsUpdated();
    }

    /** The draft's natural key (with its prospect): message type + SHA-256 of channel, subject and text. */
    static String draftKey(DraftMessage draft) {
        String content = DbValues.text(draft.channel()) + "\u0000" + (draft.subject() == null ? "" : draft.subject())
                + "\u0000" + draft.message();
        return DbValues.text(draft.messageType()) + ":"
                + Signatures.sha256Hex(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Mono<IngestEnrichmentResult> route(UUID user, ProspectRef prospect, DraftMessage draft, UserRules rules) {
        DraftRouting routing = DraftRouting.decide(draft, prospect.vip(), rules);
        Mono<Void> store = routing.route() == DraftRoute.REVIEW
                ? toReview(user, prospect, draft, routing)
                : toOutbox(user, prospect, draft);
        return store.thenReturn(new IngestEnrichmentResult(routing.route()));
    }

    private Mono<Void> toReview(UUID user, ProspectRef prospect, DraftMessage draft, DraftRouting routing) {
        return db.sql("""
                        INSERT INTO review_items (user_id, prospect_id, message_type, channel, proposed_subject,
                                                  proposed_message, confidence_score, reasoning, blocked_topics, priority,
                                                  draft_key)
                        VALUES (:user, :prospect, :type, :channel, :subject, :message, :confidence, :reasoning,
                                :blocked, :priority, :draftKey)
                        ON CONFLICT (prospect_id, draft_key) WHERE draft_key IS NOT NULL DO NOTHING""")
                .bind("user", user)
                .bind("prospect", prospect.id())
                .bind("type", DbValues.text(draft.messageType()))
                .bind("channel", DbValues.text(draft.channel()))
                .bind("subject", Nullable.of(draft.subject(), String.class))
                .bind("message", draft.message())
                .bind("confidence", draft.confidenceScore())
                .bind("reasoning", Nullable.of(draft.reasoning(), String.class))
                .bind("blocked", routing.blockedTopics().toArray(String[]::new))
                .bind("priority", routing.priority())
                .bind("draftKey", draftKey(draft))
                .fetch().rowsUpdated()
                .flatMap(inserted -> inserted == 0 ? Mono.<Void>empty()
                        : activity.record(user, "draft_awaiting_review", prospect.id(),
                                "Draft for " + prospect.fullName() + " awaits review"));
    }

    private Mono<Void> toOutbox(UUID user, ProspectRef prospect, DraftMessage draft) {
        return db.sql("""
                        INSERT INTO outbound_messages (user_id, prospect_id, channel, subject, text, draft_key)
                        VALUES (:user, :prospect, :channel, :subject, :text, :draftKey)
                        ON CONFLICT (prospect_id, draft_key) WHERE draft_key IS NOT NULL DO NOTHING""")
                .bind("user", user)
                .bind("prospect", prospect.id())
                .bind("channel", DbValues.text(draft.channel()))
                .bind("subject", Nullable.of(draft.subject(), String.class))
                .bind("text", draft.message())
                .bind("draftKey", draftKey(draft))
                .fetch().rowsUpdated()
                .flatMap(inserted -> inserted == 0 ? Mono.<Void>empty()
                        : activity.record(user, "message_auto_approved", prospect.id(),
                                "Draft for " + prospect.fullName() + " approved automatically"));
    }

    private static String[] array(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }
}
