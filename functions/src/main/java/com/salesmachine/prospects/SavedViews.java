package com.salesmachine.prospects;

import com.salesmachine.campaigns.Campaigns;
import com.salesmachine.contract.common.DeletedResult;
import com.salesmachine.contract.common.Empty;
import com.salesmachine.contract.common.ItemsResult;
import com.salesmachine.contract.prospects.DeleteSavedViewInput;
import com.salesmachine.contract.prospects.ProspectFilter;
import com.salesmachine.contract.prospects.ProspectSort;
import com.salesmachine.contract.prospects.SaveViewInput;
import com.salesmachine.contract.prospects.SavedView;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.ApiFunction;
import com.salesmachine.platform.db.DbValues;
import com.salesmachine.platform.json.JsonCodec;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** listSavedViews, saveView, deleteSavedView: named views of the prospects list (table saved_views, V80). */
@Configuration(proxyBeanMethods = false)
class SavedViews {

    static final int MAX_VIEWS = 50;

    @Bean
    ApiFunction<Empty, ItemsResult<SavedView>> listSavedViews(DatabaseClient db, JsonCodec json) {
        return (input, caller) -> db.sql("""
                        SELECT id, name, filter, sort, created_at FROM saved_views
                        WHERE user_id = :user ORDER BY lower(name), id""")
                .bind("user", caller.requireUser())
                .map(row -> view(row, json))
                .all()
                .collectList()
                .map(ItemsResult::new);
    }

    /**
     * Insert, or replace the view of that name, in one statement; the count of the caller's other views is checked in
     * the same statement (no row inserted past {@link #MAX_VIEWS}: 409).
     */
    @Bean
    ApiFunction<SaveViewInput, SavedView> saveView(DatabaseClient db, JsonCodec json, Campaigns campaigns) {
        return (input, caller) -> {
            UUID user = caller.requireUser();
            ProspectSort sort = input.sort() == null ? ProspectSort.CREATED_DESC : input.sort();
            // a view naming a campaign names one of the caller's (another's is answered like a missing one)
            UUID campaign = input.filter().campaignId();
            Mono<Void> campaignIsMine = campaign == null ? Mono.empty()
                    : campaigns.exists(user, campaign).flatMap(mine -> mine ? Mono.<Void>empty()
                            : Mono.error(ApiException.notFound("Campaign")));
            return campaignIsMine.then(db.sql("""
                            INSERT INTO saved_views AS v (user_id, name, filter, sort)
                            SELECT :user, :name, :filter, :sort
                            WHERE (SELECT count(*) FROM saved_views WHERE user_id = :user AND name <> :name) < :max
                            ON CONFLICT (user_id, name) DO UPDATE SET filter = EXCLUDED.filter, sort = EXCLUDED.sort
                            RETURNING id, name, filter, sort, created_at""")
                    .bind("user", user)
                    .bind("name", input.name().strip())
                    .bind("filter", Json.of(json.mapper().writeValueAsString(input.filter())))
                    .bind("sort", DbValues.text(sort))
                    .bind("max", MAX_VIEWS)
                    .map(row -> view(row, json))
                    .one()
                    .switchIfEmpty(Mono.error(() -> ApiException.conflict(
                            "At most " + MAX_VIEWS + " saved views; delete one first"))));
        };
    }

    @Bean
    ApiFunction<DeleteSavedViewInput, DeletedResult> deleteSavedView(DatabaseClient db) {
        return (input, caller) -> db.sql("DELETE FROM saved_views WHERE user_id = :user AND id = :id")
                .bind("user", caller.requireUser())
                .bind("id", input.id())
                .fetch().rowsUpdated()
                .flatMap(n -> n == 0 ? Mono.error(ApiException.notFound("Saved view")) : Mono.just(DeletedResult.DELETED));
    }

    private static SavedView view(Readable row, JsonCodec json) {
        return new SavedView(row.get("id", UUID.class), row.get("name", String.class),
                json.mapper().readValue(row.get("filter", Json.class).asString(), ProspectFilter.class),
                DbValues.enumOf(ProspectSort.class, row.get("sort", String.class)),
                DbValues.instant(row.get("created_at", OffsetDateTime.class)));
    }
}
