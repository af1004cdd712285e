package com.newsletterdaily.adapters.postgres;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbTransaction;

import java.util.function.Function;

/** Runs work in one DbClient transaction: commits when it returns, rolls back when it throws. */
final class Transactions {

    private Transactions() {
    }

    /** The work's result; its exception escapes unchanged, with a failed rollback attached as suppressed. */
    static <T> T inTransaction(DbClient client, Function<DbTransaction, T> work) {
        DbTransaction transaction = client.transaction();
        T result;
        try {
            result = work.apply(transaction);
        } catch (RuntimeException | Error e) {
            try {
                transaction.rollback();
            } catch (RuntimeException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
        transaction.commit();
        return result;
    }
}
