package com.newsletterdaily.application.port.in;

import java.time.LocalDate;
import java.util.Objects;

/** Which published edition to read: the latest one, or the one of a date. */
public sealed interface EditionQuery {

    record Latest() implements EditionQuery { }

    record OfDate(LocalDate date) implements EditionQuery {
        public OfDate {
            Objects.requireNonNull(date, "date");
        }
    }

    static EditionQuery latest() {
        return new Latest();
    }

    static EditionQuery of(LocalDate date) {
        return new OfDate(date);
    }
}
