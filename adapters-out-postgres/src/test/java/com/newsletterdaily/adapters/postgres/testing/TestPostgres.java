package com.newsletterdaily.adapters.postgres.testing;

import com.newsletterdaily.adapters.postgres.DatabaseSettings;
import com.newsletterdaily.adapters.postgres.EmbeddedPostgresServer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a PostgreSQL server for tests ({@code TEST_DATABASE_URL}, else Testcontainers when Docker runs, else an
 * embedded server) once per JVM, and hands each caller a new, empty database on it.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "TEST_DATABASE_URL";
    private static final System.Logger LOG = System.getLogger(TestPostgres.class.getName());
    private static final Pattern DATABASE_NAME = Pattern.compile("nd_test_[0-9a-f]{16}");
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    private static Server server;

    private TestPostgres() {
    }

    /** Settings for a database created just now, empty and used by nobody else. */
    public static DatabaseSettings freshDatabase() {
        var server = server();
        var name = "nd_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(server.settings(), createDatabase(name));
        CREATED.add(name);
        return server.settings().withDatabase(name);
    }

    /** Which server the tests use: {@code environment}, {@code testcontainers} or {@code embedded}. */
    public static String serverKind() {
        return server().kind();
    }

    private static synchronized Server server() {
        if (server == null) {
            server = findServer();
            LOG.log(Level.INFO, "tests use the {0} PostgreSQL server at {1}", server.kind(), server.settings().describe());
            var chosen = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropCreatedDatabases(chosen), "test-postgres-cleanup"));
        }
        return server;
    }

    private static Server findServer() {
        var url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new Server("environment", DatabaseSettings.fromUrl(url), () -> { });
        }
        if (dockerAvailable()) {
            var container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            var settings = DatabaseSettings.fromUrl("postgres://" + encode(container.getUsername()) + ":"
                    + encode(container.getPassword()) + "@" + container.getHost() + ":"
                    + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/" + container.getDatabaseName());
            return new Server("testcontainers", settings, container::stop);
        }
        try {
            var dataDirectory = Files.createTempDirectory("nd-test-postgres");
            var embedded = EmbeddedPostgresServer.start(dataDirectory, 0);
            return new Server("embedded", embedded.settings(), () -> {
                embedded.close();
                deleteRecursively(dataDirectory);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** The databases live only as long as this JVM; the embedded server and the container go with them. */
    private static void dropCreatedDatabases(Server server) {
        if (!"environment".equals(server.kind())) {
            server.stop().run();
            return;
        }
        for (String name : CREATED) {
            try {
                execute(server.settings(), dropDatabase(name));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not drop test database {0}: {1}", name, e.getMessage());
            }
        }
    }

    // CREATE DATABASE takes no parameters: the name is generated here and checked against a strict pattern.
    private static String createDatabase(String name) {
        return "create database " + checked(name);
    }

    private static String dropDatabase(String name) {
        return "drop database if exists " + checked(name) + " with (force)";
    }

    private static String checked(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a test database name: " + name);
        }
        return name;
    }

    private static void execute(DatabaseSettings settings, String sql) {
        var properties = new Properties();
        properties.setProperty("user", settings.user());
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), properties);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("on " + settings.describe() + ": " + e.getMessage(), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete {0}: {1}", directory, e.getMessage());
        }
    }

    private record Server(String kind, DatabaseSettings settings, Runnable stop) {
    }
}
