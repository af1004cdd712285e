package com.newsletterdaily.bootstrap;

import com.newsletterdaily.adapters.http.ApiRoutes;
import com.newsletterdaily.application.port.in.ConflictException;
import com.newsletterdaily.application.port.in.GenerateEditionCommand;
import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.http.HttpRouting;

import java.io.PrintStream;
import java.time.Clock;

/** The entry point and only composition root: reads the configuration and runs the command asked for. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.util.logging.manager", ShutdownSafeLogManager.NAME);
        LogConfig.configureRuntime();
        Command command;
        try {
            command = Command.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Command.USAGE);
            System.exit(2);
            return;
        }
        var config = Config.create();
        switch (command) {
            case Command.Serve serve -> RunningService.start(config, Clock.systemUTC()).stopOnShutdownSignal();
            case Command.Generate generate -> System.exit(generate(config, generate, System.out, Clock.systemUTC()));
            case Command.Help help -> System.out.println(Command.USAGE);
        }
    }

    /** The HTTP routes of the service; tests reuse it to serve the same API. */
    static void routing(HttpRouting.Builder routing, App app) {
        ApiRoutes.register(routing, app.api());
    }

    /** Generates one edition, printing each step to {@code out}; answers the process exit code. */
    static int generate(Config config, Command.Generate command, PrintStream out, Clock clock) {
        var settings = Settings.from(config);
        try (var infrastructure = Infrastructure.start(settings)) {
            var migration = infrastructure.database().migrationStatus();
            if (!migration.isMigrated()) {
                out.println("The database is not ready: " + migration);
                return 1;
            }
            var app = App.wire(config, settings, infrastructure, clock);
            var step = new int[]{0};
            var edition = app.generateEdition().generate(
                    new GenerateEditionCommand(command.date(), command.force()),
                    message -> out.printf("[%d] %s%n", ++step[0], message));
            out.printf("Done: the edition of %s is %s with %d section(s).%n", edition.date(),
                    edition.status().name().toLowerCase(), edition.sections().size());
            return 0;
        } catch (ConflictException e) {
            out.println("Not generated: " + e.getMessage());
            return 3;
        } catch (RuntimeException e) {
            out.println("Generation failed: " + e.getMessage());
            e.printStackTrace();
            return 1;
        }
    }
}
