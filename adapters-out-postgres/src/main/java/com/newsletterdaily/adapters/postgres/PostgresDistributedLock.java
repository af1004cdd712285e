package com.newsletterdaily.adapters.postgres;

import com.newsletterdaily.application.port.out.DistributedLock;
import io.helidon.dbclient.DbClient;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A lock over PostgreSQL transaction-level advisory locks: the work runs inside the transaction holding the
 * lock, so the lock ends with the work, or with the connection when the holder dies.
 */
public final class PostgresDistributedLock implements DistributedLock {

    private final DbClient client;

    /**
     * Takes the client of a {@link PostgresDatabase}. The held lock occupies one pooled connection for the
     * whole work, so the pool needs room for the work's own statements besides.
     */
    public PostgresDistributedLock(DbClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public <T> Optional<T> runExclusively(String name, Supplier<T> work) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(work, "work");
        return Transactions.inTransaction(client, tx -> {
            boolean acquired = tx.createNamedGet("try-advisory-lock")
                    .addParam("name", name)
                    .execute()
                    .map(row -> row.column("locked").get(Boolean.class))
                    .orElse(false);
            return acquired ? Optional.ofNullable(work.get()) : Optional.<T>empty();
        });
    }
}
