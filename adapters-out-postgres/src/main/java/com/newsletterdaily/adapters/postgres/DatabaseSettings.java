package com.newsletterdaily.adapters.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where and how to connect to PostgreSQL: a JDBC URL without credentials, the credentials, and pool limits.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maximumPoolSize,
                               Duration connectionTimeout) {

    public static final int DEFAULT_MAXIMUM_POOL_SIZE = 10;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(2);
    private static final String JDBC_PREFIX = "jdbc:postgresql://";
    private static final int DEFAULT_PORT = 5432;
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("[?&]password=");

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith(JDBC_PREFIX)) {
            throw new IllegalArgumentException("JDBC URL must start with " + JDBC_PREFIX);
        }
        if (PASSWORD_PARAMETER.matcher(jdbcUrl).find()) {
            throw new IllegalArgumentException("JDBC URL must not carry the password: pass it apart");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("database user is missing for " + describe(jdbcUrl));
        }
        if (maximumPoolSize < 1) {
            throw new IllegalArgumentException("maximum pool size must be at least 1: " + maximumPoolSize);
        }
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (connectionTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("connection timeout must be at least 250 ms: " + connectionTimeout);
        }
    }

    /**
     * Reads {@code postgres://user:pass@host:port/db?sslmode=..}, {@code postgresql://..} (user and password
     * URL-encoded, port 5432 by default, database named like the user by default) or
     * {@code jdbc:postgresql://host:port/db?user=..&password=..}; other query parameters go to the driver.
     */
    public static DatabaseSettings fromUrl(String url) {
        Objects.requireNonNull(url, "url");
        var trimmed = url.strip();
        var jdbc = trimmed.startsWith("jdbc:");
        var uri = parse(jdbc ? trimmed.substring("jdbc:".length()) : trimmed);
        if (!List.of("postgres", "postgresql").contains(uri.getScheme()) || (jdbc && !"postgresql".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("not a PostgreSQL URL, expected postgres://, postgresql:// or "
                    + JDBC_PREFIX + " but got scheme " + uri.getScheme());
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("PostgreSQL URL has no host (or several, which is not supported)");
        }
        var query = queryParameters(uri.getRawQuery());
        var user = query.remove("user");
        var password = query.remove("password");
        if (!jdbc && uri.getRawUserInfo() != null) {
            var userInfo = uri.getRawUserInfo();
            var colon = userInfo.indexOf(':');
            user = decodeUserInfo(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? password : decodeUserInfo(userInfo.substring(colon + 1));
        }
        var path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        var database = path.isEmpty() ? user : URLDecoder.decode(path, StandardCharsets.UTF_8);
        var port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        return new DatabaseSettings(jdbcUrl(uri.getHost(), port, database, query), user, password,
                DEFAULT_MAXIMUM_POOL_SIZE, DEFAULT_CONNECTION_TIMEOUT);
    }

    /** These settings pointing at another database of the same server. */
    public DatabaseSettings withDatabase(String database) {
        var uri = parse(jdbcUrl.substring("jdbc:".length()));
        return new DatabaseSettings(jdbcUrl(uri.getHost(), uri.getPort(), database, queryParameters(uri.getRawQuery())),
                user, password, maximumPoolSize, connectionTimeout);
    }

    public DatabaseSettings withMaximumPoolSize(int size) {
        return new DatabaseSettings(jdbcUrl, user, password, size, connectionTimeout);
    }

    public DatabaseSettings withConnectionTimeout(Duration timeout) {
        return new DatabaseSettings(jdbcUrl, user, password, maximumPoolSize, timeout);
    }

    /** The database's name, from the URL. */
    public String database() {
        var path = parse(jdbcUrl.substring("jdbc:".length())).getRawPath();
        return URLDecoder.decode(path.substring(1), StandardCharsets.UTF_8);
    }

    /** {@code host:port/database}, safe to log: no user, password or parameters. */
    public String describe() {
        return describe(jdbcUrl);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + user + "@" + describe() + ", password " + (password == null ? "none" : "hidden")
                + ", maximumPoolSize=" + maximumPoolSize + ", connectionTimeout=" + connectionTimeout + "]";
    }

    private static String describe(String jdbcUrl) {
        var rest = jdbcUrl.substring(JDBC_PREFIX.length());
        var query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            // The message would repeat the URL, password included.
            throw new IllegalArgumentException("malformed PostgreSQL URL (are special characters in the password "
                    + "URL-encoded?) at index " + e.getIndex());
        }
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        var parameters = new LinkedHashMap<String, String>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            var equals = pair.indexOf('=');
            var name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            var value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.put(name, value);
        }
        return parameters;
    }

    private static String jdbcUrl(String host, int port, String database, Map<String, String> parameters) {
        var url = new StringBuilder(JDBC_PREFIX).append(host).append(':').append(port).append('/')
                .append(encode(database));
        var pairs = new ArrayList<String>();
        parameters.forEach((name, value) -> pairs.add(encode(name) + "=" + encode(value)));
        if (!pairs.isEmpty()) {
            url.append('?').append(String.join("&", pairs));
        }
        return url.toString();
    }

    /** Percent-decoding of a URL's user information, where a plus sign is itself. */
    private static String decodeUserInfo(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
