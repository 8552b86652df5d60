package com.salesmachine.contract.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Machine-readable error code; JSON values are exactly the catalogue codes. Each answers with one HTTP status. */
public enum ErrorCode {
  @JsonProperty("INVALID_REQUEST") INVALID_REQUEST(400, "the body is not JSON, or a value has the wrong JSON type"),
  @JsonProperty("UNAUTHORIZED") UNAUTHORIZED(401, "no, expired or revoked session; a missing, wrong or stale signature"),
  @JsonProperty("INVALID_CREDENTIALS") INVALID_CREDENTIALS(401, "a wrong e-mail or password (the same answer for both)"),
  @JsonProperty("FORBIDDEN") FORBIDDEN(403, "authenticated but not allowed (a cookie call from an origin not allowed)"),
  @JsonProperty("NOT_FOUND") NOT_FOUND(404, "an id that does not exist or belongs to someone else"),
  @JsonProperty("CONFLICT") CONFLICT(409, "a duplicate, a state already decided, a transition not allowed"),
  @JsonProperty("PAYLOAD_TOO_LARGE") PAYLOAD_TOO_LARGE(413, "the body is over 1 MiB"),
  @JsonProperty("UNSUPPORTED_MEDIA_TYPE") UNSUPPORTED_MEDIA_TYPE(415, "the body is not sent as application/json"),
  @JsonProperty("VALIDATION_ERROR") VALIDATION_ERROR(422,
      "well-formed JSON that breaks a rule: a missing or unknown field, out of range, a bad enum value or cursor"),
  @JsonProperty("RATE_LIMIT_EXCEEDED") RATE_LIMIT_EXCEEDED(429, "over the limit; Retry-After says how many seconds"),
  @JsonProperty("INTERNAL_SERVER_ERROR") INTERNAL_SERVER_ERROR(500, "a bug; the message is generic"),
  @JsonProperty("SERVICE_UNAVAILABLE") SERVICE_UNAVAILABLE(503, "PostgreSQL or Upstash unreachable or timing out");

  private final int status;
  private final String meaning;

  ErrorCode(int status, String meaning) {
    this.status = status;
    this.meaning = meaning;
  }

  /** The HTTP status of an answer carrying this code. */
  public int status() {
    return status;
  }

  /** When the API answers with this code (functions.md, "Errors"). */
  public String meaning() {
    return meaning;
  }
}
