package com.salesmachine.contract;

import static com.salesmachine.contract.common.ErrorCode.CONFLICT;
import static com.salesmachine.contract.common.ErrorCode.FORBIDDEN;
import static com.salesmachine.contract.common.ErrorCode.INTERNAL_SERVER_ERROR;
import static com.salesmachine.contract.common.ErrorCode.INVALID_REQUEST;
import static com.salesmachine.contract.common.ErrorCode.PAYLOAD_TOO_LARGE;
import static com.salesmachine.contract.common.ErrorCode.RATE_LIMIT_EXCEEDED;
import static com.salesmachine.contract.common.ErrorCode.SERVICE_UNAVAILABLE;
import static com.salesmachine.contract.common.ErrorCode.UNAUTHORIZED;
import static com.salesmachine.contract.common.ErrorCode.UNSUPPORTED_MEDIA_TYPE;
import static com.salesmachine.contract.common.ErrorCode.VALIDATION_ERROR;

import com.salesmachine.contract.common.ErrorCode;
import java.util.EnumSet;
import java.util.Set;

/** Who may call a function (functions.md, "Authentication classes"), and the errors that class brings. */
public enum Access {
  /** No credentials; rate-limited per client IP. */
  PUBLIC(RATE_LIMIT_EXCEEDED),
  /**
   * A valid session: cookie {@code sm_session} or {@code Authorization: Bearer}; rate-limited per session, and failed
   * authentication per client address.
   */
  USER(UNAUTHORIZED, FORBIDDEN, RATE_LIMIT_EXCEEDED),
  /**
   * An HMAC-signed call from the workflow engine: 401 on a bad signature, 409 when the delivery id was used for
   * another body or is still being processed, 429 when one address sent too many bad signatures.
   */
  INTEGRATION(UNAUTHORIZED, CONFLICT, RATE_LIMIT_EXCEEDED);

  private final Set<ErrorCode> errors;

  Access(ErrorCode... own) {
    // what any POST function can answer: bad JSON, too large, not JSON, broken rules, a bug, an outage
    Set<ErrorCode> all = EnumSet.of(INVALID_REQUEST, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, VALIDATION_ERROR,
        INTERNAL_SERVER_ERROR, SERVICE_UNAVAILABLE);
    all.addAll(Set.of(own));
    this.errors = Set.copyOf(all);
  }

  /** The error codes every {@code POST} function of this class can answer. */
  public Set<ErrorCode> errors() {
    return errors;
  }
}
