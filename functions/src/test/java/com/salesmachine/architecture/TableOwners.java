package com.salesmachine.architecture;

import java.util.Map;
import java.util.Set;

/**
 * The one table-to-package map (issue 13 §1). A package's SQL may name only the tables it owns; the owner
 * offers a small public Java API for what other packages need. {@link TableOwnershipTest} holds the main
 * sources to it and every table of the migrations to having exactly one owner here.
 *
 * <p>To add a table: write its migration and add one line to {@link #OWNER}. Views count as tables.
 */
final class TableOwners {

    /** table (or view) -> the package under com.salesmachine that holds every statement naming it. */
    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("users", "account"),
            Map.entry("campaigns", "campaigns"),
            Map.entry("campaign_stats", "campaigns"), // view over campaigns and their prospects' counts
            Map.entry("prospects", "prospects"), // view: prospect_facts joined with prospect_pipeline (V118)
            Map.entry("prospect_facts", "prospects"), // the person: name, company, channels, timestamps (V118)
            Map.entry("prospect_pipeline", "prospects"), // status, campaign, VIP, by user partition (V118)
            Map.entry("enrichments", "prospects"),
            Map.entry("saved_views", "prospects"), // named filters of the prospects list (V80)
            Map.entry("prospect_week_counts", "prospects"), // prospects per UTC week, campaign, status (V118, triggers)
            Map.entry("prospect_search", "prospects"), // each prospect's search text, by user partition (V115, triggers)
            Map.entry("review_items", "review"),
            Map.entry("meetings", "meetings"),
            Map.entry("templates", "templates"),
            Map.entry("outbound_messages", "outreach"),
            Map.entry("messages", "outreach"),
            Map.entry("warmups", "outreach"),
            Map.entry("warmup_days", "outreach"),
            Map.entry("activity_events", "activity"),
            Map.entry("audit_entries", "activity"),
            Map.entry("integration_deliveries", "integration"));

    /**
     * Temporary tables (created in a transaction by their owner, {@code ON COMMIT DROP}; in no migration) -> the
     * package that creates and fills them. Another package reads one only under a {@link ReadGrant}.
     */
    static final Map<String, String> TEMPORARY = Map.of(
            "erased_prospect_ids", "prospects"); // the ids bulkDeleteProspects erased (ErasedProspectCopies)

    /** A package allowed to read (never write) tables it does not own, and why. */
    record ReadGrant(String pkg, Set<String> tables, String reason) {
    }

    /**
     * The declared exceptions, each a single read-only statement that must stay one statement. Keep this list
     * short: a new cross-package need is a method on the owner, not a grant.
     */
    static final Set<ReadGrant> READ_GRANTS = Set.of(
            new ReadGrant("dashboard", Set.of("users", "prospect_facts", "prospect_week_counts", "meetings",
                            "review_items", "outbound_messages"),
                    "dashboardStats is one statement over five owners' tables (the prospect totals from the day counts,"
                            + " index-only counts elsewhere): bench/scale measures it at 1,000,000 prospects, one round"
                            + " trip per call"),
            new ReadGrant("campaigns", Set.of("prospects", "users"),
                    "listWork's detection budget: one read-only statement counts each user's prospects detected today"
                            + " in the user's timezone beside the active campaigns"),
            new ReadGrant("review", Set.of("prospects"),
                    "listReviewQueue's campaign filter: the keyset page of review_items keeps only the items whose"
                            + " prospect is in the campaign (an EXISTS on prospects in the one paging statement; a list"
                            + " of the campaign's prospect ids would not page)"),
            new ReadGrant("outreach", Set.of("prospects"),
                    "listWork's warm-up part: one read-only statement joins the prospects to warm up with their"
                            + " warm-up and today's totals"),
            new ReadGrant("integration", Set.of("erased_prospect_ids"),
                    "bulkDeleteProspects hands the erased ids over in the transaction's temporary table (a filter-wide"
                            + " erasure can be 200,000 ids, never a list in Java); integration forgets their copies in"
                            + " the stored claim answers with one statement reading it"),
            new ReadGrant("outreach", Set.of("users"),
                    "the outbox claim locks the users with due messages (FOR NO KEY UPDATE SKIP LOCKED) and reads"
                            + " their timezone and daily limit in the statements that lease: one claimer per user and"
                            + " a fresh snapshot after the locks keep rule 3's daily cap exact under concurrency"));

    private TableOwners() {
    }

    /** The owner of a table of the migrations or of a temporary table; null for neither. */
    static String ownerOf(String table) {
        return OWNER.containsKey(table) ? OWNER.get(table) : TEMPORARY.get(table);
    }

    /** Every table a package's SQL may name: the migrations' and the temporary ones. */
    static Set<String> allTables() {
        Set<String> all = new java.util.TreeSet<>(OWNER.keySet());
        all.addAll(TEMPORARY.keySet());
        return all;
    }

    static boolean mayRead(String pkg, String table) {
        return pkg.equals(ownerOf(table))
                || READ_GRANTS.stream().anyMatch(g -> g.pkg().equals(pkg) && g.tables().contains(table));
    }
}
