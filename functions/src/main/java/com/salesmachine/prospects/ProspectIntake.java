package com.salesmachine.prospects;

import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.contract.integration.IngestProspectsInput;
import com.salesmachine.contract.integration.IngestProspectsResult;
import com.salesmachine.contract.integration.RejectedProspect;
import com.salesmachine.contract.prospects.CreateProspectInput;
import com.salesmachine.activity.ActivityLog;
import com.salesmachine.campaigns.Campaigns;
import com.salesmachine.contract.prospects.ProspectSummary;
import com.salesmachine.platform.ApiException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The one insert path for prospects: createProspect (one, by the seller) and ingestProspects (a batch, by
 * the workflow engine) both go through {@link #insert}. ingestProspects: each item is validated on its own (a bad one is reported with its index and field, the
 * rest go in), then all valid items are inserted with one statement; ON CONFLICT DO NOTHING on the two
 * uniqueness indexes of rule 5 turns a re-ingested prospect (also one repeated inside the batch) into a
 * duplicate.
 */
@Component
public class ProspectIntake {

    private final DatabaseClient db;
    private final Validator validator;
    private final ActivityLog activity;
    private final Campaigns campaigns;

    public ProspectIntake(DatabaseClient db, Validator validator, ActivityLog activity, Campaigns campaigns) {
        this.db = db;
        this.validator = validator;
        this.activity = activity;
        this.campaigns = campaigns;
    }

    /** A prospect to insert; text fields already trimmed, blank optional ones null. */
    record NewProspect(UUID campaignId, String fullName, String companyName, String jobTitle, String linkedinUrl,
                       String email) {
    }

    /**
     * createProspect's insert. Empty when the user already has a prospect with this LinkedIn profile
     * (normalised by the database) or e-mail (case-insensitive): the unique indexes decide, so concurrent
     * creates cannot both win.
     */
    Mono<ProspectSummary> create(UUID userId, NewProspect prospect) {
        return insert(userId, List.of(prospect), "manual").next();
    }

    public Mono<IngestProspectsResult> ingest(IngestProspectsInput input) {
        UUID user = input.userId();
        return campaigns.idsOf(user).flatMap(campaigns -> {
            if (input.campaignId() != null && !campaigns.contains(input.campaignId())) {
                return Mono.error(ApiException.notFound("Campaign"));
            }
            List<RejectedProspect> rejected = new ArrayList<>();
            List<NewProspect> valid = new ArrayList<>();
            for (int i = 0; i < input.prospects().size(); i++) {
                CreateProspectInput item = input.prospects().get(i);
                String badField = firstInvalidField(item);
                if (badField != null) {
                    rejected.add(new RejectedProspect(i, ErrorCode.VALIDATION_ERROR, badField));
                } else if (item.campaignId() != null && !campaigns.contains(item.campaignId())) {
                    rejected.add(new RejectedProspect(i, ErrorCode.NOT_FOUND, "campaignId"));
                } else {
                    valid.add(new NewProspect(item.campaignId() != null ? item.campaignId() : input.campaignId(),
                            item.fullName().trim(), item.companyName().trim(), blankToNull(item.jobTitle()),
                            blankToNull(item.linkedinUrl()), blankToNull(item.email())));
                }
            }
            return insert(user, valid, "integration").count().map(Long::intValue).flatMap(created -> {
                IngestProspectsResult result = new IngestProspectsResult(created, valid.size() - created, rejected);
                return created == 0 ? Mono.just(result)
                        : activity.record(user, "prospects_ingested", null,
                                created + (created == 1 ? " prospect" : " prospects") + " added by the workflow engine")
                        .thenReturn(result);
            });
        });
    }

    private String firstInvalidField(CreateProspectInput item) {
        Set<ConstraintViolation<CreateProspectInput>> violations = validator.validate(item);
        return violations.stream()
                .map(v -> v.getPropertyPath().toString().replaceAll("Valid$", ""))
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    /** One statement for any number of prospects; answers the ones inserted (duplicates are skipped). */
    private Flux<ProspectSummary> insert(UUID user, List<NewProspect> items, String source) {
        if (items.isEmpty()) {
            return Flux.empty();
        }
        int n = items.size();
        String[] campaigns = new String[n];
        String[] names = new String[n];
        String[] companies = new String[n];
        String[] titles = new String[n];
        String[] urls = new String[n];
        String[] emails = new String[n];
        for (int i = 0; i < n; i++) {
            NewProspect p = items.get(i);
            campaigns[i] = p.campaignId() == null ? null : p.campaignId().toString();
            names[i] = p.fullName();
            companies[i] = p.companyName();
            titles[i] = p.jobTitle();
            urls[i] = p.linkedinUrl();
            emails[i] = p.email();
        }
        // WITH ORDINALITY keeps the batch order, so within-batch duplicates keep the first occurrence. The facts row
        // and its pipeline row with the campaign (V118) are written by one statement, a duplicate gets neither; the
        // facts' insert trigger then writes the pipeline's mirror of them (prospect_facts_pipeline).
        return db.sql("""
                        WITH t AS MATERIALIZED (
                            SELECT gen_random_uuid() AS id, t.*
                            FROM unnest(:campaigns::text[], :names::text[], :companies::text[], :titles::text[],
                                        :urls::text[], :emails::text[])
                                 WITH ORDINALITY AS t(campaign_id, full_name, company_name, job_title, linkedin_url,
                                                      email, n)),
                        f AS (
                            INSERT INTO prospect_facts AS f (id, user_id, full_name, company_name, job_title,
                                                             linkedin_url, email, source)
                            SELECT t.id, :user, t.full_name, t.company_name, t.job_title, t.linkedin_url, t.email, :source
                            FROM t
                            ORDER BY t.n
                            ON CONFLICT DO NOTHING
                            RETURNING f.*),
                        p AS (
                            INSERT INTO prospect_pipeline AS p (user_id, id, created_at, campaign_id)
                            SELECT f.user_id, f.id, f.created_at, t.campaign_id::uuid
                            FROM f JOIN t ON t.id = f.id
                            RETURNING p.*)
                        SELECT\s""" + ProspectRows.LIST_COLUMNS + """

                        FROM p JOIN f ON f.id = p.id JOIN t ON t.id = p.id
                        ORDER BY t.n""")
                .bind("user", user)
                .bind("source", source)
                .bind("campaigns", campaigns)
                .bind("names", names)
                .bind("companies", companies)
                .bind("titles", titles)
                .bind("urls", urls)
                .bind("emails", emails)
                .map(ProspectRows::summary)
                .all();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
