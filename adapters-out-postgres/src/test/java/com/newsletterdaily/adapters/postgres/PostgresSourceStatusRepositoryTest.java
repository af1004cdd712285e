package com.newsletterdaily.adapters.postgres;

import com.newsletterdaily.adapters.postgres.testing.MigratedDatabase;
import com.newsletterdaily.application.port.out.SourceFailure;
import com.newsletterdaily.application.port.out.SourceStatusRepository;
import com.newsletterdaily.application.testing.SourceStatusRepositoryContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresSourceStatusRepositoryTest extends SourceStatusRepositoryContract {

    @RegisterExtension
    static final MigratedDatabase database = MigratedDatabase.truncatingBeforeEach("source_failures");

    @Override
    protected SourceStatusRepository repository() {
        return new PostgresSourceStatusRepository(database.client());
    }

    @Test
    void givenOversizedReasonWithNulAndSurrogatePairs_recordFailure_storesItsBeginningCutToTheCap() {
        var repository = repository();
        var reason = "bad body \u0000 " + "😀".repeat(5_000);

        repository.recordFailure(new SourceFailure("rss:abc", "news", reason, MORNING));

        var stored = repository.recentFailures(1).getFirst().reason();
        assertThat(stored.codePointCount(0, stored.length())).isEqualTo(PostgresSourceStatusRepository.MAX_REASON_LENGTH);
        assertThat(stored).startsWith("bad body \uFFFD 😀").endsWith("😀…");
    }

    @Test
    void givenReasonAtTheCap_recordFailure_storesItUnchanged() {
        var repository = repository();
        var reason = "r".repeat(PostgresSourceStatusRepository.MAX_REASON_LENGTH);

        repository.recordFailure(new SourceFailure("yahoo", "quotes", reason, MORNING));

        assertThat(repository.recentFailures(1).getFirst().reason()).isEqualTo(reason);
    }
}
