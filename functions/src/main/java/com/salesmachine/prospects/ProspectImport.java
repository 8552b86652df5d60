package com.salesmachine.prospects;

import com.salesmachine.campaigns.Campaigns;
import com.salesmachine.contract.prospects.CreateProspectInput;
import com.salesmachine.contract.prospects.ImportProspectsInput;
import com.salesmachine.contract.prospects.ImportProspectsResult;
import com.salesmachine.contract.prospects.ImportRow;
import com.salesmachine.contract.prospects.ImportRowError;
import com.salesmachine.contract.prospects.ProspectStatus;
import com.salesmachine.activity.ActivityLog;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.ApiFunction;
import com.salesmachine.platform.db.DbValues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Validator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * importProspects: one chunk of a CSV the browser parsed. Each row is checked on its own (a bad row is reported with
 * its file row, field and message; the others go in), then every valid row is inserted by ONE statement
 * ({@code INSERT … SELECT FROM unnest(…) ON CONFLICT DO NOTHING}): the two uniqueness indexes of product rule 5
 * (normalised LinkedIn URL, lower(e-mail)) make a row the caller already has, or an earlier row of the chunk, a
 * duplicate. created + duplicates + errors = rows.
 */
@Configuration(proxyBeanMethods = false)
class ProspectImport {

    @Bean
    ApiFunction<ImportProspectsInput, ImportProspectsResult> importProspects(DatabaseClient db, Campaigns campaigns,
                                                                          Validator validator, ActivityLog activity,
                                                                          ReactiveTransactionManager transactions) {
        TransactionalOperator tx = TransactionalOperator.create(transactions);
        return (input, caller) -> {
            UUID user = caller.requireUser();
            List<ImportRowError> errors = new ArrayList<>();
            List<Checked> valid = new ArrayList<>();
            for (int i = 0; i < input.rows().size(); i++) {
                int row = input.firstRow() + i;
                Checked checked = check(input.rows().get(i), row, validator, errors);
                if (checked != null) {
                    valid.add(checked);
                }
            }
            Mono<Void> campaignIsMine = input.campaignId() == null ? Mono.empty()
                    : campaigns.exists(user, input.campaignId()).flatMap(mine -> mine ? Mono.<Void>empty()
                            : Mono.error(ApiException.notFound("Campaign")));
            return campaignIsMine
                    .then(insert(db, user, input.campaignId(), valid))
                    .flatMap(created -> {
                        var result = new ImportProspectsResult(created, valid.size() - created, errors);
                        return created == 0 ? Mono.just(result)
                                : activity.record(user, "prospects_imported", null,
                                        created + (created == 1 ? " prospect" : " prospects") + " imported from a CSV file")
                                .thenReturn(result);
                    })
                    .as(tx::transactional);
        };
    }

    record Checked(String fullName, String companyName, String jobTitle, String email, String linkedinUrl,
                   String location, String status, boolean vip, String vipReason) {
    }

