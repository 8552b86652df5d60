package com.salesmachine.contract.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Machine-readable error code; JSON values are exactly the catalogue codes (functions.md "Errors"), each with
 * the HTTP status it answers with. The one list of codes: the API, its tests and the SPA's types all use it.
 */
public enum ErrorCode {
  @JsonProperty("INVALID_REQUEST") INVALID_REQUEST(400),
  @JsonProperty("UNAUTHORIZED") UNAUTHORIZED(401),
  @JsonProperty("INVALID_CREDENTIALS") INVALID_CREDENTIALS(401),
  @JsonProperty("FORBIDDEN") FORBIDDEN(403),
  @JsonProperty("NOT_FOUND") NOT_FOUND(404),
  @JsonProperty("CONFLICT") CONFLICT(409),
  @JsonProperty("PAYLOAD_TOO_LARGE") PAYLOAD_TOO_LARGE(413),
  @JsonProperty("UNSUPPORTED_MEDIA_TYPE") UNSUPPORTED_MEDIA_TYPE(415),
  @JsonProperty("VALIDATION_ERROR") VALIDATION_ERROR(422),
  @JsonProperty("RATE_LIMIT_EXCEEDED") RATE_LIMIT_EXCEEDED(429),
  @JsonProperty("INTERNAL_SERVER_ERROR") INTERNAL_SERVER_ERROR(500),
  @JsonProperty("SERVICE_UNAVAILABLE") SERVICE_UNAVAILABLE(503);

  private final int status;

  ErrorCode(int status) {
    this.status = status;
  }

  /** The HTTP status of an answer with this code (a wrong method is the one exception: 405 with INVALID_REQUEST). */
  public int status() {
    return status;
  }
}
