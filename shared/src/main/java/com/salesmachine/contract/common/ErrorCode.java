package com.salesmachine.contract.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Machine-readable error code; JSON values are exactly the catalogue codes. */
public enum ErrorCode {
  @JsonProperty("INVALID_REQUEST") INVALID_REQUEST,
  @JsonProperty("UNAUTHORIZED") UNAUTHORIZED,
  @JsonProperty("INVALID_CREDENTIALS") INVALID_CREDENTIALS,
  @JsonProperty("FORBIDDEN") FORBIDDEN,
  @JsonProperty("NOT_FOUND") NOT_FOUND,
  @JsonProperty("CONFLICT") CONFLICT,
  @JsonProperty("PAYLOAD_TOO_LARGE") PAYLOAD_TOO_LARGE,
  @JsonProperty("UNSUPPORTED_MEDIA_TYPE") UNSUPPORTED_MEDIA_TYPE,
  @JsonProperty("VALIDATION_ERROR") VALIDATION_ERROR,
  @JsonProperty("RATE_LIMIT_EXCEEDED") RATE_LIMIT_EXCEEDED,
  @JsonProperty("INTERNAL_SERVER_ERROR") INTERNAL_SERVER_ERROR,
  @JsonProperty("SERVICE_UNAVAILABLE") SERVICE_UNAVAILABLE
}