    /** The row ready to insert, or null after adding its first problem to {@code errors}. */
    static Checked check(ImportRow r, int row, Validator validator, List<ImportRowError> errors) {
        var asCreate = new CreateProspectInput(null, text(r.fullName()), text(r.companyName()), text(r.jobTitle()),
                text(r.linkedinUrl()), text(r.email()));
        var violation = validator.validate(asCreate).stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()));
        if (violation.isPresent()) {
            String field = violation.get().getPropertyPath().toString().replaceAll("Valid$", "");
            errors.add(new ImportRowError(row, field, violation.get().getMessage()));
            return null;
        }
        String linkedinUrl = text(r.linkedinUrl());
        if (linkedinUrl != null && !LinkedinUrls.looksValid(linkedinUrl)) {
            errors.add(new ImportRowError(row, "linkedinUrl", "must be a linkedin.com profile or company URL"));
            return null;
        }
        String location = text(r.location());
        if (location != null && location.length() > 200) {
            errors.add(new ImportRowError(row, "location", "size must be between 0 and 200"));
            return null;
        }
        String status = text(r.status());
        ProspectStatus parsed = ProspectStatus.NEW;
        if (status != null) {
            try {
                parsed = DbValues.enumOf(ProspectStatus.class, status.toLowerCase(Locale.ROOT).replace(' ', '_'));
            } catch (RuntimeException e) {
                errors.add(new ImportRowError(row, "status", "must be one of new, contacted, engaged, qualified,"
                        + " meeting_booked, meeting_completed, customer, lost, nurture, unsubscribed"));
                return null;
            }
        }
        String vipText = text(r.vip()) == null ? "" : text(r.vip()).toLowerCase(Locale.ROOT);
        boolean vip;
        switch (vipText) {
            case "", "false", "no", "0", "n" -> vip = false;
            case "true", "yes", "1", "y" -> vip = true;
            default -> {
                errors.add(new ImportRowError(row, "vip", "must be true or false (yes/no, 1/0) or empty"));
                return null;
            }
        }
        String vipReason = text(r.vipReason());
        if (vipReason != null && !vip) {
            errors.add(new ImportRowError(row, "vipReason", "only a VIP prospect has a VIP reason"));
            return null;
        }
        if (vipReason != null && vipReason.length() > 500) {
            errors.add(new ImportRowError(row, "vipReason", "size must be between 0 and 500"));
            return null;
        }
        return new Checked(asCreate.fullName(), asCreate.companyName(), asCreate.jobTitle(), asCreate.email(),
                linkedinUrl, location, DbValues.text(parsed), vip, vipReason);
    }

    private static Mono<Integer> insert(DatabaseClient db, UUID user, UUID campaign, List<Checked> rows) {
        if (rows.isEmpty()) {
            return Mono.just(0);
        }
        int n = rows.size();
        String[][] columns = new String[8][n];
        Boolean[] vips = new Boolean[n];
        for (int i = 0; i < n; i++) {
            Checked c = rows.get(i);
            String[] values = {c.fullName(), c.companyName(), c.jobTitle(), c.email(), c.linkedinUrl(), c.location(),
                    c.status(), c.vipReason()};
            for (int k = 0; k < values.length; k++) {
                columns[k][i] = values[k];
            }
            vips[i] = c.vip();
        }
        // WITH ORDINALITY keeps the file order, so of two rows naming the same person the first is created. The facts
        // row and its pipeline row with status, campaign and VIP (V118) are written by one statement, a duplicate gets
        // neither; the facts' insert trigger then writes the pipeline's mirror of them (prospect_facts_pipeline).
        return db.sql("""
                        WITH t AS MATERIALIZED (
                            SELECT gen_random_uuid() AS id, t.*
                            FROM unnest(:names::text[], :companies::text[], :titles::text[], :emails::text[],
                                        :urls::text[], :locations::text[], :statuses::text[], :vips::boolean[],
                                        :reasons::text[])
                                 WITH ORDINALITY AS t(full_name, company_name, job_title, email, linkedin_url, location,
                                                      status, is_vip, vip_reason, n)),
                        f AS (
                            INSERT INTO prospect_facts AS f (id, user_id, full_name, company_name, job_title, email,
                                                             linkedin_url, location, source)
                            SELECT t.id, :user, t.full_name, t.company_name, t.job_title, t.email, t.linkedin_url,
                                   t.location, 'import'
                            FROM t
                            ORDER BY t.n
                            ON CONFLICT DO NOTHING
                            RETURNING f.*)
                        INSERT INTO prospect_pipeline (user_id, id, created_at, status, campaign_id, is_vip, vip_reason)
                        SELECT f.user_id, f.id, f.created_at, t.status, CAST(:campaign AS uuid), t.is_vip, t.vip_reason
                        FROM f JOIN t ON t.id = f.id""")
                .bind("user", user)
                .bind("campaign", org.springframework.r2dbc.core.Parameter.fromOrEmpty(campaign, UUID.class))
                .bind("names", columns[0])
                .bind("companies", columns[1])
                .bind("titles", columns[2])
                .bind("emails", columns[3])
                .bind("urls", columns[4])
                .bind("locations", columns[5])
                .bind("statuses", columns[6])
                .bind("reasons", columns[7])
                .bind("vips", vips)
                .fetch().rowsUpdated()
                .map(Long::intValue);
    }

    /** A cell's text: trimmed; empty is null. */
    private static String text(String cell) {
        return cell == null || cell.isBlank() ? null : cell.strip();
    }
}
