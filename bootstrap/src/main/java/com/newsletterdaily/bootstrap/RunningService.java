package com.newsletterdaily.bootstrap;

import io.helidon.config.Config;
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
    private final ScheduledJobs jobs;
    private final CompletableFuture<Void> catchUp;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private RunningService(Config config, Settings settings, Clock clock) {
        this.settings = settings;
        this.infrastructure = Infrastructure.start(settings);
        try {
            var app = App.wire(config, settings, infrastructure, clock);
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
            this.jobs = ScheduledJobs.start(config, settings, app, infrastructure::isMigrated);
            this.catchUp = settings.catchUp()
                    ? CompletableFuture.runAsync(() -> runCatchUp(app),
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

    /** Writes today's edition when it is missing (reading the market data and news first), so a new user sees one. */
    private void runCatchUp(App app) {
        if (!infrastructure.isMigrated()) {
            LOG.log(Level.WARNING, "start-up catch-up skipped: the database is not migrated");
            return;
        }
        try {
            ScheduledJobs.generateToday(app, "start-up catch-up");
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "start-up catch-up failed; the edition is written at the next scheduled run", e);
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
        jobs.close();
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
