package com.salesmachine.contract.prospects;

/**
 * How many prospects match a listProspects filter: exact up to 10,000; beyond, {@code count} is 10,000 and
 * {@code atLeast} is true (show "10,000+").
 */
public record ProspectTotal(int count, boolean atLeast) {
}
