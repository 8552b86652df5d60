package com.salesmachine.prospects;

import com.salesmachine.platform.ApiException;

import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds one of the user's prospects by id, else normalised LinkedIn URL, else e-mail (case-insensitive);
 * always scoped to the user, so another user's prospect is "not found" like an unknown one.
 */
@Component
public class ProspectLookup {

    private static final String COLUMNS = "id, campaign_id, full_name, status, is_vip";

    private final DatabaseClient db;

    public ProspectLookup(DatabaseClient db) {
        this.db = db;
    }

    public Mono<ProspectRef> find(UUID userId, UUID prospectId, String linkedinUrl, String email) {
        DatabaseClient.GenericExecuteSpec query;
        if (prospectId != null) {
            query = db.sql("SELECT " + COLUMNS + " FROM prospects WHERE user_id = :user AND id = :id")
                    .bind("id", prospectId);
        } else if (linkedinUrl != null && !linkedinUrl.isBlank()) {
            query = db.sql("SELECT " + COLUMNS + " FROM prospects WHERE user_id = :user"
                            + " AND linkedin_url_normalized = sm_normalize_linkedin_url(:url)")
                    .bind("url", linkedinUrl);
        } else if (email != null && !email.isBlank()) {
            query = db.sql("SELECT " + COLUMNS + " FROM prospects WHERE user_id = :user AND lower(email) = lower(:email)")
                    .bind("email", email.trim());
        } else {
            return Mono.error(ApiException.notFound("Prospect"));
        }
        return query.bind("user", userId)
                .map(ProspectLookup::ref)
                .one()
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("Prospect")));
    }

    /** The same, locking the prospect row for the rest of the transaction (serialises concurrent updates). */
    public Mono<ProspectRef> lock(UUID userId, UUID prospectId) {
        return db.sql("SELECT " + COLUMNS + " FROM prospects WHERE user_id = :user AND id = :id FOR NO KEY UPDATE")
                .bind("user", userId)
                .bind("id", prospectId)
                .map(ProspectLookup::ref)
                .one()
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("Prospect")));
    }

    private static ProspectRef ref(Readable row) {
        return new ProspectRef(row.get("id", UUID.class), row.get("campaign_id", UUID.class),
                row.get("full_name", String.class), row.get("status", String.class),
                Boolean.TRUE.equals(row.get("is_vip", Boolean.class)));
    }
}
