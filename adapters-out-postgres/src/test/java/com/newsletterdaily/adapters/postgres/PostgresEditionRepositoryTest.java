package com.newsletterdaily.adapters.postgres;

import com.newsletterdaily.adapters.postgres.testing.MigratedDatabase;
import com.newsletterdaily.application.port.out.EditionRepository;
import com.newsletterdaily.application.testing.EditionRepositoryContract;
import com.newsletterdaily.domain.newsletter.Edition;
import com.newsletterdaily.domain.newsletter.Section;
import com.newsletterdaily.domain.newsletter.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;

import static com.newsletterdaily.application.testing.EditionBuilder.anEdition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresEditionRepositoryTest extends EditionRepositoryContract {

    @RegisterExtension
    static final MigratedDatabase database = MigratedDatabase.truncatingBeforeEach("editions");

    @Override
    protected EditionRepository repository() {
        return new PostgresEditionRepository(database.client());
    }

    @Test
    void givenDraftWithoutSections_save_findsItWithNoSections() {
        var draft = Edition.draft(MONDAY, Instant.parse("2026-11-29T19:00:00.123456Z"));
        repository().save(draft);

        assertThat(repository().findByDate(MONDAY)).contains(draft);
    }

    @Test
    void givenSectionRejectedByTheDatabase_save_keepsThePreviousEditionWhole() {
        var repository = repository();
        var stored = anEdition().on(MONDAY).build();
        repository.save(stored);
        database.client().execute().dml("alter table edition_sections add constraint no_boom check (title <> 'Boom')");
        try {
            var rejected = anEdition().publishedOn(MONDAY)
                    .with(new Section(SectionKind.MARKET_OVERVIEW, "Boom", "Summary.", "Body.", List.of()))
                    .build();

            assertThatThrownBy(() -> repository.save(rejected)).rootCause().hasMessageContaining("no_boom");

            assertThat(repository.findByDate(MONDAY)).contains(stored);
        } finally {
            database.client().execute().dml("alter table edition_sections drop constraint no_boom");
        }
    }
}
