package com.salesmachine.contract.common;

/**
 * The one e-mail rule of the contract (signup, prospects, the integration's lookups): Hibernate Validator's
 * {@code @Email} with this extra pattern, so an address needs a dot in its domain ({@code a@b} is refused, as
 * nobody can mail it).
 */
public final class EmailRules {

  /** Whole-address pattern added to {@code @Email}: something, one '@', a domain with a dot not at its end. */
  public static final String DOMAIN_WITH_DOT = "[^@]+@[^@]+\\.[^@.]+";
  public static final String MESSAGE = "must be an e-mail address such as name@example.com";

  private EmailRules() {
  }
}
