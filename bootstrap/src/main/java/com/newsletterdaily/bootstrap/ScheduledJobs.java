package com.newsletterdaily.bootstrap;

import com.newsletterdaily.application.port.in.ConflictException;
import com.newsletterdaily.application.port.in.GenerateEditionCommand;
import io.helidon.config.Config;
import io.helidon.scheduling.Cron;

import java.lang.System.Logger.Level;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The scheduled jobs, inbound adapters each calling one use case on its cron: the daily edition, the market-data
 * refresh and the news ingest. Instances coordinate through the use cases' database locks, so every instance may
 * run the same schedule.
 */
final class ScheduledJobs implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ScheduledJobs.class.getName());

    private final List<Cron> tasks;

    private ScheduledJobs(List<Cron> tasks) {
        this.tasks = tasks;
    }

    static ScheduledJobs start(Config config, Settings settings, App app, BooleanSupplier databaseReady) {
        var zone = settings.zone();
        return new ScheduledJobs(List.of(
                cron("daily-edition", settings.generateSchedule(), zone,
                        () -> generateToday(app, "scheduled generation"), databaseReady),
                cron("market-refresh", config.get("market.refresh-schedule").asString().orElse("0 */15 * * * ?"),
                        zone, () -> refreshMarketData(app), databaseReady),
                cron("news-ingest", config.get("news.ingest-schedule").asString().orElse("0 */30 * * * ?"),
                        zone, () -> ingestNews(app), databaseReady)));
    }

    static void generateToday(App app, String reason) {
        try {
            app.generateEdition().generate(GenerateEditionCommand.today(),
                    step -> LOG.log(Level.INFO, reason + ": " + step));
        } catch (ConflictException e) {
            LOG.log(Level.INFO, reason + ": " + e.getMessage());
        }
    }

    static void refreshMarketData(App app) {
        var report = app.refreshMarketData().refresh();
        LOG.log(Level.INFO, "market refresh: " + report.quotesStored() + " quotes and " + report.historiesStored()
                + " histories stored, status " + report.statusByKind() + ", " + report.failures().size()
                + " source failure(s)");
    }

    static void ingestNews(App app) {
        var report = app.ingestNews().ingest();
        LOG.log(Level.INFO, "news ingest: " + report.fetched() + " fetched, " + report.stored() + " new, "
                + report.duplicates() + " duplicates, " + report.failures().size() + " feed failure(s)");
    }

    private static Cron cron(String id, String expression, ZoneId zone, Runnable job, BooleanSupplier ready) {
        return Cron.builder()
                .id(id)
                .expression(expression)
                .zone(zone)
                .concurrentExecution(false)
                .task(invocation -> {
                    if (!ready.getAsBoolean()) {
                        LOG.log(Level.WARNING, id + " skipped: the database is not migrated");
                        return;
                    }
                    try {
                        job.run();
                    } catch (RuntimeException e) {
                        LOG.log(Level.ERROR, id + " failed; it runs again at its next time", e);
                    }
                })
                .build();
    }

    @Override
    public void close() {
        tasks.forEach(Cron::close);
    }
}
