package com.newsletterdaily.adapters.redis;

import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** A redis-server child process on 127.0.0.1 that keeps its data in an append-only file, for local runs and tests. */
public final class EmbeddedRedisServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EmbeddedRedisServer.class.getName());

    private final RedisServer server;
    private final int port;
    private final Path dataDir;

    private EmbeddedRedisServer(RedisServer server, int port, Path dataDir) {
        this.server = server;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts redis-server on {@code port} (0 picks a free one), persisting into {@code dataDir}, which is created
     * if missing; data written before a {@link #close()} is there again after a start on the same directory.
     */
    public static EmbeddedRedisServer start(Path dataDir, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("bad port: " + port);
        }
        try {
            var dir = Files.createDirectories(dataDir).toAbsolutePath();
            int chosen = port == 0 ? freePort() : port;
            var server = RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(chosen)
                    .setting("dir " + quoted(dir))
                    .setting("appendonly yes")
                    .setting("appendfsync everysec")
                    .setting("save 60 1")
                    .setting("protected-mode yes")
                    .onShutdownForceStop(false)
                    .soutListener(line -> LOG.log(System.Logger.Level.DEBUG, line))
                    .serrListener(line -> LOG.log(System.Logger.Level.WARNING, line))
                    .build();
            server.start();
            LOG.log(System.Logger.Level.INFO, "embedded Redis started on 127.0.0.1:" + chosen + ", data in " + dir);
            return new EmbeddedRedisServer(server, chosen, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded Redis on port " + port + " in " + dataDir, e);
        }
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The URI of database 0, without a password. */
    public String uri() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    /** Stops the server gracefully (SIGTERM), so it flushes its append-only file before it exits. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop embedded Redis on port " + port, e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String quoted(Path dir) {
        return "\"" + dir.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
