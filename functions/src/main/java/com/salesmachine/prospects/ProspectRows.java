package com.salesmachine.prospects;

import com.salesmachine.contract.prospects.ProspectStatus;
import com.salesmachine.contract.prospects.ProspectSummary;
import com.salesmachine.platform.db.DbValues;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.r2dbc.spi.Readable;

/** How a prospect row reads as a {@link ProspectSummary}; every query selects {@link #SUMMARY_COLUMNS}. */
final class ProspectRows {

    static final String SUMMARY_COLUMNS = """
            p.id, p.campaign_id, p.full_name, p.job_title, p.company_name, p.status, p.is_vip,
            p.linkedin_url, p.email, p.last_activity_at, p.created_at""";

    /**
     * The same fields read off the two tables (V118): {@code prospect_pipeline p} and {@code prospect_facts f}, as
     * {@link #PIPELINE_FROM} and {@link #FACTS_FIRST_FROM} join them (listProspects, the export).
     */
    static final String LIST_COLUMNS = """
            p.id, p.campaign_id, f.full_name, f.job_title, f.company_name, p.status, p.is_vip,
            f.linkedin_url, f.email, f.last_activity_at, p.created_at""";

    /**
     * The pipeline rows with their facts. A left join (every pipeline row has its facts row: V118's triggers), so that
     * a statement naming no column of {@code f} (a total, a bulk action's filter) reads the pipeline alone: the planner
     * drops the join, (user_id, id) being unique in the facts.
     */
    static final String PIPELINE_FROM =
            "prospect_pipeline p LEFT JOIN prospect_facts f ON f.user_id = p.user_id AND f.id = p.id";

    /**
     * The same rows driven from the facts, in the order of one of their indexes (created_at or last_activity_at), each
     * row's pipeline row read by primary key as it comes; the statement's WHERE starts with {@code f.user_id = :user}
     * ({@link #fromUsersRows}).
     * The pipeline side is a LATERAL subquery, and its {@code OFFSET 0} keeps the planner from flattening it into a
     * join: as a plain join, for an account of 1,604 prospects the planner hashed all of them from both tables and
     * sorted them (2.8-3.0 ms for a first page, 3.7-6.7 ms with the total) instead of reading 51 in index order and
     * stopping (0.19-0.26 ms). Its {@code p.user_id = :user} (not {@code f.user_id}) prunes the pipeline to the user's
     * partition once per statement instead of at each probe. psql, 1M database, 2026-12-08.
     */
    static final String FACTS_FIRST_FROM = "prospect_facts f CROSS JOIN LATERAL (SELECT * FROM prospect_pipeline p"
            + " WHERE p.user_id = :user AND p.id = f.id OFFSET 0) p";

    /**
     * {@code FROM} the user's rows, read pipeline first ({@link #PIPELINE_FROM}) or facts first
     * ({@link #FACTS_FIRST_FROM}), with the {@code WHERE} on the user of the table read first, so that table's index
     * gives the order; the caller appends its {@code AND} clauses.
     */
    static String fromUsersRows(boolean pipelineFirst) {
        return pipelineFirst ? "FROM " + PIPELINE_FROM + "\nWHERE p.user_id = :user"
                : "FROM " + FACTS_FIRST_FROM + "\nWHERE f.user_id = :user";
    }

    /** The {@code ProspectSummary} fields of {@code p}, as jsonb_build_object arguments. */
    static final String SUMMARY_JSON = """
            'id', p.id, 'campaignId', p.campaign_id, 'fullName', p.full_name, 'jobTitle', p.job_title,
            'companyName', p.company_name, 'status', p.status, 'isVip', p.is_vip, 'linkedinUrl', p.linkedin_url,
            'email', p.email, 'lastActivityAt', p.last_activity_at, 'createdAt', p.created_at""";

    private ProspectRows() {
    }

    static ProspectSummary summary(Readable row) {
        return new ProspectSummary(
                row.get("id", UUID.class),
                row.get("campaign_id", UUID.class),
                row.get("full_name", String.class),
                row.get("job_title", String.class),
                row.get("company_name", String.class),
                status(row.get("status", String.class)),
                Boolean.TRUE.equals(row.get("is_vip", Boolean.class)),
                row.get("linkedin_url", String.class),
                row.get("email", String.class),
                DbValues.instant(row.get("last_activity_at", OffsetDateTime.class)),
                DbValues.instant(row.get("created_at", OffsetDateTime.class)));
    }

    static ProspectStatus status(String dbValue) {
        return DbValues.enumOf(ProspectStatus.class, dbValue);
    }
}
