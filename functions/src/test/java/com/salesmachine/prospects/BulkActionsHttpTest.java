package com.salesmachine.prospects;

import com.salesmachine.dashboard.Fixtures;
import com.salesmachine.support.ApplicationTest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

class BulkActionsHttpTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    private static String ids(List<UUID> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private int changed(String token, String fn, String body) {
        var r = call(token, fn, body);
        assertThat(r.status()).as(fn + " " + r.body()).isEqualTo(200);
        return r.json().path("changed").asInt();
    }

    private long count(Fixtures f, String sql, UUID user) {
        return f.count(sql, Map.of("user", user));
    }

    @Test
    void statusByIdsChangesOnlyTheCallersRowsAndCountsOnlyRealChanges() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        var other = Fixtures.signUp(http);
        UUID a = f.prospect(me.id(), "Ann", "X");
        UUID b = f.prospect(me.id(), "Bob", "X", "qualified", null);
        UUID theirs = f.prospect(other.id(), "Zed", "Y");

        int n = changed(me.token(), "bulkSetProspectStatus",
                "{\"selection\":{\"ids\":" + ids(List.of(a, b, theirs, UUID.randomUUID())) + "},\"status\":\"qualified\"}");
        assertThat(n).isEqualTo(1);
        assertThat(count(f, "SELECT count(*) FROM prospects WHERE user_id = :user AND status = 'qualified'", me.id())).isEqualTo(2);
        assertThat(count(f, "SELECT count(*) FROM prospects WHERE user_id = :user AND status = 'new'", other.id())).isEqualTo(1);
        // audited once, with the count
        assertThat(f.count("SELECT count(*) FROM audit_entries WHERE user_id = :user AND action = 'prospects.bulk_status_changed'"
                + " AND (details ->> 'count')::int = 1", Map.of("user", me.id()))).isEqualTo(1);
        assertThat(f.count("SELECT count(*) FROM audit_entries WHERE user_id = :user", Map.of("user", other.id()))).isZero();
    }

    @Test
    void aWholeFilterActionTouchesEveryMatchingRowOfTheCallerAndNoOneElses() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        var other = Fixtures.signUp(http);
        UUID campaign = f.campaign(me.id(), "Mine");
        for (int i = 0; i < 30; i++) {
            f.prospect(me.id(), "Lead " + i, "Acme", i % 3 == 0 ? "lost" : "new", null);
            f.prospect(other.id(), "Lead " + i, "Acme", "new", null);
        }
        // {} is "all my prospects"
        assertThat(changed(me.token(), "bulkAssignProspects",
                "{\"selection\":{\"filter\":{}},\"campaignId\":\"" + campaign + "\"}")).isEqualTo(30);
        assertThat(count(f, "SELECT count(*) FROM prospects WHERE user_id = :user AND campaign_id IS NOT NULL", other.id())).isZero();
        // the same filter again changes nothing
        assertThat(changed(me.token(), "bulkAssignProspects",
                "{\"selection\":{\"filter\":{}},\"campaignId\":\"" + campaign + "\"}")).isZero();
        // a filtered action: status new within the campaign -> contacted
        assertThat(changed(me.token(), "bulkSetProspectStatus",
                "{\"selection\":{\"filter\":{\"campaignId\":\"" + campaign + "\",\"status\":[\"new\"]}},\"status\":\"contacted\"}"))
                .isEqualTo(20);
        assertThat(count(f, "SELECT count(*) FROM prospects WHERE user_id = :user AND status = 'contacted'", me.id())).isEqualTo(20);
        assertThat(count(f, "SELECT count(*) FROM prospects WHERE user_id = :user AND status = 'new'", other.id())).isEqualTo(30);
        // search filter + VIP
        assertThat(changed(me.token(), "bulkSetProspectVip",
                "{\"selection\":{\"filter\":{\"search\":\"lead 1\"}},\"vip\":true}")).isEqualTo(11);
        assertThat(changed(me.token(), "bulkSetProspectVip",
                "{\"selection\":{\"filter\":{\"vip\":true}},\"vip\":false}")).isEqualTo(11);
        // another user's filter (their campaign) changes nothing of theirs or mine
        UUID theirCampaign = f.campaign(other.id(), "Theirs");
        assertThat(changed(me.token(), "bulkSetProspectStatus",
                "{\"selection\":{\"filter\":{\"campaignId\":\"" + theirCampaign + "\"}},\"status\":\"lost\"}")).isZero();
        // activity: one event per action that changed something, never one per row
        assertThat(count(f, "SELECT count(*) FROM activity_events WHERE user_id = :user AND type = 'prospects_bulk_changed'",
                me.id())).isEqualTo(4);
    }

    @Test
    void assigningToAnotherUsersCampaignIs404AndChangesNothing() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        var other = Fixtures.signUp(http);
        UUID mine = f.prospect(me.id(), "Ann", "X");
        UUID theirCampaign = f.campaign(other.id(), "Theirs");
        var r = call(me.token(), "bulkAssignProspects",
                "{\"selection\":{\"ids\":[\"" + mine + "\"]},\"campaignId\":\"" + theirCampaign + "\"}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(count(f, "SELECT count(*) FROM prospects WHERE user_id = :user AND campaign_id IS NOT NULL", me.id())).isZero();
    }

    @Test
    void bulkDeleteErasesEachSelectedProspectWithItsRowsAndAuditsOnce() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        var other = Fixtures.signUp(http);
        List<UUID> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID p = f.prospect(me.id(), "Gone " + i, "X");
            f.reviewItem(me.id(), p, "draft " + i);
            mine.add(p);
        }
        UUID keep = f.prospect(me.id(), "Keep", "X");
        UUID theirs = f.prospect(other.id(), "Zed", "Y");
        assertThat(changed(me.token(), "bulkDeleteProspects",
                "{\"selection\":{\"filter\":{\"search\":\"gone\"}}}")).isEqualTo(5);
        assertThat(count(f, "SELECT count(*) FROM prospects WHERE user_id = :user", me.id())).isEqualTo(1);
        assertThat(count(f, "SELECT count(*) FROM review_items WHERE user_id = :user", me.id())).isZero();
        assertThat(f.count("SELECT count(*) FROM audit_entries WHERE user_id = :user AND action = 'prospects.bulk_erased'"
                + " AND (details ->> 'count')::int = 5", Map.of("user", me.id()))).isEqualTo(1);
        // by ids: another user's id is ignored
        assertThat(changed(me.token(), "bulkDeleteProspects",
                "{\"selection\":{\"ids\":" + ids(List.of(keep, theirs)) + "}}")).isEqualTo(1);
        assertThat(count(f, "SELECT count(*) FROM prospects WHERE user_id = :user", other.id())).isEqualTo(1);
    }

    @Test
    void badSelectionsAre422AndChangeNothing() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        UUID p = f.prospect(me.id(), "Ann", "X");
        String one = "[\"" + p + "\"]";
        assertValidation(call(me.token(), "bulkSetProspectStatus",
                "{\"selection\":{},\"status\":\"lost\"}"), "selection.ids");
        assertValidation(call(me.token(), "bulkSetProspectStatus",
                "{\"selection\":{\"ids\":[]},\"status\":\"lost\"}"), "selection.ids");
        assertValidation(call(me.token(), "bulkSetProspectStatus",
                "{\"selection\":{\"ids\":" + one + ",\"filter\":{}},\"status\":\"lost\"}"), "selection.ids");
        assertValidation(call(me.token(), "bulkSetProspectStatus",
                "{\"selection\":{\"ids\":" + ids(Collections.nCopies(501, p)) + "},\"status\":\"lost\"}"), "selection.ids");
        assertValidation(call(me.token(), "bulkSetProspectStatus",
                "{\"selection\":{\"ids\":" + one + "},\"status\":\"won\"}"), "status");
        assertValidation(call(me.token(), "bulkSetProspectStatus",
                "{\"selection\":{\"ids\":" + one + "}}"), "status");
        assertValidation(call(me.token(), "bulkSetProspectVip", "{\"selection\":{\"ids\":" + one + "}}"), "vip");
        assertValidation(call(me.token(), "bulkAssignProspects", "{\"selection\":{\"ids\":" + one + "}}"), "campaignId");
        assertValidation(call(me.token(), "bulkDeleteProspects", "{}"), "selection");
        assertValidation(call(me.token(), "bulkSetProspectStatus",
                "{\"selection\":{\"filter\":{\"createdFrom\":\"2025-02-01T00:00:00Z\",\"createdTo\":\"2025-01-01T00:00:00Z\"}},"
                        + "\"status\":\"lost\"}"), "selection.filter.createdTo");
        var unknownField = call(me.token(), "bulkDeleteProspects", "{\"selection\":{\"filter\":{\"owner\":\"x\"}}}");
        assertThat(unknownField.status()).as(unknownField.body()).isIn(400, 422);
        assertThat(count(f, "SELECT count(*) FROM prospects WHERE user_id = :user AND status = 'new'", me.id())).isEqualTo(1);
        assertThat(f.count("SELECT count(*) FROM audit_entries WHERE user_id = :user", Map.of("user", me.id()))).isZero();
    }

    @Test
    void bulkRejectTakesOneReasonAndReportsWhatItCouldNot() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        var other = Fixtures.signUp(http);
        UUID p = f.prospect(me.id(), "Ann", "X");
        UUID r1 = f.reviewItem(me.id(), p, "one");
        UUID r2 = f.reviewItem(me.id(), p, "two");
        UUID theirs = f.reviewItem(other.id(), f.prospect(other.id(), "Zed", "Y"), "theirs");
        var r = call(me.token(), "bulkReject", "{\"ids\":" + ids(List.of(r1, r2, theirs)) + ",\"reason\":\"off tone\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("rejected").size()).isEqualTo(2);
        assertThat(r.json().path("failed").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(f.count("SELECT count(*) FROM review_items WHERE user_id = :user AND status = 'rejected'"
                + " AND rejection_reason = 'off tone'", Map.of("user", me.id()))).isEqualTo(2);
        assertThat(f.count("SELECT count(*) FROM review_items WHERE user_id = :user AND status = 'pending'",
                Map.of("user", other.id()))).isEqualTo(1);
        var again = call(me.token(), "bulkReject", "{\"ids\":[\"" + r1 + "\"]}");
        assertThat(again.json().path("failed").get(0).path("code").asString()).isEqualTo("CONFLICT");
        assertValidation(call(me.token(), "bulkReject", "{\"ids\":[]}"), "ids");
    }
}
