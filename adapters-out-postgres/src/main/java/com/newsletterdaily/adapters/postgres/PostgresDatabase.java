package com.newsletterdaily.adapters.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbStatements;
import io.helidon.dbclient.jdbc.JdbcClientBuilder;
import org.flywaydb.core.Flyway;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One PostgreSQL database: a HikariCP pool, a Helidon DbClient with this adapter's named statements, Flyway
 * migrations that report instead of throwing, and a bounded ping for health checks.
 */
public final class PostgresDatabase implements AutoCloseable {

    public static final String DEFAULT_MIGRATIONS = "classpath:db/migration";
    static final String STATEMENTS_RESOURCE = "db/statements.yaml";
    private static final System.Logger LOG = System.getLogger(PostgresDatabase.class.getName());

    private final DatabaseSettings settings;
    private final List<String> migrationLocations;
    private final HikariDataSource dataSource;
    private final DbClient client;
    private volatile MigrationStatus migrationStatus = MigrationStatus.pending();

    public PostgresDatabase(DatabaseSettings settings) {
        this(settings, List.of(DEFAULT_MIGRATIONS));
    }

    /** Opens the pool lazily: a database that is down yet fails pings and statements, not this constructor. */
    public PostgresDatabase(DatabaseSettings settings, List<String> migrationLocations) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.migrationLocations = List.copyOf(migrationLocations);
        this.dataSource = new HikariDataSource(hikariConfig(settings));
        this.client = JdbcClientBuilder.create()
                .connectionPool(new HikariConnectionPool(dataSource))
                .statements(DbStatements.create(Config.just(ConfigSources.classpath(STATEMENTS_RESOURCE))))
                .build();
    }

    public DbClient client() {
        return client;
    }

    /** Applies pending migrations; a failure is recorded and logged, never thrown, so the service can report it. */
    public MigrationStatus migrate() {
        try {
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(migrationLocations.toArray(String[]::new))
                    .load()
                    .migrate();
            migrationStatus = MigrationStatus.migrated(result.migrationsExecuted);
            var version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            LOG.log(Level.INFO, "database {0} migrated: {1} migration(s) applied, schema at version {2}",
                    describe(), result.migrationsExecuted, version);
        } catch (RuntimeException e) {
            var reason = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            migrationStatus = MigrationStatus.failed(reason);
            LOG.log(Level.ERROR, "database " + describe() + " migration failed: " + reason, e);
        }
        return migrationStatus;
    }

    public MigrationStatus migrationStatus() {
        return migrationStatus;
    }

    /**
     * Whether a pooled connection answers within {@code timeout}; false on any failure. Returns within
     * {@code timeout} plus the pool's connection timeout even when the network hangs.
     */
    public boolean ping(Duration timeout) {
        var seconds = (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
        var valid = new CompletableFuture<Boolean>();
        Thread.ofVirtual().name("postgres-ping").start(() -> {
            try (var connection = dataSource.getConnection()) {
                valid.complete(connection.isValid(seconds));
            } catch (Exception | Error e) {
                valid.completeExceptionally(e);
            }
        });
        try {
            return valid.get(timeout.plus(settings.connectionTimeout()).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.DEBUG, "ping of database {0} failed: {1}", describe(), e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code host:port/database}, without credentials. */
    public String describe() {
        return settings.describe();
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            dataSource.close();
        }
    }

    private static HikariConfig hikariConfig(DatabaseSettings settings) {
        var config = new HikariConfig();
        config.setPoolName("newsletter-postgres");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maximumPoolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setValidationTimeout(Math.min(1000, settings.connectionTimeout().toMillis()));
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("connectTimeout",
                String.valueOf(Math.max(1, settings.connectionTimeout().toSeconds())));
        config.addDataSourceProperty("ApplicationName", "newsletter-daily");
        return config;
    }
}
