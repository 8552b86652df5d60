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
