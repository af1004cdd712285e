package com.newsletterdaily.adapters.postgres;

import com.newsletterdaily.application.port.out.SourceFailure;
import com.newsletterdaily.application.port.out.SourceStatusRepository;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Records source failures in {@code source_failures}. */
public final class PostgresSourceStatusRepository implements SourceStatusRepository {

    /** The longest reason stored, in characters (code points), as the table's check allows. */
    static final int MAX_REASON_LENGTH = 2000;

    private final DbClient client;

    /** Takes the client of a {@link PostgresDatabase}, which knows this repository's named statements. */
    public PostgresSourceStatusRepository(DbClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** Stores the reason cut to {@link #MAX_REASON_LENGTH}, and with NUL characters (which text cannot hold) replaced. */
    @Override
    public void recordFailure(SourceFailure failure) {
        Objects.requireNonNull(failure, "failure");
        client.execute().createNamedInsert("insert-source-failure")
                .addParam("source", failure.source())
                .addParam("kind", failure.kind())
                .addParam("reason", storable(failure.reason()))
                .addParam("failed_at", SqlValues.timestamp(failure.at()))
                .execute();
    }

    @Override
    public List<SourceFailure> recentFailures(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        try (Stream<DbRow> rows = client.execute().createNamedQuery("select-recent-source-failures")
                .addParam("limit", limit)
                .execute()) {
            return rows.map(row -> new SourceFailure(SqlValues.text(row, "source"), SqlValues.text(row, "kind"),
                    SqlValues.text(row, "reason"), SqlValues.instant(row, "failed_at"))).toList();
        }
    }

    static String storable(String reason) {
        return storable(reason, MAX_REASON_LENGTH);
    }

    /** The reason with NUL characters replaced, cut to {@code maxLength} code points ending in an ellipsis. */
    static String storable(String reason, int maxLength) {
        var text = reason.replace('\u0000', '\uFFFD');
        if (text.codePointCount(0, text.length()) <= maxLength) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxLength - 1)) + "…";
    }
}
