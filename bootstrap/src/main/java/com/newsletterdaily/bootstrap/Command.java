package com.newsletterdaily.bootstrap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** What the command line asks for: serve the API (the default), generate an edition, or show the usage. */
sealed interface Command {

    String USAGE = """
            Usage: java -jar newsletter-daily.jar [serve]
                   java -jar newsletter-daily.jar generate [--date YYYY-MM-DD] [--force]
                   java -jar newsletter-daily.jar help

              serve      start the HTTP API and the scheduled jobs (default)
              generate   write and publish the edition of a date (default: today), printing each step;
                         an edition already published is kept unless --force is given""";

    record Serve() implements Command { }

    record Generate(Optional<LocalDate> date, boolean force) implements Command { }

    record Help() implements Command { }

    /** @throws IllegalArgumentException with a message for the user when the arguments make no sense */
    static Command parse(String... args) {
        if (args.length == 0 || args[0].equals("serve") && args.length == 1) {
            return new Serve();
        }
        return switch (args[0]) {
            case "generate" -> generate(args);
            case "help", "--help", "-h" -> new Help();
            default -> throw new IllegalArgumentException("unknown command: " + String.join(" ", args));
        };
    }

    private static Generate generate(String... args) {
        Optional<LocalDate> date = Optional.empty();
        boolean force = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--force" -> force = true;
                case "--date" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--date needs a value, e.g. --date 2026-12-03");
                    }
                    date = Optional.of(date(args[++i]));
                }
                default -> {
                    if (args[i].startsWith("--date=")) {
                        date = Optional.of(date(args[i].substring("--date=".length())));
                    } else {
                        throw new IllegalArgumentException("unknown option for generate: " + args[i]);
                    }
                }
            }
        }
        return new Generate(date, force);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date; use YYYY-MM-DD, e.g. 2026-12-03");
        }
    }
}
