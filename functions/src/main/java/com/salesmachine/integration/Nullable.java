package com.salesmachine.integration;

import org.springframework.r2dbc.core.Parameter;

/** A bind value that may be null (R2DBC needs the type of a null). */
final class Nullable {

    private Nullable() {
    }

    static <T> Parameter of(T value, Class<T> type) {
        return value == null ? Parameter.empty(type) : Parameter.from(value);
    }
}
