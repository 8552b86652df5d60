package com.salesmachine.integration;

import java.util.Locale;

/** Contract enums to their wire / database text: every constant's @JsonProperty is its lower-cased name. */
final class Wire {

    private Wire() {
    }

    static String value(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
