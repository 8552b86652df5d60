package com.salesmachine.contract.prospects;

import jakarta.validation.constraints.Size;

/**
 * One row of an imported CSV, as text (the CSV columns of docs/api-campaigns.md). The server checks each row on its
 * own and reports a bad one in {@code errors} (the rest of the chunk goes in); only lengths beyond any sane cell are
 * refused for the whole chunk (422).
 */
public record ImportRow(
    @Size(max = 2000) String fullName,
    @Size(max = 2000) String companyName,
    @Size(max = 2000) String jobTitle,
    @Size(max = 2000) String email,
    @Size(max = 2000) String linkedinUrl,
    @Size(max = 2000) String location,
    @Size(max = 2000) String status,
    @Size(max = 2000) String vip,
    @Size(max = 2000) String vipReason) {
}
