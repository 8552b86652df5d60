package com.salesmachine.contract;

/**
 * The per-session, per-minute budget a user function's calls count against, declared on its catalogue entry
 * ({@link FunctionSpec#budget()}): every call spends {@link #CALLS} but an import chunk, which spends {@link #IMPORT}
 * alone, so a long CSV import neither stops at the calls budget nor leaves the screens without calls. Over its budget
 * a call is 429 {@code RATE_LIMIT_EXCEEDED} with {@code Retry-After}; the OpenAPI document names each operation's.
 */
public enum CallBudget {
  CALLS("the session's calls budget (per minute)"),
  IMPORT("the session's import budget (chunks per minute), apart from its calls budget");

  private final String meaning;

  CallBudget(String meaning) {
    this.meaning = meaning;
  }

  /** The budget as the OpenAPI document describes it. */
  public String meaning() {
    return meaning;
  }
}
