package com.newsletterdaily.adapters.postgres;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbTransaction;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransactionsTest {

    private final List<String> calls = new ArrayList<>();

    @Test
    void givenWorkReturns_inTransaction_commits() {
        var result = Transactions.inTransaction(client(false), tx -> "done");

        assertThat(result).isEqualTo("done");
        assertThat(calls).containsExactly("commit");
    }

    @Test
    void givenWorkThrows_inTransaction_rollsBackAndRethrowsTheSameException() {
        var failure = new IllegalStateException("work failed");

        assertThatThrownBy(() -> Transactions.inTransaction(client(false), tx -> { throw failure; })).isSameAs(failure);
        assertThat(calls).containsExactly("rollback");
        assertThat(failure.getSuppressed()).isEmpty();
    }

    @Test
    void givenRollbackFailsToo_inTransaction_keepsTheOriginalAndSuppressesTheRollbackFailure() {
        var failure = new IllegalStateException("work failed");

        assertThatThrownBy(() -> Transactions.inTransaction(client(true), tx -> { throw failure; })).isSameAs(failure);
        assertThat(failure.getSuppressed()).singleElement().satisfies(suppressed ->
                assertThat(suppressed).hasMessage("rollback failed"));
    }

    /** A client whose transactions only record commit and rollback. */
    private DbClient client(boolean rollbackFails) {
        var transaction = (DbTransaction) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DbTransaction.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    if (rollbackFails && method.getName().equals("rollback")) {
                        throw new IllegalStateException("rollback failed");
                    }
                    return null;
                });
        return (DbClient) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DbClient.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("transaction")) {
                        return transaction;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
