package com.salesmachine.session;

/**
 * The per-session, per-minute budgets an authenticated call counts against, kept in the session hash by the guard
 * script ({@code <field>Window}, {@code <field>Count}): every call but an import chunk spends {@link #CALLS}; an
 * import chunk spends {@link #IMPORT} alone, so a long CSV import neither stops at the calls budget nor leaves the
 * screens without calls.
 */
public enum CallBudget {
    CALLS("rate"),
    IMPORT("import");

    private final String field;

    CallBudget(String field) {
        this.field = field;
    }

    /** The prefix of the session hash's fields for this budget ({@code rateWindow}/{@code rateCount} for calls). */
    public String field() {
        return field;
    }
}
