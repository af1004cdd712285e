package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.in.EditionQuery;
import com.newsletterdaily.application.port.in.NotFoundException;
import com.newsletterdaily.application.testing.InMemoryEditionRepository;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.newsletterdaily.application.testing.EditionBuilder.anEdition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GetEditionServiceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private final InMemoryEditionRepository editions = new InMemoryEditionRepository();
    private final GetEditionService service = new GetEditionService(editions);

    @Test
    void givenNoEdition_getLatest_isNotFound() {
        assertThatThrownBy(() -> service.get(EditionQuery.latest())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenPublishedEdition_getOfDate_returnsIt() {
        var edition = anEdition().publishedOn(MONDAY).build();
        editions.save(edition);

        assertThat(service.get(EditionQuery.of(MONDAY))).isEqualTo(edition);
        assertThat(service.get(EditionQuery.latest())).isEqualTo(edition);
    }

    @Test
    void givenOnlyADraft_getOfDate_isNotFoundSoReadersNeverSeeDrafts() {
        editions.save(anEdition().on(MONDAY).build());

        assertThatThrownBy(() -> service.get(EditionQuery.of(MONDAY)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("2026-11-30");
    }
}
