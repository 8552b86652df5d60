package com.salesmachine.prospects;

import com.salesmachine.platform.db.DbValues;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.salesmachine.contract.prospects.ProspectSummary;
import io.r2dbc.spi.Readable;

/**
 * The public surface other features use to show a prospect beside their own rows (a review item, a
 * meeting): select {@link #PREFIXED_COLUMNS} from {@code prospects p} in the same statement and read
 * them back with {@link #fromPrefixed}. The prospects package keeps the one definition of the mapping.
 */
public final class ProspectSummaries {

    /** The summary columns of {@code prospects p}, each aliased {@code p_<column>}. */
    public static final String PREFIXED_COLUMNS = """
            p.id AS p_id, p.campaign_id AS p_campaign_id, p.full_name AS p_full_name, p.job_title AS p_job_title,
            p.company_name AS p_company_name, p.status AS p_status, p.is_vip AS p_is_vip,
            p.linkedin_url AS p_linkedin_url, p.email AS p_email,
            p.last_activity_at AS p_last_activity_at, p.created_at AS p_created_at""";

    private ProspectSummaries() {
    }

    public static ProspectSummary fromPrefixed(Readable row) {
        return new ProspectSummary(
                row.get("p_id", UUID.class),
                row.get("p_campaign_id", UUID.class),
                row.get("p_full_name", String.class),
                row.get("p_job_title", String.class),
                row.get("p_company_name", String.class),
                ProspectRows.status(row.get("p_status", String.class)),
                Boolean.TRUE.equals(row.get("p_is_vip", Boolean.class)),
                row.get("p_linkedin_url", String.class),
                row.get("p_email", String.class),
                DbValues.instant(row.get("p_last_activity_at", OffsetDateTime.class)),
                DbValues.instant(row.get("p_created_at", OffsetDateTime.class)));
    }
}
