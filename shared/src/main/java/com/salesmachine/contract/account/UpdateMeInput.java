package com.salesmachine.contract.account;

import jakarta.validation.constraints.Size;

/** Input of {@code updateMe}: a partial update; a null field was not sent and stays unchanged. */
public record UpdateMeInput(
    @Size(max = 200) String fullName,
    @Size(max = 200) String companyName,
    @Size(min = 1, max = 64) String timezone,
    Language language) {
}
