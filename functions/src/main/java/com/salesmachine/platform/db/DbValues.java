package com.salesmachine.platform.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * How contract values sit in PostgreSQL: every contract enum is stored as its lower_snake wire value
 * (the constant's name lower-cased, as its {@code @JsonProperty} says), times as timestamptz.
 * The one definition every feature's SQL mapping uses.
 */
public final class DbValues {

    private DbValues() {
    }

    /** The stored text of a contract enum constant. */
    public static String text(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The contract enum constant for stored text; null stays null. */
    public static <E extends Enum<E>> E enumOf(Class<E> type, String dbValue) {
        return dbValue == null ? null : Enum.valueOf(type, dbValue.toUpperCase(Locale.ROOT));
    }

    /** A timestamptz as read by R2DBC; null stays null. */
    public static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
