package com.newsletterdaily.application.port.in;

import java.time.LocalDate;
import java.util.Optional;

/** Which edition to generate: a given date or, when empty, today in the newsletter's time zone. */
public record GenerateEditionCommand(Optional<LocalDate> date, boolean force) {

    public static GenerateEditionCommand today() {
        return new GenerateEditionCommand(Optional.empty(), false);
    }

    public static GenerateEditionCommand forDate(LocalDate date) {
        return new GenerateEditionCommand(Optional.of(date), false);
    }

    public GenerateEditionCommand forced() {
        return new GenerateEditionCommand(date, true);
    }
}
