package com.salesmachine.prospects;

import com.salesmachine.contract.prospects.ListProspectsInput;
import com.salesmachine.contract.prospects.ProspectSort;
import com.salesmachine.contract.prospects.ProspectStatus;
import com.salesmachine.platform.ApiException;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProspectListQueryTest {

    private final UUID user = UUID.randomUUID();

    @Test
    void withoutFiltersTheQueryIsScopedToTheUserNewestFirstAndFetchesOneRowMore() {
        var query = ProspectListQuery.of(user, new ListProspectsInput(null, null, null, null, null, null, null, null, null, null, null, null, null));
        // newest first off the facts' created_at index (V121: the pipeline has none), each page row's pipeline row by key
        assertThat(query.sql()).contains("WHERE p.user_id = :user").contains("ORDER BY f.created_at DESC, f.id DESC")
                .contains("FROM prospect_facts f CROSS JOIN LATERAL (SELECT * FROM prospect_pipeline p",
                        "WHERE f.user_id = :user")
                .doesNotContain("campaign_id =", "status =", "is_vip =", "search_text");
        assertThat(query.limit()).isEqualTo(50);
        assertThat(query.binds()).containsEntry("user", user).containsEntry("fetch", 51);
    }

    @Test
    void everyFilterAddsItsClauseAndTheUsersTextIsOnlyEverABindValue() {
        UUID campaign = UUID.randomUUID();
        var query = ProspectListQuery.of(user, new ListProspectsInput(campaign,
                List.of(ProspectStatus.MEETING_BOOKED, ProspectStatus.NEW), true, "  50%_off'; DROP  ",
                ProspectSort.ACTIVITY_DESC, 10, null, null, null, null, null, null, null));
        assertThat(query.sql()).contains("p.campaign_id = :campaign", "p.status = ANY(:statuses)", "p.is_vip = :vip",
                "AND p.id IN (SELECT s.id FROM prospect_search s WHERE s.user_id = :user AND s.search_text LIKE",
                "ORDER BY f.last_activity_at DESC NULLS LAST, f.id DESC").doesNotContain("DROP", "50");
        assertThat(query.binds()).containsEntry("search", "50%_off'; DROP").containsEntry("fetch", 11);
        assertThat((String[]) query.binds().get("statuses")).containsExactly("meeting_booked", "new");
    }

    @Test
    void oneStatusIsAnEqualitySoThePageReadsInOrderOffTheStatusIndex() {
        var query = ProspectListQuery.of(user, new ListProspectsInput(null,
                List.of(ProspectStatus.QUALIFIED, ProspectStatus.QUALIFIED), null, null, null, null, null, null, null, null, null, null, null));
        assertThat(query.sql()).contains("p.status = :status").doesNotContain("ANY");
        assertThat(query.binds()).containsEntry("status", "qualified").doesNotContainKey("statuses");
    }

    @Test
    void aCampaignOneStatusOrTheVipsOrderOffThePipelinesIndexesAndAnyOtherFilterOffTheFacts() {
        UUID campaign = UUID.randomUUID();
        java.time.Instant from = java.time.Instant.parse("2026-01-01T00:00:00Z");
        // campaignId, status, vip, search, sort, limit, cursor, channel, jobTitle, createdFrom, createdTo, lastContacted..
        var byCampaign = ProspectListQuery.of(user, new ListProspectsInput(campaign, null, null, null, null, null, null,
                null, null, from, null, null, null));
        var byStatus = ProspectListQuery.of(user, new ListProspectsInput(null, List.of(ProspectStatus.NEW), null, null,
                null, null, null, null, null, from, null, null, null));
        var vips = ProspectListQuery.of(user, new ListProspectsInput(null, null, true, null, null, null, null, null, null,
                from, null, null, null));
        for (var query : List.of(byCampaign, byStatus, vips)) {
            assertThat(query.sql()).contains("ORDER BY p.created_at DESC, p.id DESC", "p.created_at >= :createdFrom")
                    .doesNotContain("f.created_at");
        }
        var twoStatuses = ProspectListQuery.of(user, new ListProspectsInput(null,
                List.of(ProspectStatus.NEW, ProspectStatus.CONTACTED), false, null, null, null, null, null, null, from,
                null, null, null));
        assertThat(twoStatuses.sql()).contains("ORDER BY f.created_at DESC, f.id DESC", "f.created_at >= :createdFrom",
                "p.status = ANY(:statuses)", "p.is_vip = :vip").doesNotContain("p.created_at >=");
        // the total counts the pipeline joined with the facts the range names
        assertThat(twoStatuses.sql()).contains("SELECT 1\nFROM prospect_pipeline p LEFT JOIN prospect_facts f");
    }

    @Test
    void likeWildcardsAndTheEscapeCharacterAreEscaped() {
        assertThat(ProspectListQuery.escapeLike("a\\b%c_d")).isEqualTo("a\\\\b\\%c\\_d");
    }

    @Test
    void aCursorThatDoesNotDecodeIsAValidationErrorOnCursor() {
        assertThatThrownBy(() -> ProspectListQuery.of(user,
                new ListProspectsInput(null, null, null, null, null, null, "not-a-cursor", null, null, null, null, null, null)))
                .isInstanceOfSatisfying(ApiException.class, e ->
                        assertThat(e.details().getFirst().field()).isEqualTo("cursor"));
    }

    @Test
    void anInstantOutsideYears1To9999IsAValidationErrorOnItsFieldNotAServerError() {
        String farCursor = new com.salesmachine.platform.db.Cursor(java.time.Instant.parse("+100000-01-01T00:00:00Z"), user).encode();
        assertThatThrownBy(() -> ProspectListQuery.of(user,
                new ListProspectsInput(null, null, null, null, null, null, farCursor, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(ApiException.class, e ->
                        assertThat(e.details().getFirst().field()).isEqualTo("cursor"));
        assertThatThrownBy(() -> ProspectListQuery.of(user,
                new ListProspectsInput(null, null, null, null, null, null, null, null, null,
                        java.time.Instant.parse("+1000000000-12-31T23:59:59Z"), null, null, null)))
                .isInstanceOfSatisfying(ApiException.class, e ->
                        assertThat(e.details().getFirst().field()).isEqualTo("createdFrom"));
    }

    @Test
    void theFirstPageCountsTheFilterInTheSameStatementCappedAt10001Rows() {
        var first = ProspectListQuery.of(user, new ListProspectsInput(null, List.of(ProspectStatus.NEW), null, null, null,
                5, null, com.salesmachine.contract.common.Channel.LINKEDIN, "cto", null, null, null, null));
        assertThat(first.withTotal()).isTrue();
        assertThat(first.sql()).startsWith("WITH page AS (").contains("LIMIT :totalCap) counted)",
                "p.has_linkedin", "p.title_folded LIKE");
        assertThat(first.binds()).containsEntry("totalCap", 10_001).containsEntry("jobTitle", "cto");
        String cursor = new com.salesmachine.platform.db.Cursor(java.time.Instant.now(), user).encode();
        var later = ProspectListQuery.of(user, new ListProspectsInput(null, null, null, null, null, 5, cursor,
                null, null, null, null, null, null));
        assertThat(later.withTotal()).isFalse();
        assertThat(later.sql()).doesNotContain("count(");
    }

    @Test
    void aSearchsFirstPageReadsItsMatchesOnceForThePageAndTheTotal() {
        var first = ProspectListQuery.of(user, new ListProspectsInput(null, null, null, "jose alv", ProspectSort.ACTIVITY_DESC,
                null, null, null, null, null, null, null, null));
        assertThat(first.withTotal()).isTrue();
        assertThat(first.sql()).startsWith("WITH matched AS MATERIALIZED (SELECT p.id, f.last_activity_at AS at")
                .contains("total AS (SELECT count(*) AS total FROM matched)",
                        "ORDER BY m.at DESC NULLS LAST, m.id DESC LIMIT :fetch",
                        "(SELECT total.total FROM total) < :totalCap", "(SELECT total.total FROM total) >= :totalCap",
                        "ORDER BY page.last_activity_at DESC NULLS LAST, page.id DESC")
                .doesNotContain("jose");
        assertThat(first.binds()).containsEntry("search", "jose alv").containsEntry("totalCap", 10_001)
                .containsEntry("fetch", 51);
        String cursor = new com.salesmachine.platform.db.Cursor(java.time.Instant.now(), user).encode();
        var later = ProspectListQuery.of(user, new ListProspectsInput(null, null, null, "jose alv", null, null, cursor,
                null, null, null, null, null, null));
        assertThat(later.sql()).doesNotContain("matched", "count(");
    }

    @Test
    void theSearchBoxAloneNewestFirstReadsItsFirstPageFromTheSearchTable() {
        var alone = ProspectListQuery.of(user, new ListProspectsInput(null, List.of(), null, "muller", null,
                null, null, null, " ", null, null, null, null));
        assertThat(alone.withTotal()).isTrue();
        assertThat(alone.sql()).startsWith("WITH matched AS MATERIALIZED (SELECT s.id, s.created_at AS at\n"
                        + "FROM prospect_search s\nWHERE s.user_id = :user AND s.search_text LIKE")
                .contains("(SELECT total.total FROM total) < :totalCap", "(SELECT total.total FROM total) >= :totalCap",
                        "ORDER BY s.created_at DESC, s.id DESC LIMIT :fetch",
                        "ORDER BY page.created_at DESC, page.id DESC")
                .doesNotContain("muller", "p.status =", "p.title_folded LIKE");
        assertThat(alone.binds()).containsOnlyKeys("user", "search", "fetch", "totalCap");
        // any other filter, or the activity order, needs prospects' columns: the general first page
        var withStatus = ProspectListQuery.of(user, new ListProspectsInput(null, List.of(ProspectStatus.ENGAGED), null,
                "muller", null, null, null, null, null, null, null, null, null));
        assertThat(withStatus.sql()).startsWith("WITH matched AS MATERIALIZED (SELECT p.id, p.created_at AS at")
                .contains("p.status = :status");
        var byActivity = ProspectListQuery.of(user, new ListProspectsInput(null, null, null, "muller",
                ProspectSort.ACTIVITY_DESC, null, null, null, null, null, null, null, null));
        assertThat(byActivity.sql()).startsWith("WITH matched AS MATERIALIZED (SELECT p.id, f.last_activity_at AS at");
    }
}
