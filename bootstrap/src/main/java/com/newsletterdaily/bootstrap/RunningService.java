package com.newsletterdaily.bootstrap;

import com.newsletterdaily.application.port.in.ConflictException;
import com.newsletterdaily.application.port.in.GenerateEditionCommand;
import com.newsletterdaily.application.port.in.GenerationProgress;
import io.helidon.config.Config;
import io.helidon.scheduling.Cron;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The service while it serves: infrastructure, web server with health and metrics, the daily generation job and
 * the start-up catch-up. It stops in order: readiness down, a drain delay, in-flight requests finish, the job
 * stops, then the pools and embedded servers close.
 */
final class RunningService implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RunningService.class.getName());

    private final Settings settings;
    private final Infrastructure infrastructure;
    private final ReadinessChecks readiness;
    private final WebServer server;
    private final Cron dailyGeneration;
    private final CompletableFuture<Void> catchUp;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private RunningService(Config config, Settings settings, Clock clock) {
        this.settings = settings;
        this.infrastructure = Infrastructure.start(settings);
        try {
            var app = App.wire(settings, infrastructure, clock);
            this.readiness = new ReadinessChecks();
            var health = HealthObserver.builder().details(true);
            readiness.all(infrastructure).forEach(health::addCheck);
            this.server = WebServer.builder()
                    .config(config.get("server"))
                    .shutdownHook(false)
                    .addFeature(ObserveFeature.builder()
                            .addObserver(health.build())
                            .addObserver(MetricsObserver.create())
                            .build())
                    .routing(routing -> Main.routing(routing, app))
                    .build()
                    .start();
            LOG.log(Level.INFO, "Newsletter Daily serving on http://localhost:" + server.port()
                    + " (editions at /api/v1/editions/latest, health at /observe/health)");
            this.dailyGeneration = Cron.builder()
                    .id("daily-edition")
                    .expression(settings.generateSchedule())
                    .zone(settings.zone())
                    .task(invocation -> generateToday(app, "scheduled generation"))
                    .build();
            this.catchUp = settings.catchUp()
                    ? CompletableFuture.runAsync(() -> generateToday(app, "start-up catch-up"),
                            runnable -> Thread.ofVirtual().name("catch-up").start(runnable))
                    : CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
    }

    static RunningService start(Config config, Clock clock) {
        return new RunningService(config, Settings.from(config), clock);
    }

    int port() {
        return server.port();
    }

    /** Completes when the start-up catch-up has finished, whatever its outcome. */
    CompletableFuture<Void> catchUp() {
        return catchUp;
    }

    /** Stops the service in order when the JVM receives SIGTERM or SIGINT. */
    void stopOnShutdownSignal() {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(() -> {
            close();
            ShutdownSafeLogManager.release();
        }));
    }

    private void generateToday(App app, String reason) {
        if (!infrastructure.isMigrated()) {
            LOG.log(Level.WARNING, reason + " skipped: the database is not migrated");
            return;
        }
        try {
            GenerationProgress progress = step -> LOG.log(Level.INFO, reason + ": " + step);
            app.generateEdition().generate(GenerateEditionCommand.today(), progress);
        } catch (ConflictException e) {
            LOG.log(Level.INFO, reason + ": " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, reason + " failed; it is retried at the next run", e);
        }
    }

    @Override
    public void close() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        LOG.log(Level.INFO, "Stopping: readiness is DOWN, draining for " + settings.drainDelay());
        readiness.markStopping();
        sleep(settings.drainDelay().toMillis());
        dailyGeneration.close();
        server.stop();
        awaitCatchUp();
        infrastructure.close();
        LOG.log(Level.INFO, "Stopped");
    }

    private void awaitCatchUp() {
        try {
            catchUp.get(settings.drainDelay().plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "start-up catch-up still running at shutdown; its draft is regenerated later");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
