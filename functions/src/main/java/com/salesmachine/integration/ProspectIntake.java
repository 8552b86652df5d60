package com.salesmachine.integration;

import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.contract.integration.IngestProspectsInput;
import com.salesmachine.contract.integration.IngestProspectsResult;
import com.salesmachine.contract.integration.RejectedProspect;
import com.salesmachine.contract.prospects.CreateProspectInput;
import com.salesmachine.dashboard.ActivityLog;
import com.salesmachine.platform.ApiException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * ingestProspects: each item is validated on its own (a bad one is reported with its index and field, the
 * rest go in), then all valid items are inserted with one statement; ON CONFLICT DO NOTHING on the two
 * uniqueness indexes of rule 5 turns a re-ingested prospect (also one repeated inside the batch) into a
 * duplicate.
 */
@Component
class ProspectIntake {

    private final DatabaseClient db;
    private final Validator validator;
    private final ActivityLog activity;

    ProspectIntake(DatabaseClient db, Validator validator, ActivityLog activity) {
        this.db = db;
        this.validator = validator;
        this.activity = activity;
    }

    Mono<IngestProspectsResult> ingest(IngestProspectsInput input) {
        UUID user = input.userId();
        return campaignsOf(user).flatMap(campaigns -> {
            if (input.campaignId() != null && !campaigns.contains(input.campaignId())) {
                return Mono.error(ApiException.notFound("Campaign"));
            }
            List<RejectedProspect> rejected = new ArrayList<>();
            List<CreateProspectInput> valid = new ArrayList<>();
            List<UUID> campaignIds = new ArrayList<>();
            for (int i = 0; i < input.prospects().size(); i++) {
                CreateProspectInput item = input.prospects().get(i);
                String badField = firstInvalidField(item);
                if (badField != null) {
                    rejected.add(new RejectedProspect(i, ErrorCode.VALIDATION_ERROR, badField));
                } else if (item.campaignId() != null && !campaigns.contains(item.campaignId())) {
                    rejected.add(new RejectedProspect(i, ErrorCode.NOT_FOUND, "campaignId"));
                } else {
                    valid.add(item);
                    campaignIds.add(item.campaignId() != null ? item.campaignId() : input.campaignId());
                }
            }
            return insert(user, valid, campaignIds).flatMap(created -> {
                IngestProspectsResult result = new IngestProspectsResult(created, valid.size() - created, rejected);
                return created == 0 ? Mono.just(result)
                        : activity.record(user, "prospects_ingested", null,
                                created + (created == 1 ? " prospect" : " prospects") + " added by the workflow engine")
                        .thenReturn(result);
            });
        });
    }

    private Mono<Set<UUID>> campaignsOf(UUID user) {
        return db.sql("SELECT id FROM campaigns WHERE user_id = :user")
                .bind("user", user)
                .map(row -> row.get("id", UUID.class))
                .all()
                .collect(HashSet::new, Set::add);
    }

    private String firstInvalidField(CreateProspectInput item) {
        Set<ConstraintViolation<CreateProspectInput>> violations = validator.validate(item);
        return violations.stream()
                .map(v -> v.getPropertyPath().toString().replaceAll("Valid$", ""))
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    private Mono<Integer> insert(UUID user, List<CreateProspectInput> items, List<UUID> campaignIds) {
        if (items.isEmpty()) {
            return Mono.just(0);
        }
        int n = items.size();
        String[] campaigns = new String[n];
        String[] names = new String[n];
        String[] companies = new String[n];
        String[] titles = new String[n];
        String[] urls = new String[n];
        String[] emails = new String[n];
        for (int i = 0; i < n; i++) {
            CreateProspectInput p = items.get(i);
            campaigns[i] = campaignIds.get(i) == null ? null : campaignIds.get(i).toString();
            names[i] = p.fullName().trim();
            companies[i] = p.companyName().trim();
            titles[i] = blankToNull(p.jobTitle());
            urls[i] = blankToNull(p.linkedinUrl());
            emails[i] = blankToNull(p.email());
        }
        // WITH ORDINALITY keeps the batch order, so within-batch duplicates keep the first occurrence
        return db.sql("""
                        INSERT INTO prospects (user_id, campaign_id, full_name, company_name, job_title,
                                               linkedin_url, email, source)
                        SELECT :user, t.campaign_id::uuid, t.full_name, t.company_name, t.job_title,
                               t.linkedin_url, t.email, 'integration'
                        FROM unnest(:campaigns::text[], :names::text[], :companies::text[], :titles::text[],
                                    :urls::text[], :emails::text[])
                             WITH ORDINALITY AS t(campaign_id, full_name, company_name, job_title, linkedin_url, email, n)
                        ORDER BY t.n
                        ON CONFLICT DO NOTHING""")
                .bind("user", user)
                .bind("campaigns", campaigns)
                .bind("names", names)
                .bind("companies", companies)
                .bind("titles", titles)
                .bind("urls", urls)
                .bind("emails", emails)
                .fetch().rowsUpdated()
                .map(Long::intValue);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
