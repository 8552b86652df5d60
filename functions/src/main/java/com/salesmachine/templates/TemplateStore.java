package com.salesmachine.templates;

import com.salesmachine.platform.db.UserRows;
import com.salesmachine.account.Accounts;
import com.salesmachine.platform.db.DbValues;
import com.salesmachine.prospects.Prospects;
import com.salesmachine.contract.common.Channel;
import com.salesmachine.contract.templates.Template;

import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for templates. System templates have no owner; a user sees them and their own, nobody else's. */
@Component
class TemplateStore {

    private static final String COLUMNS = "id, name, channel, use_case, subject, body, is_system";

    private final DatabaseClient db;
    private final Prospects prospects;
    private final Accounts accounts;

    TemplateStore(DatabaseClient db, Prospects prospects, Accounts accounts) {
        this.db = db;
        this.prospects = prospects;
        this.accounts = accounts;
    }

    /** System templates first, then the user's own, each oldest first. */
    Flux<Template> list(UUID user, Channel channel) {
        return db.sql("SELECT " + COLUMNS + " FROM templates"
                        + " WHERE (user_id = :user OR user_id IS NULL)"
                        + "   AND (CAST(:channel AS text) IS NULL OR channel = :channel)"
                        + " ORDER BY is_system DESC, created_at, id")
                .bind("user", user)
                .bind("channel", Parameter.fromOrEmpty(channel == null ? null : text(channel), String.class))
                .map(TemplateStore::template)
                .all();
    }

    /** A template this user may read (a system one or their own), or empty. */
    Mono<Template> find(UUID user, UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM templates WHERE id = :id AND (user_id = :user OR user_id IS NULL)")
                .bind("id", id)
                .bind("user", user)
                .map(TemplateStore::template)
                .one();
    }

    Mono<Template> insert(UUID user, TemplateFields fields) {
        return db.sql("INSERT INTO templates (user_id, name, channel, use_case, subject, body)"
                        + " VALUES (:user, :name, :channel, :useCase, :subject, :body) RETURNING " + COLUMNS)
                .bind("user", user)
                .bindValues(fields.binds())
                .map(TemplateStore::template)
                .one();
    }

    /** Writes the user's own template; empty when it is not theirs (system templates have no owner). */
    Mono<Template> update(UUID user, UUID id, TemplateFields fields) {
        return db.sql("UPDATE templates SET name = :name, channel = :channel, use_case = :useCase,"
                        + " subject = :subject, body = :body"
                        + " WHERE id = :id AND user_id = :user RETURNING " + COLUMNS)
                .bind("id", id)
                .bind("user", user)
                .bindValues(fields.binds())
                .map(TemplateStore::template)
                .one();
    }

    Mono<Long> delete(UUID user, UUID id) {
        return db.sql("DELETE FROM templates WHERE id = :id AND user_id = :user")
                .bind("id", id)
                .bind("user", user)
                .fetch()
                .rowsUpdated();
    }

    /** The prospect, its enrichment and the sender, as template values; empty when not this user's prospect. */
    Mono<RenderValues> renderValues(UUID user, UUID prospect) {
        return prospects.templateFacts(user, prospect)
                .zipWith(accounts.sender(user), (p, sender) -> new RenderValues(p.fullName(), p.jobTitle(),
                        p.companyName(), p.location(), p.talkingPoint(), p.painPoint(), p.recentActivity(),
                        sender.fullName(), sender.companyName()));
    }

    /** GDPR export: the user's own templates (not the system ones), oldest first. */
    Flux<Template> ownedBy(UUID user) {
        return db.sql("SELECT " + COLUMNS + " FROM templates WHERE user_id = :user ORDER BY created_at, id")
                .bind("user", user)
                .map(TemplateStore::template)
                .all();
    }

    Mono<Long> countOwnedBy(UUID user) {
        return UserRows.count(db, "SELECT count(*) FROM templates WHERE user_id = :user", user);
    }

    static String text(Channel channel) {
        return DbValues.text(channel);
    }

    private static Template template(Readable row) {
        String subject = row.get("subject", String.class);
        String body = row.get("body", String.class);
        return new Template(row.get("id", UUID.class), row.get("name", String.class),
                DbValues.enumOf(Channel.class, row.get("channel", String.class)),
                row.get("use_case", String.class), subject, body,
                TemplateText.variables(subject, body), Boolean.TRUE.equals(row.get("is_system", Boolean.class)));
    }
}
