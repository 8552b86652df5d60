package com.salesmachine.contract.prospects;

/** Output of the bulk prospect actions: how many rows the action changed (rows already as asked do not count). */
public record BulkChangeResult(int changed) {
}
