package com.salesmachine.contract;

/** Who may call a function (functions.md, "Authentication classes"). */
public enum Access {
  /** No credentials; rate-limited per client IP. */
  PUBLIC,
  /** A valid session: cookie {@code sm_session} or {@code Authorization: Bearer}. */
  USER,
  /** An HMAC-signed call from the workflow engine. */
  INTEGRATION
}
