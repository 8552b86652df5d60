package com.salesmachine.contract.account;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The cockpit's UI language (issue 16): English, or French (the product's first market). */
public enum Language {
  @JsonProperty("en") EN,
  @JsonProperty("fr") FR
}
