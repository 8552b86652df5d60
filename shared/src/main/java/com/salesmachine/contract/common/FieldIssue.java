package com.salesmachine.contract.common;

import jakarta.validation.constraints.NotBlank;

/** One broken rule in an error body: which field and what is wrong with it. */
public record FieldIssue(@NotBlank String field, @NotBlank String issue) {
}
