package com.newsletterdaily.adapters.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.jdbc.JdbcConnectionPool;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/** Lends Helidon's DbClient connections from a HikariCP pool, which helidon-dbclient-jdbc cannot build itself. */
final class HikariConnectionPool implements JdbcConnectionPool {

    private final HikariDataSource dataSource;

    HikariConnectionPool(HikariDataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DbClientException("no connection from pool " + dataSource.getPoolName(), e);
        }
    }

    @Override
    public String dbType() {
        return "postgresql";
    }
}
