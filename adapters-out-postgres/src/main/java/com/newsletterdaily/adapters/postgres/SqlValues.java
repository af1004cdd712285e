package com.newsletterdaily.adapters.postgres;

import io.helidon.dbclient.DbRow;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Converts between java.time values and what the PostgreSQL driver sends and returns. */
final class SqlValues {

    private SqlValues() {
    }

    /** The driver binds an {@link OffsetDateTime} as {@code timestamptz}; it does not bind an {@link Instant}. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(DbRow row, String column) {
        return switch (value(row, column)) {
            case null -> null;
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime offsetDateTime -> offsetDateTime.toInstant();
            case Instant instant -> instant;
            case Object other -> throw new IllegalStateException(column + " is not a timestamp: " + other.getClass());
        };
    }

    static LocalDate date(DbRow row, String column) {
        return switch (value(row, column)) {
            case null -> null;
            case Date date -> date.toLocalDate();
            case LocalDate localDate -> localDate;
            case Object other -> throw new IllegalStateException(column + " is not a date: " + other.getClass());
        };
    }

    /** A {@code numeric} column as the driver returns it, with the scale it was stored with. */
    static BigDecimal decimal(DbRow row, String column) {
        return (BigDecimal) value(row, column);
    }

    static int integer(DbRow row, String column) {
        return ((Number) value(row, column)).intValue();
    }

    static String text(DbRow row, String column) {
        return (String) value(row, column);
    }

    /** The column's value, or null for SQL NULL (where {@code DbColumn.get()} throws). */
    static Object value(DbRow row, String column) {
        return row.column(column).orElse(null);
    }
}
