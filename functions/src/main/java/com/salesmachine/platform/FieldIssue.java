package com.salesmachine.platform;

/** One entry of an error's {@code details}: which field, and what is wrong with it. */
public record FieldIssue(String field, String issue) {
}
